import type { QuoteConversion } from '@/backends/backend'
import type { OfferId } from '@/domain/catalogue'
import type { PriceList } from '@/domain/pricing/pricing'
import type { PricedQuote } from '@/domain/quotes/quoteTotals'
import type { EditableQuoteStatus, Quote, QuoteAddOnLine, QuoteInput } from '@/domain/quotes/quotes'
import type { ValidationIssue } from '@/domain/validation'
import type { ProvisionForm } from '@/forms/provision'
import type { ServiceLineForm } from '@/forms/service'
import { catalogue, getOffer } from '@/domain/catalogue'
import { isCountryCode } from '@/domain/countries'
import { decimalAmount } from '@/domain/ledger/addOns'
import { priceQuoteLines } from '@/domain/quotes/quoteTotals'
import { defaultValidUntil, stopsDraft, validateQuoteInput } from '@/domain/quotes/quotes'
import { suggestDomainPrefix } from '@/domain/tenant/provisioning'
import { emptyProvisionForm, toProvisionRequest } from '@/forms/provision'
import { readServiceAmounts, withOwnIssues } from '@/forms/service'

/**
 * One proposed service as typed, as the ledger's form types it; `key` keeps each line's inputs in place when another is
 * removed.
 */
export interface QuoteServiceForm extends ServiceLineForm {
  key: number
}

/** The builder as typed: numbers stay text until the quote is saved. */
export interface QuoteForm {
  companyName: string
  employees: string
  contactName: string
  contactEmail: string
  country: string
  selectedOffers: OfferId[]
  seats: Record<OfferId, string>
  services: QuoteServiceForm[]
  createdOn: string
  validUntil: string
  status: EditableQuoteStatus
}

let nextKey = 1

export function emptyServiceLine(overrides: Partial<QuoteServiceForm> = {}): QuoteServiceForm {
  return {
    key: nextKey++,
    kind: 'installation',
    description: '',
    quantity: '1',
    unit: 'days',
    unitPrice: '',
    billing: 'oneOff',
    mailSource: '',
    ...overrides,
  }
}

export function emptyQuoteForm(today: string): QuoteForm {
  return {
    companyName: '',
    employees: '',
    contactName: '',
    contactEmail: '',
    country: 'FR',
    selectedOffers: [],
    seats: Object.fromEntries(catalogue.offers.map(offer => [offer.id, ''])) as Record<OfferId, string>,
    services: [],
    createdOn: today,
    validUntil: defaultValidUntil(today),
    status: 'draft',
  }
}

/** A stored quote back in the builder, prices written with a point and the currency's decimals. */
export function quoteForm(quote: Quote): QuoteForm {
  const empty = emptyQuoteForm(quote.createdOn)
  return {
    ...empty,
    companyName: quote.prospect.companyName,
    employees: String(quote.prospect.employees),
    contactName: quote.prospect.contactName,
    contactEmail: quote.prospect.contactEmail,
    country: quote.prospect.country,
    selectedOffers: quote.lines.map(line => line.offerId),
    seats: { ...empty.seats, ...Object.fromEntries(quote.lines.map(line => [line.offerId, String(line.seats)])) },
    services: quote.services.map(line =>
      emptyServiceLine({
        kind: line.kind,
        description: line.description,
        quantity: String(line.quantity),
        unit: line.unit,
        unitPrice: decimalAmount(line.unitPriceMinor, quote.currency),
        billing: line.billing,
        mailSource: line.mailSource ?? '',
      }),
    ),
    validUntil: quote.validUntil,
    status: quote.status === 'converted' ? 'accepted' : quote.status,
  }
}

