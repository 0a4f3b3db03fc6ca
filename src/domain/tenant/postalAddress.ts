import type { IsoDate } from '../dates'
import type { ValidationIssue } from '../validation'
import { validateEmail } from '../validation'
import { validateText } from '../text'

/**
 * A new customer's postal address and the Microsoft Customer Agreement's acceptance: what Partner Center needs to
 * create a customer and sell it new-commerce licences. "To create a customer tenant you must provide a valid physical
 * address" (https://learn.microsoft.com/partner-center/developer/create-a-customer), and "confirmation of the
 * customer's acceptance of the Microsoft Customer Agreement" comes before any purchase
 * (https://learn.microsoft.com/partner-center/developer/purchase-new-commerce-license-based). The demo asks the same,
 * so it shows the form a partner fills on Microsoft 365.
 */

/** The address as typed, the country apart (the tenant's own). Empty optional parts are ''. */
export interface PostalAddress {
  readonly addressLine1: string
  readonly addressLine2: string
  readonly city: string
  /** The state, province or region; required only where `STATE_COUNTRIES` says. */
  readonly state: string
  readonly postalCode: string
}

/** Who at the customer accepted the Microsoft Customer Agreement, and when ("Confirm customer acceptance"). */
export interface AgreementAcceptance {
  readonly firstName: string
  readonly lastName: string
  readonly email: string
  /** Optional: '' when not given. */
  readonly phone: string
  /** The partner confirms the person accepted it: nothing is bought without it. */
  readonly accepted: boolean
  readonly dateAgreed: IsoDate
}

/** Lengths the console keeps to (Partner Center publishes none): room for any real line, not for a pasted paragraph. */
export const ADDRESS_LINE_MAX = 100
export const CITY_MAX = 60
export const STATE_MAX = 60
export const POSTAL_CODE_MAX = 20
export const PERSON_NAME_MAX = 64

/**
 * Countries whose state Partner Center checks against a list, so it can't be left out: the United States, Canada,
 * China and Mexico ("Validate an address", https://learn.microsoft.com/partner-center/developer/validate-an-address).
 */
export const STATE_COUNTRIES: readonly string[] = ['US', 'CA', 'CN', 'MX']

/**
 * Postal codes the console knows, by country, as Google's address data gives them (libaddressinput, the `zip` of
 * https://chromium-i18n.appspot.com/ssl-address/data/<country>), anchored and case-insensitive; the United Kingdom's
 * is the outward and inward code of Royal Mail's format, without its list of areas. Elsewhere any code up to
 * `POSTAL_CODE_MAX` characters is taken, and Partner Center's validation has the last word.
 */
