import type { TenantUser } from '@/domain/users/users'
import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '../backend'
import { failure, freshDb, makeLocal } from './testing'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'

function user(id: string, tenantId: string, alias: string, domain: string): TenantUser {
  return {
    id,
    tenantId,
    firstName: alias,
    lastName: 'Test',
    displayName: `${alias} Test`,
    alias,
    domain,
    usageLocation: 'FR',
    subscriptionId: null,
    services: { exchange: true, sharepoint: true, communications: true, liveMeeting: true },
    exchange: {},
    blocked: false,
    createdAt: '2025-01-01T09:00:00.000Z',
  }
}

/** A tenant with SharePoint Online only: a console, but no Exchange. */
async function sharePointOnlyTenant(backend: ReturnType<typeof makeLocal>): Promise<string> {
  const { tenant } = await backend.tenants.provision({
    companyName: 'Galerie Moreau',
    contactName: 'Lise Moreau',
    contactEmail: 'lise@galerie-moreau.fr',
    contactPhone: '',
    country: 'FR',
    address: TEST_ADDRESS,
    agreement: TEST_AGREEMENT,
    language: 'fr',
    domainPrefix: 'galerie-moreau',
    lines: [{ offerId: 'sharepoint-online', seats: 5 }],
    billing: 'paid',
  })
  return tenant.id
}

describe('local backend: sender lists', () => {
  it('lists the seeded entries, and adds one in lower case with its activity entry', async () => {
    const backend = makeLocal()
    expect((await backend.exchange.senders.list('tenant-dupre')).map(e => [e.list, e.value])).toEqual([
      ['safe', 'commandes@moulins-dauphinois.fr'],
      ['safe', 'minoterie-girard.fr'],
      ['blocked', 'promo-fournil-discount.biz'],
    ])
    const entry = await backend.exchange.senders.add('tenant-dupre', {
      list: 'blocked',
      value: '  Offres@Pain-Industriel.COM ',
    })
    expect(entry).toMatchObject({ tenantId: 'tenant-dupre', list: 'blocked', value: 'offres@pain-industriel.com' })
    expect(await backend.exchange.senders.list('tenant-dupre')).toContainEqual(entry)
    const [logged] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(logged).toMatchObject({
      area: 'exchange',
      action: 'exchange.blockedSenderAdded',
      details: { value: 'offres@pain-industriel.com' },
      changes: [{ field: 'senders.blocked', before: null, after: 'offres@pain-industriel.com' }],
    })
  })

  it("refuses a bad entry or a duplicate with the field's issue, and stores and logs nothing", async () => {
    const backend = makeLocal()
    const senders = await backend.exchange.senders.list('tenant-dupre')
    const activity = await backend.activity.list()
    const bad = await failure(backend.exchange.senders.add('tenant-dupre', { list: 'safe', value: 'minoterie girard' }))
    expect(isBackendError(bad, 'validation')).toBe(true)
    expect((bad as { issues: unknown[] }).issues).toEqual([{ field: 'sender', code: 'invalidDomain' }])
    const duplicate = await failure(
      backend.exchange.senders.add('tenant-dupre', { list: 'blocked', value: 'Minoterie-Girard.fr' }),
    )
    expect((duplicate as { issues: unknown[] }).issues).toEqual([
      { field: 'sender', code: 'onOtherList', params: { value: 'minoterie-girard.fr' } },
    ])
    expect(await backend.exchange.senders.list('tenant-dupre')).toEqual(senders)
    expect(await backend.activity.list()).toEqual(activity)
  })

  it("removes an entry and logs it; another tenant's entry is not found", async () => {
    const backend = makeLocal()
    await backend.exchange.senders.remove('tenant-dupre', 'sender-dupre-3')
    expect((await backend.exchange.senders.list('tenant-dupre')).map(e => e.id)).not.toContain('sender-dupre-3')
    expect((await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 }))[0]).toMatchObject({
      action: 'exchange.blockedSenderRemoved',
      changes: [{ field: 'senders.blocked', before: 'promo-fournil-discount.biz', after: null }],
    })
    expect(
      isBackendError(await failure(backend.exchange.senders.remove('tenant-dupre', 'sender-lemoine-1')), 'notFound'),
    ).toBe(true)
  })

  it('refuses every write on a Deskless-only tenant, and on a tenant whose offers lack filtering', async () => {
    const backend = makeLocal()
    expect(
      isBackendError(
        await failure(backend.exchange.senders.add('tenant-ecrins', { list: 'safe', value: 'fournisseur.fr' })),
        'consoleUnavailable',
      ),
    ).toBe(true)
    expect(
      isBackendError(
        await failure(backend.exchange.contacts.add('tenant-ecrins', { displayName: 'X', email: 'x@fournisseur.fr' })),
        'consoleUnavailable',
      ),
    ).toBe(true)
    const tenantId = await sharePointOnlyTenant(backend)
    const refused = await failure(backend.exchange.senders.add(tenantId, { list: 'safe', value: 'fournisseur.fr' }))
    expect(isBackendError(refused, 'featureUnavailable')).toBe(true)
    expect((refused as { issues: unknown[] }).issues).toEqual([{ field: 'exchange.filtering', code: 'notAvailable' }])
    expect(
      isBackendError(
        await failure(
          backend.exchange.distributionLists.add(tenantId, { displayName: 'Tous', alias: 'tous', memberIds: [] }),
        ),
        'featureUnavailable',
      ),
    ).toBe(true)
    expect(await backend.exchange.senders.list(tenantId)).toEqual([])
    expect(await backend.exchange.senders.list('tenant-ecrins')).toEqual([])
  })

  it("answers notFound for a tenant that doesn't exist", async () => {
    expect(isBackendError(await failure(makeLocal().exchange.senders.list('no-such-tenant')), 'notFound')).toBe(true)
  })
})

