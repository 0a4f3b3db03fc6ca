import type { Quote, QuoteInput } from '@/domain/quotes'
import type { ServiceRecord } from '@/domain/services'
import type { ActivityChange } from '@/domain/tenant'
import type { QuoteRepository } from '../backend'
import type { LocalContext } from './context'
import { priceQuoteLines } from '@/domain/quoteTotals'
import { isQuoteClosed, normalizeQuoteInput, quoteServiceInput, validateQuoteInput } from '@/domain/quotes'
import { normalizeServiceInput } from '@/domain/services'
import { BackendError } from '../backend'
import { refuseInvalid } from '../records/checks'
import { storedPriceList } from './pricingRepository'
import { provisionTables, provisionTenant } from './tenantsRepository'

/** Offers as the activity log reads them: `standard-suite × 45, deskless-suite × 10`. */
function offersText(quote: Pick<Quote, 'lines'>): string {
  return quote.lines.map(line => `${line.offerId} × ${line.seats}`).join(', ')
}

/** What moved between two versions of a quote, for the activity log. */
function movedFields(before: Quote, after: Quote): ActivityChange[] {
  const read = (quote: Quote) => ({
    'quote.companyName': quote.prospect.companyName,
    'quote.employees': quote.prospect.employees,
    'quote.contactName': quote.prospect.contactName,
    'quote.contactEmail': quote.prospect.contactEmail,
    'quote.country': quote.prospect.country,
    'quote.offers': offersText(quote),
    'quote.services': quote.services.map(line => line.description).join(', '),
    'quote.currency': quote.currency,
    'quote.createdOn': quote.createdOn,
    'quote.validUntil': quote.validUntil,
    'quote.status': quote.status,
  })
  const was = read(before)
  const now = read(after)
  return (Object.keys(was) as (keyof typeof was)[])
    .filter(field => was[field] !== now[field])
    .map(field => ({ field, before: was[field], after: now[field] }))
}

function newestFirst(a: Quote, b: Quote): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id)
}

/**
 * Quotes for prospects: partner-wide, no tenant until converted. Each write is one transaction
 * with its activity entry; converting also provisions the tenant and records its services.
 */
export function createQuoteRepository(context: LocalContext): QuoteRepository {
  const { db, run } = context
  const writeTables = [db.quotes, db.activity, db.meta]

  async function openQuote(quoteId: string): Promise<Quote> {
    const quote = await db.quotes.get(quoteId)
    if (!quote)
      throw new BackendError('notFound', `There is no quote ${quoteId}`)
    if (isQuoteClosed(quote))
      refuseInvalid([{ field: 'status', code: 'closed', params: { status: quote.status } }], 'quote')
    return quote
  }

  /** The input checked, trimmed and priced at the partner's price list of the day. */
  async function priced(input: QuoteInput): Promise<Pick<Quote, 'prospect' | 'lines' | 'services' | 'createdOn' | 'validUntil' | 'status' | 'currency'>> {
    const priceList = await storedPriceList(context)
    refuseInvalid(validateQuoteInput(input, priceList.currency), 'quote')
    const normalized = normalizeQuoteInput(input)
    return { ...normalized, lines: priceQuoteLines(normalized.lines, priceList), currency: priceList.currency }
  }

  return {
    list: () => run('read the quotes', async () => (await db.quotes.toArray()).sort(newestFirst)),

    get: quoteId => run('read the quote', () => db.quotes.get(quoteId)),

    create: input => run('save the quote', () => db.transaction('rw', writeTables, async () => {
      const at = context.now()
      const quote: Quote = { ...await priced(input), id: crypto.randomUUID(), tenantId: null, createdAt: at.toISOString(), updatedAt: at.toISOString() }
      await db.quotes.add(quote)
      await context.log({
        area: 'quote',
        action: 'quote.created',
        details: { companyName: quote.prospect.companyName },
        changes: [{ field: 'quote.offers', before: null, after: offersText(quote) }],
      }, at)
      return quote
    })),

    update: (quoteId, input) => run('save the quote', () => db.transaction('rw', writeTables, async () => {
      const current = await openQuote(quoteId)
      const at = context.now()
      const next: Quote = { ...current, ...await priced(input), updatedAt: at.toISOString() }
      const changes = movedFields(current, next)
      if (changes.length === 0)
        return current
      await db.quotes.put(next)
      await context.log({ area: 'quote', action: 'quote.updated', details: { companyName: next.prospect.companyName }, changes }, at)
      return next
    })),

    remove: quoteId => run('delete the quote', () => db.transaction('rw', writeTables, async () => {
      const quote = await openQuote(quoteId)
      await db.quotes.delete(quoteId)
      await context.log({
        area: 'quote',
        action: 'quote.removed',
        details: { companyName: quote.prospect.companyName },
        changes: [{ field: 'quote.offers', before: offersText(quote), after: null }],
      }, context.now())
    })),

    convert: (quoteId, details) => run('convert the quote', () =>
      db.transaction('rw', [...provisionTables(db), ...writeTables, db.services], async () => {
        const quote = await openQuote(quoteId)
        // The quote's own rules first: a quote stored before a rule changed must still hold.
        refuseInvalid(validateQuoteInput({ ...quote, status: 'accepted' }, quote.currency), 'quote')
        const created = await provisionTenant(context, {
          ...details,
          lines: quote.lines.map(({ offerId, seats }) => ({ offerId, seats })),
          billing: 'paid',
        })
        const at = context.now()
        const services: ServiceRecord[] = quote.services.map((line, index) => ({
          ...normalizeServiceInput(quoteServiceInput(line, quote.createdOn)),
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
        const converted: Quote = { ...quote, status: 'converted', tenantId: created.tenant.id, updatedAt: at.toISOString() }
        await db.quotes.put(converted)
        await context.log({
          area: 'quote',
          action: 'quote.converted',
          tenant: created.tenant,
          details: { companyName: created.tenant.companyName, services: services.length },
          changes: [{ field: 'quote.status', before: quote.status, after: 'converted' }],
        }, at)
        return { quote: converted, tenant: created }
      })),
  }
}