/** Blank is "required", anything else not a number is "not a whole number": the domain's range rules follow. */
function readWhole(text: string): number {
  const trimmed = text.trim().replace(/[\s\u00A0\u202F]/g, '')
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/** The seats an offer starts with when picked: one per employee, at least the offer's minimum. */
export function suggestedSeats(offerId: OfferId, employees: string): string {
  const count = readWhole(employees)
  const minimum = getOffer(offerId).minimumSeats
  return String(Number.isInteger(count) && count > minimum ? count : minimum)
}

function textIssue(text: string, field: string): ValidationIssue[] {
  return text.trim() !== '' && Number.isNaN(readWhole(text)) ? [{ field, code: 'notWholeNumber' }] : []
}

/**
 * The builder as a quote input, with every issue: the form's own readings (a price or a number
 * that isn't one) first, then the domain's quote rule for the rest.
 */
export function toQuoteInput(form: QuoteForm, currency: string): { input: QuoteInput; issues: ValidationIssue[] } {
  const own: ValidationIssue[] = [...textIssue(form.employees, 'employees')]
  const services: QuoteAddOnLine[] = form.services.map((line, index) => {
    const amounts = readServiceAmounts(line.quantity, line.unitPrice, currency)
    own.push(...amounts.issues.map(issue => ({ ...issue, field: `services[${index}].${issue.field}` })))
    return {
      kind: line.kind,
      description: line.description,
      quantity: amounts.quantity,
      unit: line.unit,
      unitPriceMinor: amounts.unitPriceMinor,
      billing: line.billing,
      mailSource: line.mailSource === '' ? null : line.mailSource,
    }
  })
  for (const offerId of form.selectedOffers) own.push(...textIssue(form.seats[offerId], `seats.${offerId}`))
  const input: QuoteInput = {
    prospect: {
      companyName: form.companyName,
      employees: readWhole(form.employees),
      contactName: form.contactName,
      contactEmail: form.contactEmail,
      country: form.country,
    },
    lines: form.selectedOffers.map(offerId => ({ offerId, seats: readWhole(form.seats[offerId]) })),
    services,
    createdOn: form.createdOn,
    validUntil: form.validUntil,
    status: form.status,
  }
  return { input, issues: withOwnIssues(validateQuoteInput(input, currency), own) }
}

/** The builder kept as a draft: read the same way, with only what stops a half-built quote (`stopsDraft`). */
export function toQuoteDraft(form: QuoteForm, currency: string): { input: QuoteInput; issues: ValidationIssue[] } {
  const { input, issues } = toQuoteInput({ ...form, status: 'draft' }, currency)
  return { input, issues: issues.filter(stopsDraft) }
}

/**
 * What the builder can price while the person types: offer lines with a whole seat count, at
 * the price list of the day, and services whose quantity and price read as numbers.
 */
export function previewQuote(form: QuoteForm, priceList: PriceList): PricedQuote {
  const { input, issues } = toQuoteInput(form, priceList.currency)
  const bad = new Set(issues.map(issue => issue.field))
  const lines = input.lines.filter(line => Number.isInteger(line.seats) && line.seats > 0)
  const services = input.services.filter(
    (line, index) =>
      !bad.has(`services[${index}].quantity`) && !bad.has(`services[${index}].unitPrice`) && line.unitPriceMinor >= 0,
  )
  return { currency: priceList.currency, lines: priceQuoteLines(lines, priceList), services }
}

/** What provisioning needs, started from the quote: its company, contact and country, a suggested prefix. */
export function conversionForm(quote: Quote, today: string): ProvisionForm {
  const empty = emptyProvisionForm(today)
  // The quote's own country, which provisioning offers too; only a code no longer valid falls back.
  const country = isCountryCode(quote.prospect.country) ? quote.prospect.country : empty.country
  return {
    ...empty,
    companyName: quote.prospect.companyName,
    contactName: quote.prospect.contactName,
    contactEmail: quote.prospect.contactEmail,
    country,
    domainPrefix: suggestDomainPrefix(quote.prospect.companyName),
    selectedOffers: quote.lines.map(line => line.offerId),
    seats: { ...empty.seats, ...Object.fromEntries(quote.lines.map(line => [line.offerId, String(line.seats)])) },
    billing: 'paid',
  }
}

export function toQuoteConversion(form: ProvisionForm): QuoteConversion {
  const request = toProvisionRequest(form)
  return {
    companyName: request.companyName,
    contactName: request.contactName,
    contactEmail: request.contactEmail,
    contactPhone: request.contactPhone,
    country: request.country,
    address: request.address,
    agreement: request.agreement,
    language: request.language,
    domainPrefix: request.domainPrefix,
    baselineId: request.baselineId,
  }
}
