import type { PriceList } from '@/domain/pricing/pricing'
import type { PricingRepository } from '../backend'
import type { GraphContext } from './graphContext'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { priceListWrite } from '../records/pricing'

/** The partner has one price list: the record of that key. */
const PRICE_LIST_KEY = 'partner'
const TITLE = 'Price list'

/** The partner's price list from its shared records, or the catalogue's until someone saves one. */
export async function storedPriceList({ records }: GraphContext): Promise<PriceList> {
  return (await records.find<PriceList>('priceList', PRICE_LIST_KEY))?.value ?? cataloguePriceList()
}

/** The price list every technician of the partner sees, saved over the version it was read at. */
export function createPricingRepository(context: GraphContext): PricingRepository {
  const { records } = context
  return {
    get: () => storedPriceList(context),

    update: async priceList => {
      const stored = await records.current<PriceList>('priceList', PRICE_LIST_KEY)
      const current = stored?.value ?? cataloguePriceList()
      const write = priceListWrite(current, priceList)
      if (!write) return current
      if (stored) await records.update(stored, write.record, TITLE)
      else await records.create('priceList', PRICE_LIST_KEY, null, write.record, TITLE)
      await context.log(write.activity)
      return write.record
    },
  }
}
