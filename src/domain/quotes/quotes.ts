import type { OfferId } from '../catalogue'
import type { IsoDate, IsoDateTime } from '../dates'
import type { AddOnInput } from '../ledger/addOns'
import type { CurrencyCode } from '../money'
import type { OfferLine } from '../tenant/provisioning'
import type { ValidationIssue } from '../validation'
import { getOffer } from '../catalogue'
import { isCountryCode } from '../countries'
import { addDays } from '../dates'
import { isCalendarDate } from '../fees/feeCalendar'
import { validateAddOnInput } from '../ledger/addOns'
import { validateOfferLines } from '../tenant/provisioning'
import { validateCompanyName, validateContactName, validateEmail } from '../validation'
import { QUOTE_SERVICE_LINES_MAX } from './quoteLimits'

// A quote for a prospect: what it would buy (offers and seats, add-on services) and at what price,
// built in front of the client and, once accepted, turned into a tenant.

/** Draft while it is being built, sent to the prospect, accepted by them, converted into a tenant. */
export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'converted'] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
/** The statuses a person sets by hand; `converted` comes only with the tenant it created. */
export const EDITABLE_QUOTE_STATUSES = ['draft', 'sent', 'accepted'] as const satisfies readonly QuoteStatus[]
export type EditableQuoteStatus = (typeof EDITABLE_QUOTE_STATUSES)[number]

/** How long a quote holds by default. */
export const QUOTE_VALIDITY_DAYS = 30
/** A prospect with more employees than this is a typo (BPOS targets 40–50). */
export const MAX_EMPLOYEES = 100_000
export { QUOTE_SERVICE_LINES_MAX }

export interface QuoteProspect {
  readonly companyName: string
  readonly employees: number
  /** Optional while prospecting; provisioning asks for a contact when the quote is converted. */
  readonly contactName: string
  readonly contactEmail: string
  /** ISO 3166-1 alpha-2. */
  readonly country: string
}

/** A service the quote proposes: the ledger's own kinds, units and billing, without its scheduling. */
export type QuoteAddOnLine = Pick<
  AddOnInput,
  'kind' | 'description' | 'quantity' | 'unit' | 'unitPriceMinor' | 'billing' | 'mailSource'
>

/** What the builder sends; offer prices come from the partner's price list when it is saved. */
export interface QuoteInput {
  readonly prospect: QuoteProspect
  readonly lines: readonly OfferLine[]
  readonly services: readonly QuoteAddOnLine[]
  readonly createdOn: IsoDate
  readonly validUntil: IsoDate
  readonly status: EditableQuoteStatus
  /** The builder's, for an edit: the version of the quote it was filled from. */
  readonly expectedVersion?: number
}

/** An offer line as quoted: its price per user per month is the one the prospect was shown. */
export interface QuoteOfferLine extends OfferLine {
  readonly unitPriceMinor: number
}

export interface Quote extends Omit<QuoteInput, 'lines' | 'status' | 'expectedVersion'> {
  readonly id: string
  /** `2026-0001`: sequential per partner, given at the first save (absent on quotes saved before numbering). */
  readonly number?: string
  readonly lines: readonly QuoteOfferLine[]
  readonly status: QuoteStatus
  /** The price list's currency when the quote was saved: offers and services are priced in it. */
  readonly currency: CurrencyCode
  /** The tenant the quote became, once converted. */
  readonly tenantId: string | null
  readonly createdAt: IsoDateTime
  readonly updatedAt: IsoDateTime
  /** Where the backend counts changes: a save from a builder filled from an older one is refused. */
  readonly version?: number
}

export function defaultValidUntil(createdOn: IsoDate): IsoDate {
  return addDays(createdOn, QUOTE_VALIDITY_DAYS)
}

/** A converted quote is history: its tenant exists, so it is neither edited nor deleted. */
export function isQuoteClosed(quote: Pick<Quote, 'status'>): boolean {
  return quote.status === 'converted'
}

/** The quote's offers that need Office Pro on the client's workstations (every offer but the entry level). */
export function officeProOffers(lines: readonly Pick<OfferLine, 'offerId'>[]): OfferId[] {
  return [...new Set(lines.map(line => line.offerId))].filter(offerId => getOffer(offerId).needsOfficePro)
}

/** What the ledger's rule needs besides the line itself: a quoted service is dated by its quote. */
export function quoteAddOnInput(line: QuoteAddOnLine, quotedOn: IsoDate): AddOnInput {
  return { ...line, quotedOn, startOn: null, deliveredOn: null, technician: '', notes: '' }
}

