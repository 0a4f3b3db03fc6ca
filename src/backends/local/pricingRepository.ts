import type { PriceList } from '@/domain/pricing'
import type { PricingRepository } from '../backend'
import type { LocalContext } from './context'
import { catalogue } from '@/domain/catalogue'
import { diffPriceLists, validatePriceList } from '@/domain/priceList'
import { cataloguePriceList } from '@/domain/pricing'
import { BackendError } from '../backend'

export const PRICE_LIST_KEY = 'priceList'

/** The stored price list, or the catalogue's until the partner saves one. */
export async function storedPriceList(context: LocalContext): Promise<PriceList> {
  return ((await context.db.meta.get(PRICE_LIST_KEY))?.value as PriceList | undefined) ?? cataloguePriceList()
}

/** Only the catalogue's offers, in its order: nothing else a caller passed reaches storage. */
function normalised(priceList: PriceList): PriceList {
  const prices = Object.fromEntries(catalogue.offers.map(offer => [offer.id, priceList.prices[offer.id]]))
  return { currency: priceList.currency, prices: prices as PriceList['prices'] }
}

export function createPricingRepository(context: LocalContext): PricingRepository {
  const { db, run } = context

  return {
    get: () => run('read the price list', () => storedPriceList(context)),

    update: priceList => run('save the price list', () => db.transaction('rw', db.meta, db.activity, async () => {
      const issues = validatePriceList(priceList)
      if (issues.length > 0)
        throw new BackendError('validation', 'The price list has a value that is not allowed', issues)
      const current = await storedPriceList(context)
      const next = normalised(priceList)
      const changes = diffPriceLists(current, next)
      if (changes.length === 0)
        return current
      const at = context.now()
      await db.meta.put({ key: PRICE_LIST_KEY, value: next })
      await context.log({ area: 'data', action: 'data.priceListChanged', details: { currency: next.currency }, changes }, at)
      return next
    })),
  }
}
