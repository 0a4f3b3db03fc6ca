import type { ConsoleExport } from '../local/import/exportFormat'
import type { ValidationCode } from '@/domain/validation'
import { describe, expect, it } from 'vitest'
import { isBackendError } from '../backend'
import { expectMessages, long, stored, useDemo } from './testing'

type Document = ConsoleExport & Record<string, unknown>
/** A mutable view of one record, for spoiling it. */
type Loose = Record<string, unknown>

const at = <T>(list: readonly T[], test: (item: T) => boolean) => list.findIndex(test)
const tenantIndex = (doc: Document, id: string) => at(doc.tenants, t => t.tenant.id === id)
const tenant = (doc: Document, id: string) => doc.tenants[tenantIndex(doc, id)]!.tenant as unknown as Loose
const configIndex = (doc: Document, id: string) => at(doc.configurations, c => c.tenantId === id)
const settingsOf = (doc: Document, id: string) => doc.configurations[configIndex(doc, id)]!.settings as unknown as Loose
const dupreUser = (doc: Document) => at(doc.users, u => u.tenantId === 'tenant-dupre')
const domains = (doc: Document, id: string) => tenant(doc, id).domains as Loose[]

/** A tampered export: `spoil` changes one thing; the import must name `field` with `code` and change nothing. */
type JsonCase = readonly [
  name: string,
  spoil: (doc: Document) => void,
  field: (doc: Document) => string,
  code: ValidationCode,
]

