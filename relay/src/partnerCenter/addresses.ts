import type { PartnerCenter } from './client.js'
import { RelayError } from '../http.js'

/** A postal address as the console's form gives it, in Partner Center's field names. */
export interface PostalAddress {
  readonly addressLine1: string
  readonly addressLine2?: string
  readonly city: string
  readonly state?: string
  readonly postalCode: string
  readonly country: string
}

export type AddressField = keyof PostalAddress

/** One field's problem: missing (the relay's check) or invalid (Partner Center's words). */
export interface AddressProblem {
  readonly field: AddressField
  readonly kind: 'missing' | 'invalid'
  readonly message: string
}

export interface AddressCheck {
  /** Partner Center's status (https://learn.microsoft.com/partner-center/developer/validate-an-address). */
  readonly status: string
  /** Whether a customer can be created with this address as it is. */
  readonly valid: boolean
  readonly problems: readonly AddressProblem[]
  readonly suggestedAddresses: readonly PostalAddress[]
}

const FIELDS: readonly AddressField[] = ['addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'country']

/** Countries whose state Partner Center checks against a list, and so requires (the page's note). */
const STATE_COUNTRIES = ['US', 'CA', 'CN', 'MX']

/** The address in a request body, its text fields trimmed; anything else is left out. */
export function addressFrom(body: unknown): Partial<Record<AddressField, string>> {
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const address: Partial<Record<AddressField, string>> = {}
  for (const field of FIELDS) {
    const value = record[field]
    if (typeof value === 'string' && value.trim() !== '') address[field] = value.trim()
  }
  return address
}

/** The fields Partner Center's request-body table requires that are empty. */
export function missingProblems(address: Partial<Record<AddressField, string>>): AddressProblem[] {
  const required: AddressField[] = ['addressLine1', 'city', 'postalCode', 'country']
  if (address.country && STATE_COUNTRIES.includes(address.country.toUpperCase())) required.push('state')
  return required
    .filter(field => !address[field])
    .map(field => ({ field, kind: 'missing' as const, message: `${field} is required.` }))
}

/** Partner Center's names in `validationMessage` ("Address field invalid for property: 'Region', 'PostalCode'"). */
const PARTNER_CENTER_FIELDS: Readonly<Record<string, AddressField>> = {
  addressline1: 'addressLine1',
  addressline2: 'addressLine2',
  city: 'city',
  region: 'state',
  state: 'state',
  postalcode: 'postalCode',
  country: 'country',
}

/** The statuses with which Partner Center takes the address as it is. */
const VALID = ['VerifiedShippable', 'Verified']

interface ValidationResponse {
  readonly status?: string
  readonly validationMessage?: string
  readonly suggestedAddresses?: readonly PostalAddress[]
}

/**
 * Asks Partner Center's address validation about a complete address and says, per field, what it found wrong, in its
 * own words. A message that names no field Partner Center uses stays on the whole address (`addressLine1`).
 */
export async function checkAddress(partnerCenter: PartnerCenter, address: PostalAddress): Promise<AddressCheck> {
  const answer = await partnerCenter<ValidationResponse>('POST', '/validations/address', address)
  const status = answer.status ?? 'NotValidated'
  const message = answer.validationMessage ?? `Partner Center could not verify this address (${status}).`
  const named = [...message.matchAll(/'([A-Za-z0-9]+)'/g)]
    .map(match => PARTNER_CENTER_FIELDS[match[1]!.toLowerCase()])
    .filter((field): field is AddressField => field !== undefined)
  const valid = VALID.includes(status)
  const fields = valid ? [] : named.length > 0 ? [...new Set(named)] : (['addressLine1'] as AddressField[])
  return {
    status,
    valid,
    problems: fields.map(field => ({ field, kind: 'invalid' as const, message })),
    suggestedAddresses: answer.suggestedAddresses ?? [],
  }
}

/** The complete address in a body, or a 400 naming the missing fields. */
export function completeAddress(body: unknown): { address: PostalAddress } | { problems: AddressProblem[] } {
  const address = addressFrom(body)
  const problems = missingProblems(address)
  if (problems.length > 0) return { problems }
  return { address: { ...address, country: address.country!.toUpperCase() } as PostalAddress }
}

export function assertObject(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new RelayError(400, 'badRequest', 'The request body must be a JSON object.')
  return body as Record<string, unknown>
}
