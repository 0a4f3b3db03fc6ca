/**
 * Partner Center's address validation (`POST /v1/validations/address`,
 * https://learn.microsoft.com/partner-center/developer/validate-an-address): required fields, then a status and
 * suggested addresses. Its rules: the state is checked against a list in the United States, Canada, China and Mexico,
 * and elsewhere only as a string. How a street is judged "partial" and which postal codes a country takes are not
 * documented: the test world's rules for them are its own (README).
 */

export interface PartnerCenterAddress {
  addressLine1?: string
  addressLine2?: string
  city?: string
  state?: string
  postalCode?: string
  country?: string
}

/** The statuses the page lists; the test world answers the first two, `StreetPartial` and `None`. */
export type AddressStatus =
  | 'VerifiedShippable'
  | 'Verified'
  | 'InteractionRequired'
  | 'StreetPartial'
  | 'PremisesPartial'
  | 'Multiple'
  | 'None'
  | 'NotValidated'

export interface AddressValidation {
  readonly originalAddress: PartnerCenterAddress
  readonly suggestedAddresses: PartnerCenterAddress[]
  readonly status: AddressStatus
  readonly validationMessage?: string
}

const FIELDS = ['addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'country'] as const

/** The request's address, its property names taken without case (the page's example sends `AddressLine1`). */
export function addressOf(body: unknown): PartnerCenterAddress {
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const address: PartnerCenterAddress = {}
  for (const [key, value] of Object.entries(record)) {
    const field = FIELDS.find(name => name.toLowerCase() === key.toLowerCase())
    if (field && typeof value === 'string' && value.trim() !== '') address[field] = value.trim()
  }
  return address
}

/** The fields the request-body table marks required that are missing; the state only where it is checked. */
export function missingFields(address: PartnerCenterAddress): string[] {
  const required = ['addressLine1', 'city', 'postalCode', 'country'] as const
  const missing: string[] = required.filter(name => !address[name])
  if (address.country && STATES[address.country.toUpperCase()] && !address.state) missing.push('state')
  return missing
}

const STATES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'AL',
    'AK',
    'AZ',
    'AR',
    'CA',
    'CO',
    'CT',
    'DE',
    'DC',
    'FL',
    'GA',
    'HI',
    'ID',
    'IL',
    'IN',
    'IA',
    'KS',
    'KY',
    'LA',
    'ME',
    'MD',
    'MA',
    'MI',
    'MN',
    'MS',
    'MO',
    'MT',
    'NE',
    'NV',
    'NH',
    'NJ',
    'NM',
    'NY',
    'NC',
    'ND',
    'OH',
    'OK',
    'OR',
    'PA',
    'RI',
    'SC',
    'SD',
    'TN',
    'TX',
    'UT',
    'VT',
    'VA',
    'WA',
    'WV',
    'WI',
    'WY',
  ],
  CA: ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'],
  MX: [
    'AGU',
    'BCN',
    'BCS',
    'CAM',
    'CHP',
    'CHH',
    'CMX',
    'COA',
    'COL',
    'DUR',
    'GUA',
    'GRO',
    'HID',
    'JAL',
    'MEX',
    'MIC',
    'MOR',
    'NAY',
    'NLE',
    'OAX',
    'PUE',
    'QUE',
    'ROO',
    'SLP',
    'SIN',
    'SON',
    'TAB',
    'TAM',
    'TLA',
    'VER',
    'YUC',
    'ZAC',
  ],
  CN: [
    'AH',
    'BJ',
    'CQ',
    'FJ',
    'GD',
    'GS',
    'GX',
    'GZ',
    'HA',
    'HB',
    'HE',
    'HI',
    'HL',
    'HN',
    'JL',
    'JS',
    'JX',
    'LN',
    'NM',
    'NX',
    'QH',
    'SC',
    'SD',
    'SH',
    'SN',
    'SX',
    'TJ',
    'XJ',
    'XZ',
    'YN',
    'ZJ',
  ],
}

/** Postal codes by country, the test world's own rule (five digits in France, Germany, Spain, Italy...). */
const POSTAL_CODES: Readonly<Record<string, RegExp>> = {
  FR: /^\d{5}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  BE: /^\d{4}$/,
  LU: /^(L-)?\d{4}$/i,
  CH: /^\d{4}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
}

/**
 * The property names Partner Center uses in `validationMessage` ("Address field invalid for property: 'Region',
 * 'PostalCode', 'City'", the page's StreetPartial example).
 */
const MESSAGE_NAMES = { addressLine1: 'AddressLine1', city: 'City', state: 'Region', postalCode: 'PostalCode' } as const

/** Validates a complete address (`missingFields` empty). */
export function validateAddress(address: PartnerCenterAddress): AddressValidation {
  const country = address.country!.toUpperCase()
  const invalid: (keyof typeof MESSAGE_NAMES)[] = []
  const states = STATES[country]
  if (states && !states.includes(address.state!.toUpperCase())) invalid.push('state')
  const postal = POSTAL_CODES[country]
  if (postal && !postal.test(address.postalCode!)) invalid.push('postalCode')
  if (!/\p{L}/u.test(address.city!)) invalid.push('city')
  const message = (fields: readonly (keyof typeof MESSAGE_NAMES)[]) =>
    `Address field invalid for property: ${fields.map(f => `'${MESSAGE_NAMES[f]}'`).join(', ')}`
  const originalAddress = { ...address }
  if (invalid.length > 0)
    return { originalAddress, suggestedAddresses: [], status: 'None', validationMessage: message(invalid) }
  const suggestion = { ...address, country }
  // A street line with no number: the street is known, not the premises on it.
  if (!/\d/.test(address.addressLine1!))
    return {
      originalAddress,
      suggestedAddresses: [{ ...suggestion, addressLine1: `1 ${address.addressLine1}` }],
      status: 'StreetPartial',
      validationMessage: message(['addressLine1']),
    }
  return { originalAddress, suggestedAddresses: [suggestion], status: 'VerifiedShippable' }
}

/** Whether Partner Center would take the address for a customer: verified, possibly with a suggestion to confirm. */
export function addressAccepted(validation: AddressValidation): boolean {
  return ['VerifiedShippable', 'Verified', 'InteractionRequired'].includes(validation.status)
}