export const JSON_IMPORT_CASES: readonly JsonCase[] = [
  [
    'a Deskless-only tenant with POP3 off',
    doc => (settingsOf(doc, 'tenant-ecrins')['exchange.pop3'] = false),
    doc => `configurations[${configIndex(doc, 'tenant-ecrins')}].settings.exchange.pop3`,
    'notAvailable',
  ],
  [
    'a Deskless-only tenant with a 25,600 MB mailbox',
    doc => (settingsOf(doc, 'tenant-ecrins')['exchange.defaultMailboxMb'] = 25_600),
    doc => `configurations[${configIndex(doc, 'tenant-ecrins')}].settings.exchange.defaultMailboxMb`,
    'aboveMaximum',
  ],
  [
    'a Standard tenant with a 1e9 MB mailbox',
    doc => (settingsOf(doc, 'tenant-dupre')['exchange.defaultMailboxMb'] = 1e9),
    doc => `configurations[${configIndex(doc, 'tenant-dupre')}].settings.exchange.defaultMailboxMb`,
    'aboveMaximum',
  ],
  [
    'a custom domain named <img>',
    doc =>
      domains(doc, 'tenant-dupre').push({
        name: '<img src=x onerror=alert(1)>',
        isInitial: false,
        isDefault: false,
        verified: false,
      }),
    doc =>
      `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.domains[${domains(doc, 'tenant-dupre').length - 1}].name`,
    'invalidCharacters',
  ],
  [
    'a custom domain named a..com',
    doc => domains(doc, 'tenant-dupre').push({ name: 'a..com', isInitial: false, isDefault: false, verified: false }),
    doc =>
      `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.domains[${domains(doc, 'tenant-dupre').length - 1}].name`,
    'invalidDomain',
  ],
  [
    'two default domains',
    doc => domains(doc, 'tenant-dupre').forEach(domain => (domain.isDefault = true)),
    doc => `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.domains`,
    'aboveMaximum',
  ],
  [
    'a 10,000-character company name',
    doc => (tenant(doc, 'tenant-dupre').companyName = long(10_000)),
    doc => `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.companyName`,
    'tooLong',
  ],
  [
    'a company name with a right-to-left override',
    doc => (tenant(doc, 'tenant-dupre').companyName = 'Acme \u202Egnp.exe'),
    doc => `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.companyName`,
    'hiddenCharacters',
  ],
  [
    'a javascript: contact e-mail',
    doc => ((tenant(doc, 'tenant-dupre').contact as Loose).email = 'javascript:alert(1)'),
    doc => `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.contact.email`,
    'invalidEmail',
  ],
  [
    'a 10,000-character first name',
    doc => ((doc.users[dupreUser(doc)] as unknown as Loose).firstName = long(10_000)),
    doc => `users[${dupreUser(doc)}].firstName`,
    'tooLong',
  ],
  [
    'usage location ZZ',
    doc => ((doc.users[dupreUser(doc)] as unknown as Loose).usageLocation = 'ZZ'),
    doc => `users[${dupreUser(doc)}].usageLocation`,
    'unknown',
  ],
  [
    'a duplicate user id',
    doc => doc.users.push({ ...doc.users[dupreUser(doc)]!, alias: 'someone.else' }),
    doc => `users[${doc.users.length - 1}].id`,
    'taken',
  ],
  [
    'a sender <script>',
    doc => doc.senders.push({ ...doc.senders[0]!, id: 'sender-x', value: '<script>alert(1)</script>' }),
    doc => `senders[${doc.senders.length - 1}].value`,
    'invalidDomain',
  ],
  [
    'a site quota of 1e12 MB',
    doc => ((doc.sites[0] as unknown as Loose).quotaMb = 1e12),
    () => 'sites[0].quotaMb',
    'aboveStorageLeft',
  ],
  [
    'a site path ../../admin',
    doc => ((doc.sites[0] as unknown as Loose).path = '../../admin'),
    () => 'sites[0].path',
    'invalidCharacters',
  ],
  [
    'a baseline mailbox of 1e9 MB',
    doc => ((doc.baselines[0]!.settings as Loose)['exchange.defaultMailboxMb'] = 1e9),
    () => 'baselines[0].settings.exchange.defaultMailboxMb',
    'aboveMaximum',
  ],
  [
    'a baseline description of a megabyte',
    doc => ((doc.baselines[0] as unknown as Loose).description = long(1_000_000)),
    () => 'baselines[0].description',
    'tooLong',
  ],
  [
    'a subscription started on the 30th of February',
    doc => ((doc.tenants[0]!.subscriptions[0] as unknown as Loose).startedOn = '2025-02-30'),
    () => 'tenants[0].subscriptions[0].startedOn',
    'invalidDate',
  ],
  [
    'a cancelled subscription without a cancellation date',
    doc => Object.assign(doc.tenants[0]!.subscriptions[0]!, { state: 'cancelled', cancelledOn: null }),
    () => 'tenants[0].subscriptions[0].cancelledOn',
    'required',
  ],
  [
    'a company name that is a number',
    doc => (tenant(doc, 'tenant-dupre').companyName = 42),
    doc => `tenants[${tenantIndex(doc, 'tenant-dupre')}].tenant.companyName`,
    'unknown',
  ],
  ['a users list that is an object', doc => ((doc as Loose).users = { 0: doc.users[0] }), () => 'users', 'unknown'],
]

describe('hostile inputs: the JSON import (local backend dataAdmin.importAll)', () => {
  const demo = useDemo()
  let exported: string | undefined

  it.each(JSON_IMPORT_CASES)('%s', async (_name, spoil, field, code) => {
    exported ??= JSON.stringify(await demo.backend().dataAdmin.exportAll())
    const document = JSON.parse(exported) as Document
    spoil(document)
    const before = await stored(demo.db())
    const error = await demo
      .backend()
      .dataAdmin.importAll(document)
      .then(
        () => expect.fail('the import was accepted'),
        (reason: unknown) => reason,
      )
    expect(isBackendError(error, 'invalidImport'), String(error)).toBe(true)
    const issues = (error as { issues: { field: string; code: string }[] }).issues
    expect(issues.map(issue => `${issue.field}:${issue.code}`)).toContain(`${field(document)}:${code}`)
    expectMessages(field(document), code)
    expect(await stored(demo.db())).toBe(before)
  })

  it('leaves Object.prototype clean after __proto__ and constructor keys', async () => {
    exported ??= JSON.stringify(await demo.backend().dataAdmin.exportAll())
    const text = exported.replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
    await demo
      .backend()
      .dataAdmin.importAll(JSON.parse(text))
      .catch(() => undefined)
    expect(({} as Loose).polluted).toBeUndefined()
  })
})