describe('local backend: distribution lists', () => {
  it("creates a list on the default domain with members among the tenant's users, and logs it", async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.tenants.listing()
    await db.users.bulkAdd([
      user('u1', 'tenant-dupre', 'marc', 'dupre-boulangerie.fr'),
      user('u2', 'tenant-dupre', 'lea', 'dupre-boulangerie.fr'),
    ])
    const list = await backend.exchange.distributionLists.add('tenant-dupre', {
      displayName: ' Vendeuses ',
      alias: 'Vente',
      memberIds: ['u1', 'u2', 'u1'],
    })
    expect(list).toMatchObject({ displayName: 'Vendeuses', alias: 'vente', memberIds: ['u1', 'u2'] })
    expect((await backend.exchange.distributionLists.list('tenant-dupre')).map(l => l.alias)).toEqual([
      'fournil',
      'vente',
    ])
    expect((await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 }))[0]).toMatchObject({
      area: 'exchange',
      action: 'exchange.distributionListCreated',
      details: { displayName: 'Vendeuses', address: 'vente@dupre-boulangerie.fr', members: 2 },
    })
  })

  it('refuses an alias a list or a mailbox already has, and a member from another tenant', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.tenants.listing()
    await db.users.bulkAdd([
      user('u1', 'tenant-dupre', 'marc', 'dupre-boulangerie.fr'),
      user('u9', 'tenant-lemoine', 'paul', 'transports-lemoine.fr'),
    ])
    const error = await failure(
      backend.exchange.distributionLists.add('tenant-dupre', {
        displayName: 'Fournil',
        alias: 'Fournil',
        memberIds: ['u9'],
      }),
    )
    expect((error as { issues: unknown[] }).issues).toEqual([
      { field: 'listAlias', code: 'taken', params: { alias: 'fournil' } },
      { field: 'listMembers', code: 'unknown', params: { value: 'u9' } },
    ])
    const mailbox = await failure(
      backend.exchange.distributionLists.add('tenant-dupre', { displayName: 'Marc', alias: 'marc', memberIds: [] }),
    )
    expect((mailbox as { issues: unknown[] }).issues).toEqual([
      { field: 'listAlias', code: 'taken', params: { alias: 'marc' } },
    ])
    // Lists of other tenants don't count: Transports Lemoine's alias is free at Dupré.
    await backend.exchange.distributionLists.add('tenant-dupre', {
      displayName: 'Chauffeurs',
      alias: 'chauffeurs',
      memberIds: [],
    })
  })

  it("gives the seeded lists members among the tenant's users, and drops a member whose user is deleted", async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const [fournil] = await backend.exchange.distributionLists.list('tenant-dupre')
    expect(fournil?.memberIds).toHaveLength(5)
    await db.users.delete(fournil!.memberIds[0]!)
    expect((await backend.exchange.distributionLists.list('tenant-dupre'))[0]?.memberIds).toEqual(
      fournil!.memberIds.slice(1),
    )
  })

  it("deletes a list and logs it; another tenant's list is not found", async () => {
    const backend = makeLocal()
    await backend.exchange.distributionLists.remove('tenant-dupre', 'list-dupre-fournil')
    expect(await backend.exchange.distributionLists.list('tenant-dupre')).toEqual([])
    expect((await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 }))[0]).toMatchObject({
      action: 'exchange.distributionListRemoved',
      changes: [{ field: 'distributionLists', before: 'fournil@dupre-boulangerie.fr', after: null }],
    })
    expect(
      isBackendError(
        await failure(backend.exchange.distributionLists.remove('tenant-dupre', 'list-lemoine-chauffeurs')),
        'notFound',
      ),
    ).toBe(true)
  })
})

