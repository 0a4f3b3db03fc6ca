import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { ValidationIssue } from '../validation'
import type { AgreementAcceptance, PostalAddress } from './postalAddress'
import type { Subscription } from './tenant'
import { findOffer, MAX_SEATS, TRIAL_DAYS, TRIAL_MAX_SEATS } from '../catalogue'
import { ISO_COUNTRIES } from '../countries'
import { addDays } from '../dates'
import { validateAgreement, validatePostalAddress } from './postalAddress'
import {
  validateCompanyName,
  validateContactName,
  validateDomainPrefix,
  validateEmail,
  validatePhone,
} from '../validation'

export type BillingChoice = 'trial' | 'paid'

export interface OfferLine {
  readonly offerId: OfferId
  readonly seats: number
}

/** What the provisioning form sends; every backend validates it with `validateProvisionRequest`. */
export interface ProvisionRequest {
  readonly companyName: string
  readonly contactName: string
  readonly contactEmail: string
  readonly contactPhone: string
  readonly country: string
  /** Where the company is: Partner Center creates no customer without it. */
  readonly address: PostalAddress
  /** Who at the company accepted the Microsoft Customer Agreement, and when. */
  readonly agreement: AgreementAcceptance
  readonly language: string
  readonly domainPrefix: string
  readonly lines: readonly OfferLine[]
  readonly billing: BillingChoice
}

/**
 * Countries offered first when provisioning: where BPOS was sold first, France leading. Any other
 * country a quote can name is offered after them: a quote for Austria converts to an Austrian tenant.
 */
export const PROVISIONING_COUNTRIES = [
  'FR',
  'BE',
  'CH',
  'LU',
  'MC',
  'CA',
  'GB',
  'IE',
  'DE',
  'ES',
  'IT',
  'NL',
  'US',
] as const

/** Languages a tenant's users can get. */
export const TENANT_LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'nl'] as const

/**
 * A domain prefix to start from, derived from the company name ("Boulangerie Dupré & Fils" →
 * "boulangerie-dupre-fils"); the person can change it, and it is validated like any other.
 */
export function suggestDomainPrefix(companyName: string): string {
  return companyName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '')
}

/**
 * A subscription bought today: a trial counts today as its first day (its last is today + 29)
 * and is not a sale; a paid one is sold today, which its billing history records.
 */
export function newSubscription(
  line: { readonly id: string; readonly tenantId: string; readonly offerId: OfferId; readonly seats: number },
  billing: BillingChoice,
  today: IsoDate,
): Subscription {
  const trial = billing === 'trial'
  return {
    ...line,
    assignedSeats: 0,
    state: trial ? 'trial' : 'active',
    startedOn: today,
    trialEndsOn: trial ? addDays(today, TRIAL_DAYS - 1) : null,
    cancelledOn: null,
    billingEvents: trial ? [] : [{ on: today, kind: 'sold', seats: line.seats }],
  }
}

/** Seats are whole licences, at least the offer's minimum, at most 10,000 (20 during a trial). */
export function validateSeats(line: OfferLine, billing: ProvisionRequest['billing']): ValidationIssue[] {
  const field = `seats.${line.offerId}`
  const offer = findOffer(line.offerId)
  if (!offer) return [{ field: 'offers', code: 'unknown', params: { value: line.offerId } }]
  const seats = line.seats
  if (!Number.isFinite(seats)) return [{ field, code: 'required' }]
  if (!Number.isInteger(seats)) return [{ field, code: 'notWholeNumber' }]
  if (seats < offer.minimumSeats) return [{ field, code: 'belowMinimum', params: { min: offer.minimumSeats } }]
  if (seats > MAX_SEATS) return [{ field, code: 'aboveMaximum', params: { max: MAX_SEATS } }]
  if (billing === 'trial' && seats > TRIAL_MAX_SEATS)
    return [{ field, code: 'aboveTrialMaximum', params: { max: TRIAL_MAX_SEATS } }]
  return []
}

export function validateOfferLines(
  lines: readonly OfferLine[],
  billing: ProvisionRequest['billing'],
): ValidationIssue[] {
  if (lines.length === 0) return [{ field: 'offers', code: 'noOffer' }]
  const seen = new Set<string>()
  const issues: ValidationIssue[] = []
  for (const line of lines) {
    if (seen.has(line.offerId))
      issues.push({ field: 'offers', code: 'duplicateOffer', params: { value: line.offerId } })
    seen.add(line.offerId)
    issues.push(...validateSeats(line, billing))
  }
  return issues
}

function validateChoice(value: string, allowed: readonly string[], field: string): ValidationIssue[] {
  if (value === '') return [{ field, code: 'required' }]
  return allowed.includes(value) ? [] : [{ field, code: 'unknown', params: { value } }]
}

/** Every issue in a provisioning request on `today`; empty when the tenant may be created. */
export function validateProvisionRequest(
  request: ProvisionRequest,
  takenPrefixes: ReadonlySet<string>,
  today: IsoDate,
): ValidationIssue[] {
  return [
    ...validateCompanyName(request.companyName),
    ...validateContactName(request.contactName),
    ...validateEmail(request.contactEmail),
    ...validatePhone(request.contactPhone),
    ...validateChoice(request.country, ISO_COUNTRIES, 'country'),
    ...validatePostalAddress(request.address, request.country),
    ...validateAgreement(request.agreement, today),
    ...validateChoice(request.language, TENANT_LANGUAGES, 'language'),
    ...validateDomainPrefix(request.domainPrefix, takenPrefixes),
    ...validateChoice(request.billing, ['trial', 'paid'], 'billing'),
    ...validateOfferLines(request.lines, request.billing),
  ]
}
