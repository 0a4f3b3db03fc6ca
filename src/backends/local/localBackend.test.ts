import type { BackendError } from '../backend'
import { describe, expect, it, vi } from 'vitest'
import { initialDomainPrefix } from '@/domain/tenant/tenant'
import { describeBackendContract } from '../backend.contract'
import { describeUsersBulkContract } from '../usersBulk.contract'
import { isBackendError } from '../backend'
import { createLocalBackend } from './localBackend'
import { demoTenants } from './seed/seed'
import { failure, freshDb, makeLocal, TODAY } from './testing'
import type { ConsoleExport } from './import/exportFormat'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'

/** The export without its timestamp, to compare what is stored. */
async function snapshot(backend: ReturnType<typeof makeLocal>): Promise<ConsoleExport> {
  return { ...(await backend.dataAdmin.exportAll()), exportedAt: '' }
}

function request(domainPrefix: string) {
  return {
    companyName: "Pharmacie de l'Étoile",
    contactName: 'Inès Roux',
    contactEmail: 'ines@pharmacie-etoile.fr',
    contactPhone: '',
    country: 'FR',
    address: TEST_ADDRESS,
    agreement: TEST_AGREEMENT,
    language: 'fr',
    domainPrefix,
    lines: [{ offerId: 'standard-suite' as const, seats: 7 }],
    billing: 'paid' as const,
  }
}

describeBackendContract('local (IndexedDB)', async () => createLocalBackend({ db: freshDb() }))
describeUsersBulkContract(
  async () => createLocalBackend({ db: freshDb() }),
  (backend, lines) => backend.tenants.provision({ ...request(`bulk-${crypto.randomUUID().slice(0, 8)}`), lines }),
)

describe('local backend: seeding', () => {
  it('seeds the demo partner on first use, dated from the clock', async () => {
    const backend = makeLocal()
    expect((await backend.partner.get()).name).toBe('Alpine Conseil Informatique')
    const tenants = (await backend.tenants.listing()).tenants
    const byId = (list: typeof tenants) => [...list].sort((a, b) => a.tenant.id.localeCompare(b.tenant.id))
    expect(byId(tenants)).toEqual(byId(demoTenants(TODAY)))
    expect(await backend.tenants.get('tenant-dupre')).toEqual(demoTenants(TODAY)[0])
    expect((await backend.tenants.domainPrefixes()).has('boulangerie-dupre')).toBe(true)
    const activity = await backend.activity.list()
    expect(activity).toHaveLength(12)
    expect(activity.every(entry => entry.action === 'tenant.provisioned')).toBe(true)
    expect(activity.map(entry => entry.at)).toEqual([...activity.map(entry => entry.at)].sort().reverse())
    expect(await backend.activity.list({ tenantId: 'tenant-dupre' })).toHaveLength(1)
  })

  it('seeds once, even when two backends open the same database at once', async () => {
    const db = freshDb()
    const [a, b] = await Promise.all([makeLocal(db).tenants.listing(), makeLocal(db).tenants.listing()])
    expect(a.tenants).toHaveLength(12)
    expect(b.tenants).toHaveLength(12)
    expect((await makeLocal(db).tenants.listing()).tenants).toHaveLength(12)
  })
})

describe('local backend: concurrent writes', () => {
  it('lets only one of two simultaneous provisionings take a prefix', async () => {
    const backend = makeLocal()
    const results = await Promise.allSettled([
      backend.tenants.provision(request('same-prefix')),
      backend.tenants.provision(request('same-prefix')),
    ])
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find(r => r.status === 'rejected')
    expect(isBackendError(rejected?.reason, 'validation')).toBe(true)
    expect((await backend.tenants.listing()).tenants).toHaveLength(13)
  })
})