export const POSTAL_CODE_PATTERNS: Readonly<Record<string, RegExp>> = {
  AT: /^\d{4}$/,
  BE: /^\d{4}$/,
  CA: /^[ABCEGHJKLMNPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
  CH: /^\d{4}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  FR: /^\d{2} ?\d{3}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  IE: /^[\dA-Z]{3} ?[\dA-Z]{4}$/i,
  IT: /^\d{5}$/,
  LU: /^(?:L-)?\d{4}$/i,
  MC: /^980\d{2}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  US: /^\d{5}(?:[ -]\d{4})?$/,
}

/** An example of each known country's postal code, for the message that refuses one. */
export const POSTAL_CODE_EXAMPLES: Readonly<Record<string, string>> = {
  AT: '1010',
  BE: '1000',
  CA: 'K1A 0B1',
  CH: '1204',
  DE: '10115',
  ES: '28001',
  FR: '75008',
  GB: 'SW1A 1AA',
  IE: 'D02 X285',
  IT: '00184',
  LU: '1736',
  MC: '98000',
  NL: '1012 AB',
  US: '98052',
}

export function emptyPostalAddress(): PostalAddress {
  return { addressLine1: '', addressLine2: '', city: '', state: '', postalCode: '' }
}

export function emptyAgreement(today: IsoDate): AgreementAcceptance {
  return { firstName: '', lastName: '', email: '', phone: '', accepted: false, dateAgreed: today }
}

function text(value: string, field: string, max: number, required: boolean): ValidationIssue[] {
  return validateText(value, { field, max, optional: !required })
}

/** Every issue in an address for `country` (ISO 3166-1 alpha-2), each on its `address.<part>` field. */
export function validatePostalAddress(address: PostalAddress, country: string): ValidationIssue[] {
  const issues = [
    ...text(address.addressLine1, 'address.addressLine1', ADDRESS_LINE_MAX, true),
    ...text(address.addressLine2, 'address.addressLine2', ADDRESS_LINE_MAX, false),
    ...text(address.city, 'address.city', CITY_MAX, true),
    ...text(address.state, 'address.state', STATE_MAX, STATE_COUNTRIES.includes(country)),
  ]
  const postalCode = address.postalCode.trim()
  // Own entries only: a country named `constructor` or `__proto__` has no pattern.
  const pattern = Object.hasOwn(POSTAL_CODE_PATTERNS, country) ? POSTAL_CODE_PATTERNS[country] : undefined
  if (postalCode === '') issues.push({ field: 'address.postalCode', code: 'required' })
  else if (pattern && !pattern.test(postalCode))
    issues.push({
      field: 'address.postalCode',
      code: 'invalidPostalCode',
      params: { example: POSTAL_CODE_EXAMPLES[country] ?? '' },
    })
  else if (!pattern) issues.push(...text(postalCode, 'address.postalCode', POSTAL_CODE_MAX, true))
  return issues
}

const PHONE = /^\+?[0-9 ().-]{6,20}$/

/** A calendar date written yyyy-mm-dd (month 13 or the 30th of February are not). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * Every issue in the agreement's acceptance, each on its `agreement.<part>` field: who accepted it (a first and last
 * name and an e-mail, as Partner Center's `primaryContact` needs), that they did, and on which day (not after `today`).
 */
export function validateAgreement(agreement: AgreementAcceptance, today: IsoDate): ValidationIssue[] {
  const phone = agreement.phone.trim()
  const issues = [
    ...text(agreement.firstName, 'agreement.firstName', PERSON_NAME_MAX, true),
    ...text(agreement.lastName, 'agreement.lastName', PERSON_NAME_MAX, true),
    ...validateEmail(agreement.email, 'agreement.email'),
    ...(phone === '' || (PHONE.test(phone) && phone.replace(/\D/g, '').length >= 6)
      ? []
      : [{ field: 'agreement.phone', code: 'invalidPhone' as const }]),
  ]
  if (!agreement.accepted) issues.push({ field: 'agreement.accepted', code: 'notAccepted' })
  const date = agreement.dateAgreed.trim()
  if (date === '') issues.push({ field: 'agreement.dateAgreed', code: 'required' })
  else if (!isCalendarDate(date)) issues.push({ field: 'agreement.dateAgreed', code: 'invalidDate' })
  else if (date > today) issues.push({ field: 'agreement.dateAgreed', code: 'afterToday' })
  return issues
}

/** The address as stored and sent: each part trimmed, the postal code in capitals ("sw1a 1aa" is "SW1A 1AA"). */
export function trimmedAddress(address: PostalAddress): PostalAddress {
  return {
    addressLine1: address.addressLine1.trim(),
    addressLine2: address.addressLine2.trim(),
    city: address.city.trim(),
    state: address.state.trim(),
    postalCode: address.postalCode.trim().toUpperCase(),
  }
}

/** A first and a last name from one: the last word is the family name ("Élodie Dupré"), a single word is both. */
export function splitPersonName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/)
  const lastName = words.pop() ?? ''
  return { firstName: words.join(' ') || lastName, lastName }
}

/** The address as an envelope shows it, line by line: the street lines, then postal code and city, then state. */
export function addressLines(address: PostalAddress): string[] {
  const part = (value: string) => value.trim()
  return [
    part(address.addressLine1),
    part(address.addressLine2),
    [part(address.postalCode), part(address.city)].filter(Boolean).join(' '),
    part(address.state),
  ].filter(Boolean)
}
