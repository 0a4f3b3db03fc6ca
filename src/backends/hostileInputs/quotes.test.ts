import type { QuoteInput } from '@/domain/quotes/quotes'
import { COMPANY_NAME_MAX } from '@/domain/validation'
import { INERT_TEXT, long, table, textRows, describeDoor, withValue } from './testing'

const SERVICE_LINE = {
  kind: 'training',
  description: 'Formation Outlook',
  quantity: 1,
  unit: 'days',
  unitPriceMinor: 60_000,
  billing: 'oneOff',
  mailSource: null,
} as const

const QUOTE: QuoteInput = {
  prospect: { companyName: 'Menuiserie Garnier', employees: 45, contactName: '', contactEmail: '', country: 'FR' },
  lines: [{ offerId: 'standard-suite', seats: 45 }],
  services: [SERVICE_LINE],
  createdOn: '2025-03-10',
  validUntil: '2025-04-09',
  status: 'draft',
}

export const QUOTE_CASES = table([
  ...textRows('prospect.companyName', COMPANY_NAME_MAX, { field: 'companyName' }),
  ...INERT_TEXT.map(([name, value]) => ['prospect.companyName', name, value, 'inert'] as const),
  ['prospect.contactName', '10,000 characters', long(10_000), 'tooLong', 'contactName'],
  ['prospect.contactName', 'a right-to-left override', 'Luc \u202EGarnier', 'hiddenCharacters', 'contactName'],
  ['prospect.contactEmail', 'a javascript: URL', 'javascript:alert(1)', 'invalidEmail', 'contactEmail'],
  ['prospect.employees', 'NaN', Number.NaN, 'required', 'employees'],
  ['prospect.employees', 'negative', -5, 'belowMinimum', 'employees'],
  ['prospect.employees', 'fractional', 4.5, 'notWholeNumber', 'employees'],
  ['prospect.employees', 'a billion', 1e9, 'aboveMaximum', 'employees'],
  ['prospect.employees', 'a string', '45', 'notNumber', 'employees'],
  ['prospect.country', 'an unknown country', 'ZZ', 'unknown', 'country'],
  ['prospect.country', '__proto__', '__proto__', 'unknown', 'country'],
  ['lines.0.seats', 'Infinity', Number.POSITIVE_INFINITY, 'required', 'seats.standard-suite'],
  ['lines.0.seats', 'fractional', 2.5, 'notWholeNumber', 'seats.standard-suite'],
  ['lines.0.offerId', 'an unknown offer', 'free-suite', 'unknown', 'offers'],
  ['services', '5,000 service lines', Array.from({ length: 5000 }, () => SERVICE_LINE), 'aboveMaximum'],
  ['services', 'an object for the list', { 0: SERVICE_LINE }, 'unknown'],
  ['services.0.description', '10,000 characters', long(10_000), 'tooLong', 'services[0].description'],
  ['services.0.description', 'a zero-width space', 'For\u200Bmation', 'hiddenCharacters', 'services[0].description'],
  ['services.0.quantity', 'negative', -1, 'belowMinimum', 'services[0].quantity'],
  ['services.0.kind', 'an unknown kind', 'hacking', 'unknown', 'services[0].kind'],
  ['createdOn', 'the 30th of February', '2025-02-30', 'invalidDate'],
  ['validUntil', 'before it was made', '2025-01-01', 'beforeStart'],
  ['validUntil', 'month 13', '2025-13-01', 'invalidDate'],
  ['status', 'an unknown status', 'hacked', 'unknown'],
  ['status', 'constructor', 'constructor', 'unknown'],
])

describeDoor('a quote (local backend)', QUOTE_CASES, {
  write: (backend, value, hostile) => backend.quotes.create(withValue(QUOTE, hostile.path, value)),
  read: async (_backend, result) => (result as QuoteInput).prospect.companyName,
  tables: ['meta', 'quotes', 'activity'],
})
