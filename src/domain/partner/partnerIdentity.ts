import type { ValidationIssue } from '../validation'
import { isCountryCode } from '../countries'
import { validateText } from '../text'
import { validateEmail } from '../validation'

/**
 * Who the partner is on paper: what a client reads at the top of every proposal and signs under.
 * French law asks a quote to name the business, its address and its SIRET (Code de commerce,
 * article R123-237) and its VAT number for intra-EU trade; other countries ask their equivalents.
 */
export interface PartnerIdentity {
  readonly legalName: string
  /** Street, postal code and town, as printed: line breaks are the person's. */
  readonly address: string
  /** ISO 3166-1 alpha-2: which registration number the partner has (SIRET in France). */
  readonly country: string
  /** SIRET in France (14 digits), else the country's company number. */
  readonly registrationNumber: string
  /** Intra-community VAT number, optional outside the EU. */
  readonly vatNumber: string
  readonly phone: string
  readonly email: string
  /** The logo as a `data:` URL (PNG, JPEG or WebP), or null. */
  readonly logo: string | null
  /**
   * Where the backend counts changes: the settings form sends back the one it was filled from, and
   * a save over a newer identity is refused. Never printed, never exported.
   */
  readonly version?: number
}

export const LEGAL_NAME_MAX = 100
export const IDENTITY_ADDRESS_MAX = 200
export const REGISTRATION_NUMBER_MAX = 30
export const VAT_NUMBER_MAX = 20
/** Kept inside one shared record on Microsoft 365 (a SharePoint note column holds 63,999 characters). */
export const LOGO_MAX_BYTES = 40_000
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const

export function emptyPartnerIdentity(): PartnerIdentity {
  return {
    legalName: '',
    address: '',
    country: 'FR',
    registrationNumber: '',
    vatNumber: '',
    phone: '',
    email: '',
    logo: null,
  }
}

/** The Luhn check SIRET and SIREN use (INSEE); La Poste's SIRETs (SIREN 356000000) sum their digits instead. */
function luhn(digits: string): boolean {
  let total = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    total += digit
  }
  return total % 10 === 0
}

/** Whether `value` (spaces allowed) is a SIRET: 14 digits passing INSEE's check. */
export function isSiret(value: string): boolean {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{14}$/.test(digits)) return false
  if (digits.startsWith('356000000')) return [...digits].reduce((sum, d) => sum + Number(d), 0) % 5 === 0
  return luhn(digits)
}

/**
 * Whether `value` is shaped like a VAT number of `country`: its two-letter prefix (Greece's is EL)
 * then 2 to 13 letters or digits; in France "FR", a 2-character key and the 9-digit SIREN.
 */
export function isVatNumber(value: string, country: string): boolean {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase()
  if (country === 'FR') return /^FR[0-9A-Z]{2}\d{9}$/.test(compact)
  const prefix = country === 'GR' ? 'EL' : country
  return compact.startsWith(prefix) && /^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(compact)
}

/** How many bytes a base64 `data:` URL holds, and its media type; null when it is not one. */
export function readDataUrl(url: string): { type: string; bytes: number } | null {
  const match = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(url)
  if (!match) return null
  const body = match[2]!
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0
  return { type: match[1]!, bytes: (body.length / 4) * 3 - padding }
}

const PHONE = /^\+?[0-9 ().-]{6,20}$/

/** Every issue, field by field; empty when the identity may be stored. */
export function validatePartnerIdentity(identity: PartnerIdentity): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    ...validateText(identity.legalName, { field: 'legalName', max: LEGAL_NAME_MAX }),
    ...validateText(identity.address, { field: 'address', max: IDENTITY_ADDRESS_MAX, multiline: true }),
  ]
  if (!isCountryCode(identity.country))
    issues.push({ field: 'country', code: identity.country === '' ? 'required' : 'unknown' })
  const registration = identity.registrationNumber.trim()
  const registrationIssues = validateText(registration, { field: 'registrationNumber', max: REGISTRATION_NUMBER_MAX })
  if (registrationIssues.length > 0) issues.push(...registrationIssues)
  else if (identity.country === 'FR' && !isSiret(registration))
    issues.push({ field: 'registrationNumber', code: 'invalidSiret' })
  const vat = identity.vatNumber.trim()
  if (vat !== '') {
    const vatIssues = validateText(vat, { field: 'vatNumber', max: VAT_NUMBER_MAX })
    if (vatIssues.length > 0) issues.push(...vatIssues)
    else if (!isVatNumber(vat, identity.country))
      issues.push({ field: 'vatNumber', code: 'invalidVatNumber', params: { country: identity.country } })
  }
  const phone = identity.phone.trim()
  if (phone === '') issues.push({ field: 'phone', code: 'required' })
  else if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 6)
    issues.push({ field: 'phone', code: 'invalidPhone' })
  issues.push(...validateEmail(identity.email, 'email'))
  if (identity.logo !== null) {
    const logo = readDataUrl(identity.logo)
    if (!logo || !(LOGO_TYPES as readonly string[]).includes(logo.type))
      issues.push({ field: 'logo', code: 'invalidImage' })
    else if (logo.bytes > LOGO_MAX_BYTES)
      issues.push({ field: 'logo', code: 'fileTooLarge', params: { max: Math.floor(LOGO_MAX_BYTES / 1000) } })
  }
  return issues
}

/** The identity as stored: text trimmed, numbers without spaces, the VAT number in capitals. */
/** The identity as a person fills it in: its fields without the backend's change counter. */
export function identityFields(identity: PartnerIdentity): PartnerIdentity {
  const { legalName, address, country, registrationNumber, vatNumber, phone, email, logo } = identity
  return { legalName, address, country, registrationNumber, vatNumber, phone, email, logo }
}

export function normalizePartnerIdentity(identity: PartnerIdentity): PartnerIdentity {
  return {
    legalName: identity.legalName.trim(),
    address: identity.address
      .trim()
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '')
      .join('\n'),
    country: identity.country,
    registrationNumber: identity.registrationNumber.trim(),
    vatNumber: identity.vatNumber.replace(/[\s.-]/g, '').toUpperCase(),
    phone: identity.phone.trim(),
    email: identity.email.trim(),
    logo: identity.logo,
  }
}
