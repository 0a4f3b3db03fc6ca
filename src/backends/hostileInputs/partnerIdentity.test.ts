import { LEGAL_NAME_MAX, IDENTITY_ADDRESS_MAX } from '@/domain/partner/partnerIdentity'
import { TEST_PARTNER_IDENTITY } from '@/domain/partner/partnerIdentityTesting'
import { INERT_TEXT, long, table, textRows, describeDoor, withValue } from './testing'

const IDENTITY = TEST_PARTNER_IDENTITY

export const IDENTITY_CASES = table([
  ...textRows('legalName', LEGAL_NAME_MAX),
  ...INERT_TEXT.map(([name, value]) => ['legalName', name, value, 'inert'] as const),
  ...textRows('address', IDENTITY_ADDRESS_MAX, { multiline: true }),
  ['country', 'an unknown code', 'ZZ', 'unknown'],
  ['country', '__proto__', '__proto__', 'unknown'],
  ['registrationNumber', 'not a SIRET', '123', 'invalidSiret'],
  ['registrationNumber', 'a bidi override', '732829320\u202E00074', 'hiddenCharacters'],
  ['vatNumber', 'not a French VAT number', 'FR12', 'invalidVatNumber'],
  ['phone', 'letters', 'call us', 'invalidPhone'],
  ['email', 'a javascript: URL', 'javascript:alert(1)', 'invalidEmail'],
  ['email', '255 characters', `${long(245)}@alpine.fr`, 'tooLong'],
  ['logo', 'an HTML data URL', 'data:text/html;base64,PGI+', 'invalidImage'],
  ['logo', 'a javascript: URL', 'javascript:alert(1)', 'invalidImage'],
  ['logo', 'a number', 1, 'unknown'],
])

describeDoor("the partner's identity on proposals (local backend)", IDENTITY_CASES, {
  write: (backend, value, hostile) => backend.partner.saveIdentity(withValue(IDENTITY, hostile.path, value)),
  read: async (_backend, result, hostile) => (result as unknown as Record<string, unknown>)[hostile.path],
  tables: ['meta', 'activity'],
})
