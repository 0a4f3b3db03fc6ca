import type { QuoteCounter } from '@/domain/quotes/quoteNumber'
import type { Quote, QuoteInput } from '@/domain/quotes/quotes'
import type { QuoteRepository } from '../backend'
import type { GraphContext } from './graphContext'
import type { RecordWrite } from '../records/services'
import type { StoredRecord } from './partnerRecords'
import {
  createQuoteRecord,
  quotesNewestFirst,
  removeQuoteActivity,
  requireOpenQuote,
  takeQuoteNumber,
  updateQuoteRecord,
} from '../records/quotes'
import { isBackendError } from '../backend'
import { unsupported } from './capabilities'
import { storedPriceList } from './pricingRepository'

/** What a person browsing the partner's list reads for a quote. */
const title = (quote: Quote) => `Quote ${quote.number ?? ''}: ${quote.prospect.companyName}`

/** The partner's one quote counter. */
const COUNTER_KEY = 'partner'
/** Technicians saving quotes at the same instant: each retry reads the counter the other wrote. */
const NUMBER_ATTEMPTS = 5

/**
 * Quotes for prospects in the partner's SharePoint list, shared by its technicians; a change is
 * saved over the version the page showed or refused as a conflict. Converting one provisions a
 * tenant, which is Partner Center's, not Graph's.
 */
export function createQuoteRepository(context: GraphContext): QuoteRepository {
  const { records } = context

  async function open(quoteId: string): Promise<StoredRecord<Quote>> {
    const stored = await records.current<Quote>('quote', quoteId)
    requireOpenQuote(stored?.value, quoteId)
    return stored!
  }

  async function save(write: RecordWrite<Quote>, before?: StoredRecord<Quote>): Promise<Quote> {
    if (before) await records.update(before, write.record, title(write.record))
    else await records.create('quote', write.record.id, null, write.record, title(write.record))
    await context.log(write.activity)
    return write.record
  }

  /**
   * Takes the next number by saving the counter over the version read (If-Match): two technicians
   * saving at once can't get the same number, the later one retries on the counter just written.
   */
  async function takeNumber(input: QuoteInput, at: Date): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const stored = await records.current<QuoteCounter>('quoteCounter', COUNTER_KEY)
      const taken = takeQuoteNumber(stored?.value, input, at)
      try {
        if (stored) await records.update(stored, taken.counter, 'Quote numbers')
        else await records.create('quoteCounter', COUNTER_KEY, null, taken.counter, 'Quote numbers')
        return taken.number
      } catch (error) {
        if (!isBackendError(error, 'conflict') || attempt >= NUMBER_ATTEMPTS) throw error
      }
    }
  }

  return {
    list: async () => quotesNewestFirst((await records.list<Quote>('quote')).map(record => record.value)),

    get: async quoteId => (await records.find<Quote>('quote', quoteId))?.value,

    create: async input => {
      const at = context.now()
      return save(await createQuoteRecord(input, await storedPriceList(context), at, () => takeNumber(input, at)))
    },

    update: async (quoteId, input) => {
      const current = await open(quoteId)
      const write = updateQuoteRecord(current.value, input, await storedPriceList(context), context.now())
      return write ? save(write, current) : current.value
    },

    remove: async quoteId => {
      const current = await open(quoteId)
      await records.remove(current)
      await context.log(removeQuoteActivity(current.value))
    },

    convert: () => unsupported('quotes.convert'),
  }
}
