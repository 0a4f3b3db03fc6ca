import type { AddOnInput } from '@/domain/ledger/addOns'
import { ADD_ON_DESCRIPTION_MAX, ADD_ON_NOTES_MAX, ADD_ON_TECHNICIAN_MAX } from '@/domain/ledger/addOns'
import { INERT_TEXT, long, table, textRows, describeDoor, withValue } from './testing'

/** A training service as a technician records one, valid as it is. */
const SERVICE: AddOnInput = {
  kind: 'training',
  description: 'Formation Outlook Web Access',
  quantity: 2,
  unit: 'days',
  unitPriceMinor: 60_000,
  billing: 'oneOff',
  mailSource: null,
  quotedOn: '2025-03-01',
  startOn: null,
  deliveredOn: null,
  technician: '',
  notes: '',
}

export const SERVICE_CASES = table([
  ...textRows('description', ADD_ON_DESCRIPTION_MAX, { multiline: true }),
  ...INERT_TEXT.map(([name, value]) => ['description', name, value, 'inert'] as const),
  ['description', 'a line break, in a text area', 'Formation\r\nOutlook', 'inert'],
  ['description', 'a full-width equals sign', '＝1+1', 'inert'],
  ['technician', `${ADD_ON_TECHNICIAN_MAX + 1} characters`, long(ADD_ON_TECHNICIAN_MAX + 1), 'tooLong'],
  ['technician', 'a right-to-left override', 'Luc\u202E', 'hiddenCharacters'],
  ['technician', 'a number', 5, 'unknown'],
  ['notes', `${ADD_ON_NOTES_MAX + 1} characters`, long(ADD_ON_NOTES_MAX + 1), 'tooLong'],
  ['notes', 'a zero-width space', 'a\u200Bb', 'hiddenCharacters'],
  ['notes', 'a NUL', 'a\u0000b', 'hiddenCharacters'],
  ['quantity', 'NaN', Number.NaN, 'required'],
  ['quantity', 'Infinity', Number.POSITIVE_INFINITY, 'required'],
  ['quantity', 'negative', -2, 'belowMinimum'],
  ['quantity', 'three decimals', 1.125, 'tooManyDecimals'],
  [
    '',
    'half a mailbox',
    { ...SERVICE, kind: 'mailMigration', unit: 'mailboxes', quantity: 1.5, mailSource: 'pop3' },
    'notWholeNumber',
    'quantity',
  ],
  ['quantity', 'a billion', 1e9, 'aboveMaximum'],
  ['quantity', 'a string', '2', 'notNumber'],
  ['unitPriceMinor', 'NaN', Number.NaN, 'required', 'unitPrice'],
  ['unitPriceMinor', 'negative', -100, 'belowMinimum', 'unitPrice'],
  ['unitPriceMinor', 'a fraction of a cent', 0.5, 'tooManyDecimals', 'unitPrice'],
  ['unitPriceMinor', 'a string', '600', 'notNumber'],
  ['kind', 'an unknown kind', 'hacking', 'unknown'],
  ['kind', '__proto__', '__proto__', 'unknown'],
  ['unit', 'an unknown unit', 'parsecs', 'unknown'],
  ['billing', 'an unknown billing', 'forever', 'unknown'],
  ['billing', 'constructor', 'constructor', 'unknown'],
  ['quotedOn', 'the 30th of February', '2025-02-30', 'invalidDate'],
  ['quotedOn', 'month 13', '2025-13-01', 'invalidDate'],
  ['quotedOn', 'not a date', 'tomorrow', 'invalidDate'],
  ['quotedOn', 'empty', '', 'required'],
  ['startOn', 'the 31st of April', '2025-04-31', 'invalidDate'],
  ['', 'null for the service', null, 'unknown', 'service'],
])

describeDoor('record a service (local backend)', SERVICE_CASES, {
  write: (backend, value, hostile) => backend.services.create('tenant-dupre', withValue(SERVICE, hostile.path, value)),
  read: async (_backend, result, hostile) => (result as unknown as Record<string, unknown>)[hostile.path],
  tables: ['meta', 'services', 'activity'],
})
