import { validateText } from './text'

export const COMPANY_NAME_MAX = 64
export const CONTACT_NAME_MAX = 64
export const DNS_LABEL_MAX = 63
export const EMAIL_MAX = 254

/** The longest DNS name: 253 characters. */
export const DOMAIN_NAME_MAX = 253
/** The longest e-mail local part (RFC 5321): 64 characters. */
export const LOCAL_PART_MAX = 64

// DNS labels (letters, digits, inner hyphens, at most 63), at least two, the last one alphabetic.
const DOMAIN_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/
// RFC 5322 "dot-atom" local part: these characters, dots only between them.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/

/** Whether `value` (lower case) is a domain name such as `fournisseur.fr`. */
export function isDomainName(value: string): boolean {
  return value.length <= DOMAIN_NAME_MAX && DOMAIN_NAME.test(value)
}

/** Whether `value` (lower case) is an address such as `commandes@fournisseur.fr`. */
export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@')
  if (at < 1 || value.length > EMAIL_MAX) return false
  const local = value.slice(0, at)
  return local.length <= LOCAL_PART_MAX && LOCAL_PART.test(local) && isDomainName(value.slice(at + 1))
}

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
  | 'tooManyRecords'
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
  | 'monthlyUnit' // a monthly contract counted in anything but months or users
  | 'oneOffUnit' // a one-off service counted in months
  | 'oneOffOnly' // a migration or a deployment billed monthly
  | 'onePerMonth' // a contract counted per month with a quantity other than 1
  | 'invalidAmount'
  | 'tooManyDecimals'
  | 'dnsRecordMissing' // a domain's verification record isn't in its DNS yet
  | 'invalidPostalCode' // not the country's postal code format (`example` shows one)
  | 'notAccepted' // a box the person must tick (the Microsoft Customer Agreement's acceptance)
  | 'afterToday'
  | 'hiddenCharacters' // control or invisible characters (zero-width, bidi overrides, fillers) in a text
  | 'rejectedByService' // the online service refused a row the console's own rules accepted (its message in `message`)
  | 'invalidSiret' // not 14 digits passing INSEE's check
  | 'invalidVatNumber' // not shaped like the country's VAT number
  | 'invalidImage' // not a PNG, JPEG or WebP image
  | 'fileTooLarge' // above `max` kilobytes
  | 'invalidRate' // an exchange rate that is not a positive number

export function validateCompanyName(value: string): ValidationIssue[] {
  return validateText(value, { field: 'companyName', max: COMPANY_NAME_MAX })
}

export function validateContactName(value: string, { optional = false } = {}): ValidationIssue[] {
  return validateText(value, { field: 'contactName', max: CONTACT_NAME_MAX, optional })
}

// The HTML standard's valid e-mail address (https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address):
// its local part takes letters, digits and .!#$%&'*+/=?^_`{|}~- only (no <, (, spaces or invisible characters); the
// domain is dotted, its labels following DNS rules, the last one alphabetic, so a typo like "lea@ephemere" is caught.
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

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
