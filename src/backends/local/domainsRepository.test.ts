import { describe, expect, it } from 'vitest'
import { ConsoleUnavailable, isBackendError } from '../backend'
import { failure, freshDb, makeLocal } from './testing'

describe('local backend: domains', () => {
  it('adds a custom domain, unverified and not default, and logs it', async () => {
    const backend = makeLocal()
    const tenant = await backend.domains.add('tenant-dupre', ' dupre.paris ')
    expect(tenant.domains.at(-1)).toEqual({ name: 'dupre.paris', isInitial: false, isDefault: false, verified: false })
    expect((await backend.tenants.get('tenant-dupre'))?.tenant).toEqual(tenant)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({ area: 'domain', action: 'domain.added', details: { domain: 'dupre.paris' } })
  })

  it('refuses an invalid name, or one another tenant of the partner has', async () => {
    const backend = makeLocal()
    const invalid = await failure(backend.domains.add('tenant-dupre', 'dupre'))
    expect(isBackendError(invalid, 'validation') && invalid.issues).toEqual([
      { field: 'domainName', code: 'invalidDomain' },
    ])
    const taken = await failure(backend.domains.add('tenant-dupre', 'cabinet-tilleuls.fr'))
    expect(isBackendError(taken, 'validation') && taken.issues).toEqual([
      { field: 'domainName', code: 'taken', params: { domain: 'cabinet-tilleuls.fr' } },
    ])
    const reserved = await failure(backend.domains.add('tenant-dupre', 'dupre.microsoftonline.com'))
    expect(isBackendError(reserved, 'validation') && reserved.issues).toEqual([
      { field: 'domainName', code: 'reservedDomain' },
    ])
    expect((await backend.tenants.get('tenant-dupre'))?.tenant.domains).toHaveLength(2)
  })

  it('is a console write: a Deskless-only tenant is refused and nothing is stored', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    const error = await failure(backend.domains.add('tenant-ecrins', 'ecrins.ski'))
    expect(isBackendError(error, 'consoleUnavailable')).toBe(true)
    expect(error instanceof ConsoleUnavailable && error.reason).toBe('desklessOnly')
    expect(await backend.activity.list()).toEqual(before)
  })

  it("gives a domain's mail records as BPOS had them: Forefront's MX, Outlook's Autodiscover and SPF", async () => {
    const records = await makeLocal().domains.mailRecords('tenant-dupre', 'dupre-boulangerie.fr')
    expect(records.map(record => [record.type, record.host, record.value])).toEqual([
      ['MX', '@', 'mail.global.frontbridge.com'],
      ['CNAME', 'autodiscover', 'autodiscover.outlook.com'],
      ['TXT', '@', 'v=spf1 include:outlook.com ~all'],
    ])
  })

  it('refuses a Standard Suite tenant whose trial ended as such, not as Deskless', async () => {
    const error = await failure(makeLocal().domains.add('tenant-lefevre', 'lefevre-auto.fr'))
    expect(error instanceof ConsoleUnavailable && error.reason).toBe('trialEnded')
  })

  it('verifies a domain once its record is in place, then makes it the default', async () => {
    const backend = makeLocal()
    const unverified = await failure(backend.domains.setDefault('tenant-aubert-nguyen', 'aubert-nguyen.fr'))
    expect(isBackendError(unverified, 'validation') && unverified.issues).toEqual([
      { field: 'domainName', code: 'unverifiedDomain', params: { domain: 'aubert-nguyen.fr' } },
    ])

    const verified = await backend.domains.verify('tenant-aubert-nguyen', 'aubert-nguyen.fr')
    expect(verified.domains.find(d => d.name === 'aubert-nguyen.fr')?.verified).toBe(true)
    const changed = await backend.domains.setDefault('tenant-aubert-nguyen', 'aubert-nguyen.fr')
    expect(changed.domains.map(d => [d.name, d.isDefault])).toEqual([
      ['aubert-nguyen.microsoftonline.com', false],
      ['aubert-nguyen.fr', true],
    ])
    const [defaultEntry, verifyEntry] = await backend.activity.list({ tenantId: 'tenant-aubert-nguyen', limit: 2 })
    expect(defaultEntry).toMatchObject({
      action: 'domain.defaultChanged',
      changes: [{ field: 'isDefault', before: 'aubert-nguyen.microsoftonline.com', after: 'aubert-nguyen.fr' }],
    })
    expect(verifyEntry).toMatchObject({
      action: 'domain.verified',
      changes: [{ field: 'verified', before: false, after: true }],
    })
  })

  it('says notFound for a domain the tenant does not have', async () => {
    expect(
      isBackendError(await failure(makeLocal().domains.verify('tenant-dupre', 'cabinet-tilleuls.fr')), 'notFound'),
    ).toBe(true)
  })

  it('keeps the initial domain and the default one', async () => {
    const backend = makeLocal()
    const initial = await failure(backend.domains.remove('tenant-dupre', 'boulangerie-dupre.microsoftonline.com'))
    expect(isBackendError(initial, 'validation') && initial.issues).toEqual([
      { field: 'domainName', code: 'initialDomain', params: { domain: 'boulangerie-dupre.microsoftonline.com' } },
    ])
    const byDefault = await failure(backend.domains.remove('tenant-dupre', 'dupre-boulangerie.fr'))
    expect(isBackendError(byDefault, 'validation') && byDefault.issues).toEqual([
      { field: 'domainName', code: 'defaultDomain', params: { domain: 'dupre-boulangerie.fr' } },
    ])
  })

  it('keeps a domain users sign in with, and removes it once none does', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.domains.add('tenant-dupre', 'dupre.paris')
    await db.users.add({
      id: 'user-test-paris',
      tenantId: 'tenant-dupre',
      firstName: 'Paul',
      lastName: 'Test',
      displayName: 'Paul Test',
      alias: 'paul',
      domain: 'dupre.paris',
      usageLocation: 'FR',
      subscriptionId: null,
      services: { exchange: false, sharepoint: false, communications: false, liveMeeting: false },
      exchange: {},
      blocked: false,
      createdAt: '2025-01-01T00:00:00.000Z',
    })
    const inUse = await failure(backend.domains.remove('tenant-dupre', 'dupre.paris'))
    expect(isBackendError(inUse, 'validation') && inUse.issues).toEqual([
      { field: 'domainName', code: 'inUse', params: { domain: 'dupre.paris', count: 1 } },
    ])

    await db.users.delete('user-test-paris')
    const tenant = await backend.domains.remove('tenant-dupre', 'dupre.paris')
    expect(tenant.domains.map(d => d.name)).toEqual(['boulangerie-dupre.microsoftonline.com', 'dupre-boulangerie.fr'])
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({ area: 'domain', action: 'domain.removed', details: { domain: 'dupre.paris' } })
  })
})
