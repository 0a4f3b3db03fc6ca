import type { OfferLine, ProvisionRequest } from './provisioning'
import { findOffer, MAX_SEATS, TRIAL_MAX_SEATS } from './catalogue'
import { PROVISIONING_COUNTRIES, TENANT_LANGUAGES } from './provisioning'

export const COMPANY_NAME_MAX = 64
export const CONTACT_NAME_MAX = 64
export const DNS_LABEL_MAX = 63
export const EMAIL_MAX = 254

/**
 * One refused value. `field` names the form field (`seats.<offerId>` for a seat count);
 * `code` and `params` let the interface say exactly what is wrong, in its own language.
 */
export interface ValidationIssue {
  readonly field: string
  readonly code: ValidationCode
  readonly params?: Readonly<Record<string, string | number>>
}

export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'uppercase'
  | 'invalidCharacters'
  | 'hyphenAtEdge'
  | 'allDigits'
  | 'taken'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'unknown'
  | 'notWholeNumber'
  | 'belowMinimum'
  | 'aboveMaximum'
  | 'aboveTrialMaximum'
  | 'noOffer'
  | 'duplicateOffer'
  | 'notAvailable'
  | 'noSeatsLeft'
  | 'servicePlanUnknown'
  | 'unverifiedDomain'
  | 'belowAssigned'
  | 'invalidDomain'
  | 'invalidAddress'
  | 'inUse'
  | 'alreadyListed'
  | 'onOtherList'
  | 'misplacedDot'
  | 'internalAddress'
  | 'aboveStorageLeft'
  | 'notLive'
  | 'notTrial'
  | 'moveNotAllowed'
  | 'targetIsTrial'
  | 'invalidTld'
  | 'reservedDomain'
  | 'initialDomain'
  | 'defaultDomain'
  | 'duplicate'
  | 'transitionNotAllowed'
  | 'closed'
  | 'notNumber'
  | 'invalidDate'
  | 'beforeStart'
  | 'notEnded' // an end date on something that didn't end (a service not cancelled, or not monthly)
  | 'unitMismatch'
  | 'invalidAmount'
  | 'tooManyDecimals'
  | 'dnsRecordMissing' // a domain's verification record isn't in its DNS yet
  | 'rejectedByService' // the online service refused a row the console's own rules accepted (its message in `message`)

export function validateCompanyName(value: string): ValidationIssue[] {
  const name = value.trim()
  if (name === '') return [{ field: 'companyName', code: 'required' }]
  if ([...name].length > COMPANY_NAME_MAX)
    return [{ field: 'companyName', code: 'tooLong', params: { max: COMPANY_NAME_MAX } }]
  return []
}

export function validateContactName(value: string): ValidationIssue[] {
  const name = value.trim()
  if (name === '') return [{ field: 'contactName', code: 'required' }]
  if ([...name].length > CONTACT_NAME_MAX)
    return [{ field: 'contactName', code: 'tooLong', params: { max: CONTACT_NAME_MAX } }]
  return []
}

// One @, no spaces, a dotted domain whose labels follow DNS rules: strict enough to catch typos.
const EMAIL = /^[^\s@]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

export function validateEmail(value: string, field = 'contactEmail'): ValidationIssue[] {
  const email = value.trim()
  if (email === '') return [{ field, code: 'required' }]
  if (email.length > EMAIL_MAX) return [{ field, code: 'tooLong', params: { max: EMAIL_MAX } }]
  return EMAIL.test(email) ? [] : [{ field, code: 'invalidEmail' }]
}

const PHONE = /^\+?[0-9 ().-]{6,20}$/
const PHONE_MIN_DIGITS = 6

/** The contact's phone is optional; when given it holds digits (at least 6) and the usual separators. */
export function validatePhone(value: string): ValidationIssue[] {
  const phone = value.trim()
  if (phone === '' || (PHONE.test(phone) && phone.replace(/\D/g, '').length >= PHONE_MIN_DIGITS)) return []
  return [{ field: 'contactPhone', code: 'invalidPhone' }]
}

/**
 * The tenant's initial domain is `<prefix>.microsoftonline.com`, so the prefix is one DNS label
 * (letters, digits, inner hyphens, at most 63), in lower case, not all digits, and not used by
 * another of the partner's tenants.
 */
export function validateDomainPrefix(value: string, takenPrefixes: ReadonlySet<string>): ValidationIssue[] {
  const field = 'domainPrefix'
  const prefix = value.trim()
  if (prefix === '') return [{ field, code: 'required' }]
  if (prefix.length > DNS_LABEL_MAX) return [{ field, code: 'tooLong', params: { max: DNS_LABEL_MAX } }]
  if (/[A-Z]/.test(prefix)) {
    // Suggest the lower-case form only if it would be accepted; otherwise say what is wrong with it.
    const suggestion = prefix.toLowerCase()
    const issues = validateDomainPrefix(suggestion, takenPrefixes)
    return issues.length > 0 ? issues : [{ field, code: 'uppercase', params: { suggestion } }]
  }
  if (!/^[a-z0-9-]+$/.test(prefix)) return [{ field, code: 'invalidCharacters' }]
  if (prefix.startsWith('-') || prefix.endsWith('-')) return [{ field, code: 'hyphenAtEdge' }]
  if (/^[0-9]+$/.test(prefix)) return [{ field, code: 'allDigits' }]
  if (takenPrefixes.has(prefix)) return [{ field, code: 'taken', params: { prefix } }]
  return []
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

/** Every issue in a provisioning request; empty when the tenant may be created. */
export function validateProvisionRequest(
  request: ProvisionRequest,
  takenPrefixes: ReadonlySet<string>,
): ValidationIssue[] {
  return [
    ...validateCompanyName(request.companyName),
    ...validateContactName(request.contactName),
    ...validateEmail(request.contactEmail),
    ...validatePhone(request.contactPhone),
    ...validateChoice(request.country, PROVISIONING_COUNTRIES, 'country'),
    ...validateChoice(request.language, TENANT_LANGUAGES, 'language'),
    ...validateDomainPrefix(request.domainPrefix, takenPrefixes),
    ...validateChoice(request.billing, ['trial', 'paid'], 'billing'),
    ...validateOfferLines(request.lines, request.billing),
  ]
}