function prospectIssues(prospect: QuoteProspect): ValidationIssue[] {
  const issues = [...validateCompanyName(prospect.companyName)]
  const { employees } = prospect
  if (!Number.isFinite(employees)) issues.push({ field: 'employees', code: 'required' })
  else if (!Number.isInteger(employees)) issues.push({ field: 'employees', code: 'notWholeNumber' })
  else if (employees < 1) issues.push({ field: 'employees', code: 'belowMinimum', params: { min: 1 } })
  else if (employees > MAX_EMPLOYEES)
    issues.push({ field: 'employees', code: 'aboveMaximum', params: { max: MAX_EMPLOYEES } })
  issues.push(...validateContactName(prospect.contactName, { optional: true }))
  if (prospect.contactEmail.trim() !== '') issues.push(...validateEmail(prospect.contactEmail))
  if (prospect.country === '') issues.push({ field: 'country', code: 'required' })
  else if (!isCountryCode(prospect.country))
    issues.push({ field: 'country', code: 'unknown', params: { value: prospect.country } })
  return issues
}

function dateIssues(createdOn: IsoDate, validUntil: IsoDate): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const [field, value] of [
    ['createdOn', createdOn],
    ['validUntil', validUntil],
  ] as const) {
    if (value === '') issues.push({ field, code: 'required' })
    else if (!isCalendarDate(value)) issues.push({ field, code: 'invalidDate' })
  }
  if (issues.length === 0 && validUntil < createdOn)
    issues.push({ field: 'validUntil', code: 'beforeStart', params: { start: createdOn } })
  return issues
}

/**
 * Every issue in a quote, field by field: the prospect, the offer lines by the catalogue's
 * minimums and limits (`seats.<offerId>`), each service by the ledger's rule (`services[i].<field>`)
 * with prices in `currency`'s decimals, and the dates. Empty when it may be stored.
 */
export function validateQuoteInput(input: QuoteInput, currency: CurrencyCode = 'USD'): ValidationIssue[] {
  const serviceIssues = input.services.flatMap((line, i) =>
    validateAddOnInput(quoteAddOnInput(line, input.createdOn), currency)
      // The quote's own date is checked once, as `createdOn`.
      .filter(issue => issue.field !== 'quotedOn')
      .map(issue => ({ ...issue, field: `services[${i}].${issue.field}` })),
  )
  const statusIssues: ValidationIssue[] = (EDITABLE_QUOTE_STATUSES as readonly string[]).includes(input.status)
    ? []
    : [{ field: 'status', code: 'unknown', params: { value: input.status } }]
  const tooMany: ValidationIssue[] =
    input.services.length > QUOTE_SERVICE_LINES_MAX
      ? [{ field: 'services', code: 'aboveMaximum', params: { max: QUOTE_SERVICE_LINES_MAX } }]
      : []
  return [
    ...prospectIssues(input.prospect),
    ...validateOfferLines(input.lines, 'paid'),
    ...tooMany,
    ...serviceIssues,
    ...dateIssues(input.createdOn, input.validUntil),
    ...statusIssues,
  ]
}

/** Numbers a quote is priced from: a draft keeps none of them half-typed. */
const NUMBER_FIELD = /^(employees|seats\..+|services\[\d+\]\.(quantity|unitPrice))$/

/**
 * Whether an issue stops a half-built quote being kept as a draft. A draft needs its company name
 * (to be found again) and every number typed as a number; what is still missing otherwise (offers,
 * a contact, a service's description or source system) can wait until it is sent.
 */
export function stopsDraft(issue: ValidationIssue): boolean {
  if (issue.field === 'companyName' || NUMBER_FIELD.test(issue.field)) return true
  return issue.code !== 'required' && issue.code !== 'noOffer'
}

/** What stops a quote being stored with its status: a draft may be half-built, any other status is complete. */
export function quoteIssues(input: QuoteInput, currency: CurrencyCode = 'USD'): ValidationIssue[] {
  const issues = validateQuoteInput(input, currency)
  return input.status === 'draft' ? issues.filter(stopsDraft) : issues
}

/** The input as stored: text trimmed, a source system only on a migration. */
export function normalizeQuoteInput(input: QuoteInput): QuoteInput {
  const { prospect } = input
  return {
    prospect: {
      companyName: prospect.companyName.trim(),
      employees: prospect.employees,
      contactName: prospect.contactName.trim(),
      contactEmail: prospect.contactEmail.trim(),
      country: prospect.country,
    },
    lines: input.lines.map(({ offerId, seats }) => ({ offerId, seats })),
    services: input.services.map(line => ({
      kind: line.kind,
      description: line.description.trim(),
      quantity: line.quantity,
      unit: line.unit,
      unitPriceMinor: line.unitPriceMinor,
      billing: line.billing,
      mailSource: line.kind === 'mailMigration' ? line.mailSource : null,
    })),
    createdOn: input.createdOn,
    validUntil: input.validUntil,
    status: input.status,
  }
}
