import type { ActivityChange } from '@/domain/activityLog'
import type { PriceList } from '@/domain/pricing/pricing'
import type { QuoteCounter } from '@/domain/quotes/quoteNumber'
import type { Quote, QuoteInput } from '@/domain/quotes/quotes'
import type { ActivityDraft } from './activity'
import type { RecordWrite } from './services'
import { isCalendarDate } from '@/domain/fees/feeCalendar'
import { nextQuoteNumber } from '@/domain/quotes/quoteNumber'
import { priceQuoteLines } from '@/domain/quotes/quoteTotals'
import { isQuoteClosed, normalizeQuoteInput, quoteIssues } from '@/domain/quotes/quotes'
import { BackendError } from '../backend'
import { refuseInvalid } from './checks'

/**
 * Quotes' writes, whatever keeps them: each checks the domain's rules, prices the offers at the
 * partner's price list of the day, and gives the quote to store with its activity entry.
 */

/** Offers as the activity log reads them: `standard-suite × 45, deskless-suite × 10`. */
export function offersText(quote: Pick<Quote, 'lines'>): string {
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

/** Every quote, newest first. */
export function quotesNewestFirst(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
}

/** The quote, or `notFound`; refused with `validation` (field `status`, code `closed`) once converted. */
export function requireOpenQuote(quote: Quote | undefined, quoteId: string): Quote {
  if (!quote) throw new BackendError('notFound', `There is no quote ${quoteId}`)
  if (isQuoteClosed(quote))
    refuseInvalid([{ field: 'status', code: 'closed', params: { status: quote.status } }], 'The quote breaks a rule')
  return quote
}

/** The input checked, trimmed and priced at the partner's price list of the day. */
function priced(
  input: QuoteInput,
  priceList: PriceList,
): Pick<Quote, 'prospect' | 'lines' | 'services' | 'createdOn' | 'validUntil' | 'status' | 'currency'> {
  // A draft may be half-built; converting checks the quote whole (quotesRepository, relayQuoteConversion).
  refuseInvalid(quoteIssues(input, priceList.currency), 'The quote breaks a rule')
  const normalized = normalizeQuoteInput(input)
  return { ...normalized, lines: priceQuoteLines(normalized.lines, priceList), currency: priceList.currency }
}

/** The counter's next value and the number it gives, in the year of the quote's date. */
export function takeQuoteNumber(
  counter: QuoteCounter | undefined,
  input: Pick<QuoteInput, 'createdOn'>,
  at: Date,
): { counter: QuoteCounter; number: string } {
  const year = isCalendarDate(input.createdOn) ? Number(input.createdOn.slice(0, 4)) : at.getFullYear()
  return nextQuoteNumber(counter, year)
}

/** The quote to store, numbered by `number()` only once it passed the rules: a refused quote uses no number. */
export async function createQuoteRecord(
  input: QuoteInput,
  priceList: PriceList,
  at: Date,
  number: () => string | Promise<string>,
): Promise<RecordWrite<Quote>> {
  const checked = priced(input, priceList)
  const quote: Quote = {
    ...checked,
    id: crypto.randomUUID(),
    number: await number(),
    tenantId: null,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
  return {
    record: quote,
    activity: {
      area: 'quote',
      action: 'quote.created',
      details: { companyName: quote.prospect.companyName, number: quote.number ?? '' },
      changes: [{ field: 'quote.offers', before: null, after: offersText(quote) }],
    },
  }
}

/** The open quote with the input's changes, re-priced; `null` when nothing moved. */
export function updateQuoteRecord(
  current: Quote,
  input: QuoteInput,
  priceList: PriceList,
  at: Date,
): RecordWrite<Quote> | null {
  const next: Quote = { ...current, ...priced(input, priceList), updatedAt: at.toISOString() }
  const changes = movedFields(current, next)
  if (changes.length === 0) return null
  return {
    record: next,
    activity: { area: 'quote', action: 'quote.updated', details: { companyName: next.prospect.companyName }, changes },
  }
}

export function removeQuoteActivity(quote: Quote): ActivityDraft {
  return {
    area: 'quote',
    action: 'quote.removed',
    details: { companyName: quote.prospect.companyName },
    changes: [{ field: 'quote.offers', before: offersText(quote), after: null }],
  }
}
