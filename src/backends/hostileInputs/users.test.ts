import type { UserInput } from '@/domain/users/users'
import { USER_NAME_MAX } from '@/domain/users/userValidation'
import { INERT_TEXT, long, table, textRows, describeDoor, withValue } from './testing'

/** The add-user form's input on Boulangerie Dupré, valid as it is. */
const USER: UserInput = {
  firstName: 'Marie',
  lastName: 'Curie',
  alias: 'marie.curie',
  domain: 'dupre-boulangerie.fr',
  usageLocation: 'FR',
  subscriptionId: null,
}

export const USER_CASES = table([
  ...textRows('firstName', USER_NAME_MAX),
  ...textRows('lastName', USER_NAME_MAX),
  ...INERT_TEXT.map(([name, value]) => ['firstName', name, value, 'inert'] as const),
  ['alias', 'markup', '<img>', 'invalidCharacters'],
  ['alias', 'a zero-width space', 'marie\u200B', 'invalidCharacters'],
  ['alias', 'a javascript: URL', 'javascript:alert(1)', 'invalidCharacters'],
  ['alias', 'two dots', 'marie..curie', 'misplacedDot'],
  ['alias', '65 characters', long(65), 'tooLong'],
  ['alias', 'empty', '', 'required'],
  ['alias', 'a number', 7, 'unknown'],
  ['domain', 'markup', '<img>', 'unknown'],
  ['domain', "another tenant's", 'lemoine-avocats.fr', 'unknown'],
  ['domain', 'a number', 1, 'unknown'],
  ['usageLocation', 'an unknown country', 'ZZ', 'unknown'],
  ['usageLocation', '__proto__', '__proto__', 'unknown'],
  ['usageLocation', 'constructor', 'constructor', 'unknown'],
  ['subscriptionId', 'an unknown subscription', 'sub-nowhere', 'unknown'],
  ['subscriptionId', '__proto__', '__proto__', 'unknown'],
  ['subscriptionId', 'a number', 3, 'unknown'],
  ['', 'null for the user', null, 'unknown', 'user'],
  ['', 'a list for the user', [USER], 'unknown', 'user'],
])

describeDoor('add a user (local backend)', USER_CASES, {
  // Each accepted user gets an alias of its own, so the next one isn't refused as taken.
  write: (backend, value, hostile) =>
    backend.users.create(
      'tenant-dupre',
      withValue({ ...USER, alias: `hostile.${crypto.randomUUID().slice(0, 8)}` }, hostile.path, value),
    ),
  read: async (_backend, result, hostile) => (result as { user: Record<string, unknown> }).user[hostile.path],
  tables: ['meta', 'users', 'subscriptions', 'activity'],
})

/** The users import below the dialog: the same rows the CSV check reads, sent straight to the backend. */
export const USER_IMPORT_CASES = table([
  ['', '10,001 rows', Array.from({ length: 10_001 }, () => USER), 'aboveMaximum', 'file'],
  ['', '20,000 rows', Array.from({ length: 20_000 }, () => USER), 'aboveMaximum', 'file'],
  ['', 'an object for the rows', { 0: USER }, 'unknown', 'rows'],
  ['', 'a number as the first name', [{ ...USER, firstName: 42 }], 'unknown', 'firstName'],
  [
    '',
    'a line break in a first name',
    [{ ...USER, firstName: 'Jean\r\nPierre' }],
    'hiddenCharacters',
    'rows[0].firstName',
  ],
  [
    '',
    'a right-to-left override',
    [{ ...USER, lastName: 'Curie \u202Egnp.exe' }],
    'hiddenCharacters',
    'rows[0].lastName',
  ],
  ['', 'the same alias twice', [USER, USER], 'duplicate', 'rows[1].alias'],
])

describeDoor('import users (local backend)', USER_IMPORT_CASES, {
  write: (backend, value) => backend.users.importMany('tenant-dupre', value as UserInput[]),
  tables: ['meta', 'users', 'subscriptions', 'activity'],
})
