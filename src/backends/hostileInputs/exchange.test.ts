import { DISPLAY_NAME_MAX } from '@/domain/console/exchange'
import { INERT_TEXT, long, table, textRows, describeDoor, withValue } from './testing'

const SENDER = { list: 'safe', value: 'fournisseur.fr' }
const LIST = { displayName: 'Commandes', alias: 'commandes', memberIds: [] as string[] }
const CONTACT = { displayName: 'Fournisseur Farine', email: 'commandes@moulin-farine.fr' }
const TABLES = ['meta', 'senders', 'distributionLists', 'contacts', 'activity']
const unique = () => crypto.randomUUID().slice(0, 8)
const field = (record: unknown, path: string) => (record as Record<string, unknown>)[path]

export const SENDER_CASES = table([
  ['list', 'a grey list', 'grey', 'unknown', 'senderList'],
  ['list', '__proto__', '__proto__', 'unknown', 'senderList'],
  ['list', 'a number', 1, 'unknown', 'senderList'],
  ['value', 'a script tag', '<script>alert(1)</script>', 'invalidDomain', 'sender'],
  ['value', 'two dots', 'a..com', 'invalidDomain', 'sender'],
  ['value', 'a zero-width space', 'fourn\u200Bisseur.fr', 'invalidDomain', 'sender'],
  ['value', 'a javascript: URL', 'javascript:alert(1)', 'invalidDomain', 'sender'],
  ['value', '300 characters', `${long(290)}.fr`, 'tooLong', 'sender'],
  ['value', 'empty', '', 'required', 'sender'],
  ['value', 'a number', 42, 'unknown', 'sender'],
])

export const LIST_CASES = table([
  ...textRows('displayName', DISPLAY_NAME_MAX, { field: 'listName' }),
  ...INERT_TEXT.map(([name, value]) => ['displayName', name, value, 'inert'] as const),
  ['alias', 'markup', '<img>', 'invalidCharacters', 'listAlias'],
  ['alias', 'two dots', 'com..mandes', 'misplacedDot', 'listAlias'],
  ['alias', '65 characters', long(65), 'tooLong', 'listAlias'],
  ['alias', "a user's", 'nicolas.barbier', 'taken', 'listAlias'],
  ['memberIds', 'an unknown member', ['user-nowhere'], 'unknown', 'listMembers'],
  ['memberIds', 'an object for the list', { 0: 'user-1' }, 'unknown', 'listMembers'],
  ['memberIds', 'a number as a member', [1], 'unknown', 'listMembers[0]'],
])

export const CONTACT_CASES = table([
  ...textRows('displayName', DISPLAY_NAME_MAX, { field: 'mailContactName' }),
  ['email', 'a javascript: URL', 'javascript:alert(1)', 'invalidEmail', 'mailContactEmail'],
  ['email', 'markup', '<img/src=x>@evil.com', 'invalidEmail', 'mailContactEmail'],
  ['email', "on the tenant's own domain", 'pierre@dupre-boulangerie.fr', 'internalAddress', 'mailContactEmail'],
  ['email', '255 characters', `${long(245)}@moulin.fr`, 'tooLong', 'mailContactEmail'],
  ['email', 'a number', 1, 'unknown', 'mailContactEmail'],
])

describeDoor('add a safe or blocked sender (local backend)', SENDER_CASES, {
  write: (backend, value, hostile) =>
    backend.exchange.senders.add('tenant-dupre', withValue(SENDER, hostile.path, value) as never),
  tables: TABLES,
})

describeDoor('add a distribution list (local backend)', LIST_CASES, {
  write: (backend, value, hostile) =>
    backend.exchange.distributionLists.add(
      'tenant-dupre',
      withValue({ ...LIST, alias: `l${unique()}` }, hostile.path, value),
    ),
  read: async (_backend, result, hostile) => field(result, hostile.path),
  tables: TABLES,
})

describeDoor('add a mail contact (local backend)', CONTACT_CASES, {
  write: (backend, value, hostile) =>
    backend.exchange.contacts.add(
      'tenant-dupre',
      withValue({ ...CONTACT, email: `c${unique()}@moulin.fr` }, hostile.path, value),
    ),
  tables: TABLES,
})
