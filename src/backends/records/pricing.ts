import type { PriceList } from '@/domain/pricing/pricing'
import type { RecordWrite } from './services'
import { catalogue } from '@/domain/catalogue'
import { diffPriceLists, validatePriceList } from '@/domain/pricing/priceList'
import { refuseInvalid } from './checks'

/** Only the catalogue's offers, in its order: nothing else a caller passed reaches storage. */
function normalised(priceList: PriceList): PriceList {
  const prices = Object.fromEntries(catalogue.offers.map(offer => [offer.id, priceList.prices[offer.id]]))
  const deployment = priceList.officeProDeploymentMinor
  return {
    currency: priceList.currency,
    prices: prices as PriceList['prices'],
    ...(deployment === undefined ? {} : { officeProDeploymentMinor: deployment }),
  }
}

/** The price list to store in place of `current`, with its activity entry; `null` when nothing moved. */
export function priceListWrite(current: PriceList, priceList: PriceList): RecordWrite<PriceList> | null {
  refuseInvalid(validatePriceList(priceList), 'The price list breaks a rule')
  const next = normalised(priceList)
  const changes = diffPriceLists(current, next)
  if (changes.length === 0) return null
  return {
    record: next,
    activity: { area: 'data', action: 'data.priceListChanged', details: { currency: next.currency }, changes },
  }
}
