import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import { describe, it } from 'vitest'
import { COMPANY_NAME_MAX, CONTACT_NAME_MAX } from '@/domain/validation'
import { ADDRESS_LINE_MAX, CITY_MAX, PERSON_NAME_MAX } from '@/domain/tenant/postalAddress'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'
import { INERT_TEXT, long, runCase, table, textRows, useDemo, withValue } from './testing'

/** The provisioning form's request, valid as it is; each case changes one value. */
const REQUEST: ProvisionRequest = {
  companyName: 'Menuiserie Garnier',
  contactName: 'Paul Garnier',
  contactEmail: 'paul@menuiserie-garnier.fr',
  contactPhone: '',
  country: 'FR',
  address: TEST_ADDRESS,
  agreement: TEST_AGREEMENT,
  language: 'fr',
  domainPrefix: 'menuiseriegarnier',
  lines: [{ offerId: 'standard-suite', seats: 12 }],
  billing: 'paid',
}

const SEATS = 'seats.standard-suite'

export const PROVISIONING_CASES = table([
  ...textRows('companyName', COMPANY_NAME_MAX),
  ...INERT_TEXT.map(([name, value]) => ['companyName', name, value, 'inert'] as const),
  ['companyName', `${COMPANY_NAME_MAX} characters, the limit`, long(COMPANY_NAME_MAX), 'inert'],
  ...textRows('contactName', CONTACT_NAME_MAX),
  ['contactEmail', 'a javascript: URL', 'javascript:alert(1)', 'invalidEmail'],
  ['contactEmail', 'markup in the local part', '<img/src=x/onerror=alert(1)>@evil.com', 'invalidEmail'],
  ['contactEmail', 'a zero-width space', 'pat\u200B@probe.fr', 'invalidEmail'],
  ['contactEmail', 'no dot in the domain', 'lea@ephemere', 'invalidEmail'],
  ['contactEmail', 'two dots in the domain', 'lea@a..com', 'invalidEmail'],
  ['contactEmail', '255 characters', `${long(245)}@garnier.fr`, 'tooLong'],
  ['contactEmail', 'a number', 42, 'unknown'],
  ['contactPhone', 'letters', 'call me', 'invalidPhone'],
  ['contactPhone', 'a right-to-left override', '+33\u202E4 76 12 34 56', 'invalidPhone'],
  ['contactPhone', 'a formula', '=1+1', 'invalidPhone'],
  ['country', 'an unknown code', 'ZZ', 'unknown'],
  ['country', '__proto__', '__proto__', 'unknown'],
  ['country', 'constructor', 'constructor', 'unknown'],
  ['language', 'an unknown language', 'xx', 'unknown'],
  ['language', 'toString', 'toString', 'unknown'],
  ['domainPrefix', 'two dots', 'a..com', 'invalidCharacters'],
  ['domainPrefix', 'markup', '<img>', 'invalidCharacters'],
  ['domainPrefix', 'a leading hyphen', '-garnier', 'hyphenAtEdge'],
  ['domainPrefix', 'all digits', '12345', 'allDigits'],
  ['domainPrefix', '64 characters', long(64), 'tooLong'],
  ['domainPrefix', "another tenant's", 'boulangerie-dupre', 'taken'],
  ['domainPrefix', '__proto__', '__proto__', 'invalidCharacters'],
  ['domainPrefix', 'a zero-width space', 'gar\u200Bnier', 'invalidCharacters'],
  ['billing', 'an unknown kind', 'free', 'unknown'],
  ['billing', 'constructor', 'constructor', 'unknown'],
  ['billing', 'a number', 1, 'unknown'],
  ['lines', 'no offer', [], 'noOffer', 'offers'],
  ['lines', 'an object for the list', { 0: { offerId: 'standard-suite', seats: 1 } }, 'unknown'],
  ['lines', 'an unknown offer', [{ offerId: 'free-suite', seats: 1 }], 'unknown', 'offers'],
  ['lines', 'offer __proto__', [{ offerId: '__proto__', seats: 1 }], 'unknown', 'offers'],
  ['lines', 'the same offer twice', [REQUEST.lines[0], REQUEST.lines[0]], 'duplicateOffer', 'offers'],
  ['lines', '21 lines', Array.from({ length: 21 }, () => REQUEST.lines[0]), 'aboveMaximum', 'offers'],
  ['lines.0.seats', 'NaN', Number.NaN, 'required', SEATS],
  ['lines.0.seats', 'Infinity', Number.POSITIVE_INFINITY, 'required', SEATS],
  ['lines.0.seats', 'negative', -1, 'belowMinimum', SEATS],
  ['lines.0.seats', 'zero', 0, 'belowMinimum', SEATS],
  ['lines.0.seats', 'fractional', 1.5, 'notWholeNumber', SEATS],
  ['lines.0.seats', 'a billion', 1e9, 'aboveMaximum', SEATS],
  ['lines.0.seats', 'a string', '12', 'notNumber', 'seats'],
  ['lines.0.seats', 'null', null, 'notNumber', 'seats'],
  ...textRows('address.addressLine1', ADDRESS_LINE_MAX),
  ['address.city', '10,000 characters', long(10_000), 'tooLong'],
  ['address.city', `${CITY_MAX + 1} characters`, long(CITY_MAX + 1), 'tooLong'],
  ['address.city', 'a right-to-left override', 'Grenoble\u202E', 'hiddenCharacters'],
  ['address.postalCode', 'not French', 'ABCDE', 'invalidPostalCode'],
  ['address', 'null', null, 'unknown'],
  ['agreement.accepted', 'not accepted', false, 'notAccepted'],
  ['agreement.accepted', 'the string "yes"', 'yes', 'unknown'],
  ['agreement.dateAgreed', 'the 30th of February', '2025-02-30', 'invalidDate'],
  ['agreement.dateAgreed', 'month 13', '2025-13-01', 'invalidDate'],
  ['agreement.dateAgreed', 'not a date', 'yesterday', 'invalidDate'],
  ['agreement.dateAgreed', 'in the future', '2099-01-01', 'afterToday'],
  ['agreement.email', 'not an address', 'elodie', 'invalidEmail'],
  ['agreement.firstName', `${PERSON_NAME_MAX + 1} characters`, long(PERSON_NAME_MAX + 1), 'tooLong'],
  ['agreement.firstName', 'a bidi override', 'Élodie\u202E', 'hiddenCharacters'],
  ['', 'null for the request', null, 'unknown', 'request'],
  ['', 'a list for the request', [REQUEST], 'unknown', 'request'],
  ['', 'a string for the request', 'Menuiserie Garnier', 'unknown', 'request'],
])

describe('hostile inputs: tenant provisioning (local backend)', () => {
  const demo = useDemo()
  let next = 0

  it.each(PROVISIONING_CASES)('$name', async hostile => {
    // An accepted request takes its own prefix, so the next one isn't refused as taken.
    const base = { ...REQUEST, domainPrefix: `hostile-${(next += 1)}` }
    await runCase(
      demo.db(),
      hostile,
      value => demo.backend().tenants.provision(withValue(base, hostile.path, value)),
      async result => (result as { tenant: Record<string, unknown> }).tenant[hostile.path],
      ['meta', 'tenants', 'subscriptions', 'configurations', 'activity'],
    )
  })
})
