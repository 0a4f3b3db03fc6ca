import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '../backend'
import { failure, freshDb, makeLocal } from './testing'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'

const site = { title: 'Commandes des restaurants', path: 'commandes', template: 'team' as const, quotaMb: 2000 }

describe('local backend: SharePoint storage', () => {
  it('allots 10 GB plus 500 MB a seat, and adds up what the seeded sites use and reserve', async () => {
    // Boulangerie Dupré: Standard Suite 12 seats; three sites of 4,096 + 3,072 + 1,024 MB.
    expect(await makeLocal().sharePoint.storage('tenant-dupre')).toEqual({
      allottedMb: 16_240,
      usedMb: 3_127,
      reservedMb: 8_192,
    })
  })

  it('gives a Deskless-only tenant no storage and no sites', async () => {
    const backend = makeLocal()
    expect(await backend.sharePoint.storage('tenant-ecrins')).toEqual({ allottedMb: 0, usedMb: 0, reservedMb: 0 })
    expect(await backend.sharePoint.listSites('tenant-ecrins')).toEqual([])
  })
})

describe('local backend: site collections', () => {
  it('creates a site, counts its quota, and logs it with its address', async () => {
    const backend = makeLocal()
    const created = await backend.sharePoint.createSite('tenant-dupre', {
      ...site,
      title: '  Commandes des restaurants ',
    })
    expect(created).toMatchObject({
      tenantId: 'tenant-dupre',
      title: 'Commandes des restaurants',
      path: 'commandes',
      quotaMb: 2000,
      usedMb: 0,
    })
    expect((await backend.sharePoint.listSites('tenant-dupre')).map(s => s.path)).toEqual([
      'intranet',
      'recettes',
      'hygiene',
      'commandes',
    ])
    expect((await backend.sharePoint.storage('tenant-dupre')).reservedMb).toBe(10_192)
    expect((await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 }))[0]).toMatchObject({
      area: 'sharepoint',
      action: 'sharepoint.siteCreated',
      details: {
        title: 'Commandes des restaurants',
        url: 'https://boulangerie-dupre.sharepoint.com/sites/commandes',
        quotaMb: 2000,
      },
      changes: [{ field: 'sites', before: null, after: 'https://boulangerie-dupre.sharepoint.com/sites/commandes' }],
    })
  })

  it('refuses a quota larger than what is left, saying how much is left, and a path in use', async () => {
    const backend = makeLocal()
    const activity = await backend.activity.list()
    const error = await failure(
      backend.sharePoint.createSite('tenant-dupre', { ...site, path: 'Intranet', quotaMb: 9000 }),
    )
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual([
      { field: 'sitePath', code: 'taken', params: { path: 'intranet' } },
      { field: 'siteQuota', code: 'aboveStorageLeft', params: { left: 8_048 } },
    ])
    expect(await backend.sharePoint.listSites('tenant-dupre')).toHaveLength(3)
    expect(await backend.activity.list()).toEqual(activity)
  })

  it('frees the quota of a deleted site, and logs the deletion', async () => {
    const backend = makeLocal()
    await backend.sharePoint.removeSite('tenant-dupre', 'site-dupre-intranet')
    expect(await backend.sharePoint.storage('tenant-dupre')).toEqual({
      allottedMb: 16_240,
      usedMb: 1_397,
      reservedMb: 4_096,
    })
    expect((await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 }))[0]).toMatchObject({
      action: 'sharepoint.siteRemoved',
      details: { title: 'Intranet de la boulangerie' },
    })
    await backend.sharePoint.createSite('tenant-dupre', { ...site, quotaMb: 12_144 })
    expect(
      isBackendError(await failure(backend.sharePoint.removeSite('tenant-dupre', 'site-lemoine-qualite')), 'notFound'),
    ).toBe(true)
  })

  it('refuses sites on a Deskless-only tenant, and where SharePoint comes only from Deskless offers', async () => {
    const backend = makeLocal()
    expect(
      isBackendError(await failure(backend.sharePoint.createSite('tenant-ecrins', site)), 'consoleUnavailable'),
    ).toBe(true)
    // Exchange Online gives the console; the Deskless Worker Suite only read-only SharePoint.
    const { tenant } = await backend.tenants.provision({
      companyName: 'Ambulances Vercors',
      contactName: 'Yann Morel',
      contactEmail: 'yann@ambulances-vercors.fr',
      contactPhone: '',
      country: 'FR',
      address: TEST_ADDRESS,
      agreement: TEST_AGREEMENT,
      language: 'fr',
      domainPrefix: 'ambulances-vercors',
      lines: [
        { offerId: 'exchange-online', seats: 6 },
        { offerId: 'deskless-suite', seats: 30 },
      ],
      billing: 'paid',
    })
    const refused = await failure(backend.sharePoint.createSite(tenant.id, site))
    expect(isBackendError(refused, 'featureUnavailable')).toBe(true)
    expect((refused as { issues: unknown[] }).issues).toEqual([{ field: 'sharepoint.sites', code: 'notAvailable' }])
    expect(await backend.sharePoint.listSites(tenant.id)).toEqual([])
  })

  it('keeps nothing when the activity entry, written last, fails', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const before = await backend.sharePoint.listSites('tenant-dupre')
    vi.spyOn(db.activity, 'add').mockImplementation(() => {
      throw new DOMException('Disk full', 'QuotaExceededError')
    })
    expect(isBackendError(await failure(backend.sharePoint.createSite('tenant-dupre', site)), 'storage')).toBe(true)
    expect(
      isBackendError(await failure(backend.sharePoint.removeSite('tenant-dupre', 'site-dupre-intranet')), 'storage'),
    ).toBe(true)
    vi.restoreAllMocks()
    expect(await backend.sharePoint.listSites('tenant-dupre')).toEqual(before)
  })
})
