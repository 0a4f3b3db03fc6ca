import type { AddOn } from '@/domain/ledger/addOns'
import type { PriceList } from '@/domain/pricing/pricing'
import type { PricingRepository } from '../backend'
import type { LocalContext } from './context'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { priceListWrite } from '../records/pricing'
import { refuseStale } from '../records/versions'
import { nextVersion } from './versions'

export const PRICE_LIST_KEY = 'priceList'

/** The stored price list, or the catalogue's until the partner saves one. */
export async function storedPriceList(context: LocalContext): Promise<PriceList> {
  return ((await context.db.meta.get(PRICE_LIST_KEY))?.value as PriceList | undefined) ?? cataloguePriceList()
}

export function createPricingRepository(context: LocalContext): PricingRepository {
  const { db, run } = context

  return {
    get: () => run('read the price list', () => storedPriceList(context)),

    update: priceList =>
      run('save the price list', () =>
        db.transaction('rw', db.meta, db.activity, async () => {
          const current = await storedPriceList(context)
          refuseStale(current, priceList.version, 'save the price list')
          const write = priceListWrite(current, priceList)
          if (!write) return current
          const record = nextVersion({ ...write.record, version: current.version })
          await db.meta.put({ key: PRICE_LIST_KEY, value: record })
          await context.log(write.activity, context.now())
          return record
        }),
      ),

    // The conversion rules load with the first change of currency, before its transaction: the first page
    // reads the price list but never converts it.
    changeCurrency: change =>
      run('change the currency', async () => {
        const { convertPriceList, convertQuote, convertService } = await import('@/domain/pricing/currencyChange')
        const { checkCurrencyChange, currencyChangeActivity } = await import('../records/currencyChange')
        return db.transaction('rw', [db.meta, db.quotes, db.services, db.activity], async () => {
          const current = await storedPriceList(context)
          checkCurrencyChange(change, current.currency)
          const from = current.currency
          const priceList = nextVersion(convertPriceList(current, change))
          const quotes = (await db.quotes.toArray()).filter(quote => convertQuote(quote, from, change) !== quote)
          const services = (await db.services.toArray()).filter((service: AddOn) => service.currency === from)
          const at = context.now().toISOString()
          await db.meta.put({ key: PRICE_LIST_KEY, value: priceList })
          await db.quotes.bulkPut(
            quotes.map(quote => nextVersion({ ...convertQuote(quote, from, change), updatedAt: at })),
          )
          await db.services.bulkPut(
            services.map(service => nextVersion({ ...convertService(service, from, change), updatedAt: at })),
          )
          const counts = { quotes: quotes.length, services: services.length }
          await context.log(currencyChangeActivity(from, change, counts), context.now())
          return { priceList, ...counts }
        })
      }),
  }
}
