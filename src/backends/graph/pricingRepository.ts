import type { AddOn } from '@/domain/ledger/addOns'
import type { PriceList } from '@/domain/pricing/pricing'
import type { Quote } from '@/domain/quotes/quotes'
import type { PricingRepository } from '../backend'
import type { GraphContext } from './graphContext'
import { convertPriceList, convertQuote, convertService } from '@/domain/pricing/currencyChange'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { checkCurrencyChange, currencyChangeActivity } from '../records/currencyChange'
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

    /**
     * SharePoint has no transaction across items: the open quotes and the ledger are converted
     * first, each over the version read (a concurrent edit is a `conflict`), the price list last,
     * so a change cut short leaves the list in the old currency and shows what is left to convert.
     */
    changeCurrency: async change => {
      const stored = await records.current<PriceList>('priceList', PRICE_LIST_KEY)
      const current = stored?.value ?? cataloguePriceList()
      checkCurrencyChange(change, current.currency)
      const from = current.currency
      const at = context.now().toISOString()
      let quotes = 0
      for (const record of await records.list<Quote>('quote')) {
        const converted = convertQuote(record.value, from, change)
        if (converted === record.value) continue
        await records.update(
          record,
          { ...converted, updatedAt: at },
          `Quote ${converted.number ?? ''}: ${converted.prospect.companyName}`,
        )
        quotes++
      }
      let services = 0
      for (const record of await records.list<AddOn>('service')) {
        if (record.value.currency !== from) continue
        const converted = { ...convertService(record.value, from, change), updatedAt: at }
        await records.update(record, converted, `Service: ${converted.description}`)
        services++
      }
      const priceList = convertPriceList(current, change)
      if (stored) await records.update(stored, priceList, TITLE)
      else await records.create('priceList', PRICE_LIST_KEY, null, priceList, TITLE)
      await context.log(currencyChangeActivity(from, change, { quotes, services }))
      return { priceList, quotes, services }
    },
  }
}
