import type { AddOn } from '@/domain/ledger/addOns'
import type { QuoteCounter } from '@/domain/quotes/quoteNumber'
import type { Quote } from '@/domain/quotes/quotes'
import type { QuoteRepository } from '../backend'
import type { RecordWrite } from '../records/services'
import type { LocalContext } from './context'
import { normalizeAddOnInput } from '@/domain/ledger/addOns'
import { quoteAddOnInput, validateQuoteInput } from '@/domain/quotes/quotes'
import { refuseInvalid } from '../records/checks'
import {
  createQuoteRecord,
  quotesNewestFirst,
  removeQuoteActivity,
  requireOpenQuote,
  takeQuoteNumber,
  updateQuoteRecord,
} from '../records/quotes'
import { QUOTE_COUNTER_KEY } from './metaKeys'
import { storedPriceList } from './pricingRepository'
import { provisionTables, provisionTenant } from './provisionTenant'
import { refuseStale } from '../records/versions'
import { nextVersion } from './versions'

/**
 * Quotes for prospects: partner-wide, no tenant until converted. Each write is one transaction
 * with its activity entry; converting also provisions the tenant and records its services.
 */
export function createQuoteRepository(context: LocalContext): QuoteRepository {
  const { db, run } = context
  const writeTables = [db.quotes, db.activity, db.meta]

  async function openQuote(quoteId: string): Promise<Quote> {
    return requireOpenQuote(await db.quotes.get(quoteId), quoteId)
  }

  async function save(write: RecordWrite<Quote>, at: Date): Promise<Quote> {
    await db.quotes.put(write.record)
    await context.log(write.activity, at)
    return write.record
  }

  return {
    list: () => run('read the quotes', async () => quotesNewestFirst(await db.quotes.toArray())),

    get: quoteId => run('read the quote', () => db.quotes.get(quoteId)),

    create: input =>
      run('save the quote', () =>
        db.transaction('rw', writeTables, async () => {
          const at = context.now()
          // Numbered inside the save's transaction: a refused or failed save gives its number back.
          const write = await createQuoteRecord(input, await storedPriceList(context), at, async () => {
            const counter = (await db.meta.get(QUOTE_COUNTER_KEY))?.value as QuoteCounter | undefined
            const taken = takeQuoteNumber(counter, input, at)
            await db.meta.put({ key: QUOTE_COUNTER_KEY, value: taken.counter })
            return taken.number
          })
          return save(write, at)
        }),
      ),

    update: (quoteId, input) =>
      run('save the quote', () =>
        db.transaction('rw', writeTables, async () => {
          const current = await openQuote(quoteId)
          refuseStale(current, input.expectedVersion, `save the quote for ${current.prospect.companyName}`)
          const at = context.now()
          const write = updateQuoteRecord(current, input, await storedPriceList(context), at)
          return write ? save({ ...write, record: nextVersion(write.record) }, at) : current
        }),
      ),

    remove: quoteId =>
      run('delete the quote', () =>
        db.transaction('rw', writeTables, async () => {
          const quote = await openQuote(quoteId)
          await db.quotes.delete(quoteId)
          await context.log(removeQuoteActivity(quote), context.now())
        }),
      ),

    convert: (quoteId, details) =>
      run('convert the quote', () =>
        db.transaction('rw', [...provisionTables(db), ...writeTables, db.services], async () => {
          const quote = await openQuote(quoteId)
          // The quote's own rules first: a quote stored before a rule changed must still hold.
          refuseInvalid(validateQuoteInput({ ...quote, status: 'accepted' }, quote.currency), 'The quote breaks a rule')
          const created = await provisionTenant(context, {
            ...details,
            lines: quote.lines.map(({ offerId, seats }) => ({ offerId, seats })),
            billing: 'paid',
          })
          const at = context.now()
          const services: AddOn[] = quote.services.map((line, index) => ({
            ...normalizeAddOnInput(quoteAddOnInput(line, quote.createdOn)),
            // Named after the quote, in its order: the ledger lists services of one instant by id.
            id: `${quote.id}-service-${String(index + 1).padStart(3, '0')}`,
            tenantId: created.tenant.id,
            // Sold at the quote's prices, in its currency, and already agreed to: accepted.
            currency: quote.currency,
            status: 'accepted',
            createdAt: at.toISOString(),
            updatedAt: at.toISOString(),
          }))
          await db.services.bulkAdd(services)
          const converted: Quote = nextVersion({
            ...quote,
            status: 'converted',
            tenantId: created.tenant.id,
            updatedAt: at.toISOString(),
          })
          await db.quotes.put(converted)
          await context.log(
            {
              area: 'quote',
              action: 'quote.converted',
              tenant: created.tenant,
              details: { companyName: created.tenant.companyName, services: services.length },
              changes: [{ field: 'quote.status', before: quote.status, after: 'converted' }],
            },
            at,
          )
          return { quote: converted, tenant: created }
        }),
      ),
  }
}