describe('local backend: failed writes', () => {
  it('keeps nothing of a tenant whose subscriptions the browser refused to store', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const before = await snapshot(backend)
    vi.spyOn(db.subscriptions, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })

    const error = await failure(backend.tenants.provision(request('pharmacie-etoile')))

    expect(isBackendError(error, 'storage')).toBe(true)
    expect(((error as Error).cause as Error).name).toBe('QuotaExceededError')
    vi.restoreAllMocks()
    expect(await snapshot(backend)).toEqual(before)
    expect((await backend.tenants.domainPrefixes()).has('pharmacie-etoile')).toBe(false)
  })

  it('keeps nothing when the activity entry, written last, fails', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const before = await snapshot(backend)
    const refuse = () => {
      throw new DOMException('Disk full', 'QuotaExceededError')
    }
    db.activity.hook('creating', refuse)
    expect(isBackendError(await failure(backend.tenants.provision(request('pharmacie-etoile'))), 'storage')).toBe(true)
    db.activity.hook('creating').unsubscribe(refuse)
    expect((await snapshot(backend)).tenants).toEqual(before.tenants)
  })
})

describe('local backend: data admin', () => {
  it('resets to the demo data and logs the reset', async () => {
    const backend = makeLocal()
    await backend.tenants.provision(request('pharmacie-etoile'))
    await backend.dataAdmin.loadLargeDataset(20)
    await backend.dataAdmin.resetToDemo()
    expect((await backend.tenants.listing()).tenants.map(t => t.tenant.id).sort()).toEqual(
      demoTenants(TODAY)
        .map(t => t.tenant.id)
        .sort(),
    )
    const [latest, ...rest] = await backend.activity.list()
    expect(latest).toMatchObject({ action: 'data.reset', area: 'data', tenantId: null, actor: 'Demo technician' })
    expect(rest).toHaveLength(12)
  })

  it('loads 5,000 generated tenants with unique prefixes, quickly', async () => {
    const backend = makeLocal()
    await backend.tenants.listing()
    const started = performance.now()
    expect(await backend.dataAdmin.loadLargeDataset(5000)).toBe(5000)
    const elapsed = performance.now() - started
    console.info(`loadLargeDataset(5000) on fake-indexeddb: ${Math.round(elapsed)} ms`)
    // fake-indexeddb is far slower than a browser's IndexedDB; this only catches a per-row transaction.
    expect(elapsed).toBeLessThan(15_000)

    const tenants = (await backend.tenants.listing()).tenants
    expect(tenants).toHaveLength(5012)
    expect(new Set(tenants.map(t => initialDomainPrefix(t.tenant))).size).toBe(5012)
    expect((await backend.tenants.domainPrefixes()).size).toBe(5012)
    expect((await backend.activity.list({ limit: 1 }))[0]).toMatchObject({
      action: 'data.largeDatasetLoaded',
      details: { count: 5000 },
    })

    // A second batch continues the numbering instead of colliding with the first.
    await backend.dataAdmin.loadLargeDataset(3)
    expect(initialDomainPrefix((await backend.tenants.get('tenant-client-05003'))!.tenant)).toMatch(/^client-05003-/)
    expect((await backend.tenants.domainPrefixes()).size).toBe(5015)
  }, 30_000)

  it('refuses a count that is not a positive whole number', async () => {
    const backend = makeLocal()
    for (const count of [0, -3, 2.5, Number.NaN]) {
      const error = await failure(backend.dataAdmin.loadLargeDataset(count))
      expect(isBackendError(error, 'validation')).toBe(true)
    }
    expect((await backend.tenants.listing()).tenants).toHaveLength(12)
  })

  it('round-trips an export through JSON into another database', async () => {
    const source = makeLocal()
    await source.tenants.provision({ ...request('xss-test'), companyName: '<img src=x onerror=alert(1)>' })
    await source.dataAdmin.loadLargeDataset(25)
    const exported = JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())) as ConsoleExport

    const target = makeLocal()
    await target.tenants.provision(request('to-be-replaced'))
    expect(await target.dataAdmin.importAll(exported)).toEqual({ tenants: 12 + 1 + 25 })

    const reimported = await snapshot(target)
    expect(reimported.tenants).toEqual(exported.tenants)
    expect(reimported.partner).toEqual(exported.partner)
    expect(reimported.activity.slice(0, -1)).toEqual(exported.activity)
    expect(reimported.activity.at(-1)).toMatchObject({ action: 'data.imported', details: { tenants: 38 } })
    expect((await target.tenants.domainPrefixes()).has('to-be-replaced')).toBe(false)
  })
})