describe('local backend: mail contacts', () => {
  it("creates an outside contact and logs it, and refuses an address on the tenant's own domain", async () => {
    const backend = makeLocal()
    const contact = await backend.exchange.contacts.add('tenant-dupre', {
      displayName: 'Cabinet Roux',
      email: 'Compta@Cabinet-Roux.fr',
    })
    expect(contact).toMatchObject({ displayName: 'Cabinet Roux', email: 'compta@cabinet-roux.fr' })
    expect((await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 }))[0]).toMatchObject({
      action: 'exchange.contactCreated',
      details: { email: 'compta@cabinet-roux.fr' },
    })
    const internal = await failure(
      backend.exchange.contacts.add('tenant-dupre', { displayName: 'Marc', email: 'marc@dupre-boulangerie.fr' }),
    )
    expect((internal as { issues: unknown[] }).issues).toEqual([
      { field: 'mailContactEmail', code: 'internalAddress', params: { domain: 'dupre-boulangerie.fr' } },
    ])
    await backend.exchange.contacts.remove('tenant-dupre', contact.id)
    expect((await backend.exchange.contacts.list('tenant-dupre')).map(c => c.email)).toEqual([
      'commandes@minoterie-girard.fr',
    ])
  })

  it('keeps nothing when the activity entry, written last, fails', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const before = await backend.exchange.contacts.list('tenant-dupre')
    vi.spyOn(db.activity, 'add').mockImplementation(() => {
      throw new DOMException('Disk full', 'QuotaExceededError')
    })
    expect(
      isBackendError(
        await failure(
          backend.exchange.contacts.add('tenant-dupre', {
            displayName: 'Cabinet Roux',
            email: 'compta@cabinet-roux.fr',
          }),
        ),
        'storage',
      ),
    ).toBe(true)
    expect(
      isBackendError(
        await failure(backend.exchange.senders.add('tenant-dupre', { list: 'safe', value: 'cabinet-roux.fr' })),
        'storage',
      ),
    ).toBe(true)
    vi.restoreAllMocks()
    expect(await backend.exchange.contacts.list('tenant-dupre')).toEqual(before)
    expect((await backend.exchange.senders.list('tenant-dupre')).map(e => e.value)).not.toContain('cabinet-roux.fr')
  })
})