describe('local backend: refused imports', () => {
  async function exported() {
    const backend = makeLocal()
    return JSON.parse(JSON.stringify(await backend.dataAdmin.exportAll())) as ConsoleExport & Record<string, unknown>
  }

  async function refusedImport(document: unknown) {
    const backend = makeLocal()
    await backend.tenants.provision(request('kept-tenant'))
    const before = await snapshot(backend)
    const error = await failure(backend.dataAdmin.importAll(document))
    expect(isBackendError(error, 'invalidImport'), String(error)).toBe(true)
    expect(await snapshot(backend)).toEqual(before)
    return (error as BackendError).issues
  }

  it('refuses a file that is not an export', async () => {
    expect(await refusedImport('hello')).toEqual([
      { field: 'document', code: 'unknown', params: { expected: 'object' } },
    ])
    expect(await refusedImport({ ...(await exported()), format: 'something-else' })).toEqual([
      { field: 'format', code: 'unknown', params: { value: 'something-else' } },
    ])
    expect((await refusedImport({ ...(await exported()), version: 4 }))[0]?.field).toBe('version')
    expect((await refusedImport({ ...(await exported()), version: 1 }))[0]?.field).toBe('version')
  })

  it('names the row and field of a malformed value', async () => {
    const document = await exported()
    const broken = structuredClone(document) as unknown as {
      tenants: { tenant: Record<string, unknown>; subscriptions: Record<string, unknown>[] }[]
    }
    broken.tenants[3]!.tenant.companyName = 42
    broken.tenants[2]!.subscriptions[0]!.offerId = 'office-365-e5'
    delete broken.tenants[7]!.tenant.createdAt
    const issues = await refusedImport(broken)
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'tenants[3].tenant.companyName', code: 'unknown' }),
        { field: 'tenants[2].subscriptions[0].offerId', code: 'unknown', params: { value: 'office-365-e5' } },
        { field: 'tenants[7].tenant.createdAt', code: 'required' },
      ]),
    )
  })

  it('applies the domain rules: company name, prefix format and uniqueness, seats', async () => {
    const document = await exported()
    const broken = structuredClone(document) as unknown as ConsoleExport & {
      tenants: {
        tenant: { companyName: string; domains: { name: string }[] }
        subscriptions: { seats: number; state: string }[]
      }[]
    }
    broken.tenants[1]!.tenant.companyName = '   '
    broken.tenants[4]!.tenant.domains[0]!.name = broken.tenants[0]!.tenant.domains[0]!.name
    broken.tenants[5]!.tenant.domains[0]!.name = 'BadPrefix.microsoftonline.com'
    broken.tenants[6]!.subscriptions[0]!.seats = 3
    const issues = await refusedImport(broken)
    const domainIndex = (i: number) => document.tenants[i]!.tenant.domains.findIndex(d => d.isInitial)
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'tenants[1].tenant.companyName', code: 'required' },
        expect.objectContaining({ field: `tenants[4].tenant.domains[${domainIndex(4)}].name`, code: 'taken' }),
        expect.objectContaining({ field: `tenants[5].tenant.domains[${domainIndex(5)}].name`, code: 'uppercase' }),
        expect.objectContaining({ field: 'tenants[6].subscriptions[0].seats', code: 'belowMinimum' }),
      ]),
    )
  })

  it('changes nothing when the browser refuses the import half-way', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const document = await exported()
    await backend.tenants.provision(request('kept-tenant'))
    const before = await snapshot(backend)
    vi.spyOn(db.activity, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(isBackendError(await failure(backend.dataAdmin.importAll(document)), 'storage')).toBe(true)
    vi.restoreAllMocks()
    expect(await snapshot(backend)).toEqual(before)
  })
})
