import type { Backend, BackendCapabilities, TenantConfiguration } from '@/backends/backend'
import type { Baseline } from '@/domain/console/baselines'
import type { SettingKey } from '@/domain/console/settings'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { useTenantsStore } from './tenants'
import { ALL_CAPABLE } from '@/backends/backend'
import { setBackend } from '@/backends/current'
import { defaultSettings } from '@/domain/console/settings'

const TODAY = '2026-11-25'
const tenant: TenantWithSubscriptions = {
  tenant: {
    id: 't',
    companyName: 'Boulangerie Dupré',
    contact: { name: 'Élodie Dupré', email: 'e@dupre.fr', phone: '' },
    country: 'FR',
    language: 'fr',
    domains: [{ name: 'dupre.onmicrosoft.com', isInitial: true, isDefault: true, verified: true }],
    createdAt: '2026-01-01T09:00:00Z',
  },
  subscriptions: [
    {
      id: 's',
      tenantId: 't',
      offerId: 'standard-suite',
      seats: 10,
      assignedSeats: 0,
      state: 'active',
      startedOn: '2026-01-01',
      trialEndsOn: null,
      cancelledOn: null,
    },
  ],
}
const baseline: Baseline = {
  id: 'b',
  name: 'No POP3',
  description: '',
  settings: { 'exchange.pop3': false, 'sharepoint.externalSharing': 'off' },
  createdAt: '',
  updatedAt: '',
}
/** The tenant follows the baseline, except for POP3, still on. */
const configuration: TenantConfiguration = {
  tenantId: 't',
  settings: defaultSettings(tenant.subscriptions, TODAY),
  baselineId: 'b',
}
/** As Microsoft 365 declares it: Exchange's tenant-wide switches are out of Graph's reach. */
const WITHOUT_EXCHANGE: BackendCapabilities = {
  action: () => ({ available: true }),
  setting: key => (key.startsWith('exchange.') ? { available: false, reason: 'exchangeAdmin' } : { available: true }),
}

async function driftOn(
  capabilities: BackendCapabilities,
  unknownSettings?: readonly SettingKey[],
): Promise<number | undefined> {
  setBackend({
    capabilities,
    tenants: {
      directory: async () => ({
        names: [{ tenantId: 't', companyName: tenant.tenant.companyName }],
        known: { tenants: [tenant], unreadable: [] },
      }),
    },
    settings: { list: async () => [unknownSettings ? { ...configuration, unknownSettings } : configuration] },
    baselines: { list: async () => [baseline] },
  } as unknown as Backend)
  setActivePinia(createPinia())
  const store = useTenantsStore()
  await store.load()
  return store.rows[0]?.baseline?.drift
}

describe('tenant list drift', () => {
  it('counts a setting that moved away from the baseline', async () => {
    expect(await driftOn(ALL_CAPABLE)).toBe(1)
  })

  it("leaves out what the backend couldn't read: unknown, never drift", async () => {
    expect(await driftOn(WITHOUT_EXCHANGE, ['exchange.pop3'])).toBe(0)
  })
})

describe('tenant list reading', () => {
  /** A backend that names two tenants and reads each only when asked, counting the asks. */
  function lazyBackend() {
    const other: TenantWithSubscriptions = {
      ...tenant,
      tenant: { ...tenant.tenant, id: 'u', companyName: 'Hôtel des Écrins' },
    }
    const asked: string[][] = []
    setBackend({
      capabilities: ALL_CAPABLE,
      tenants: {
        directory: async () => ({
          names: [
            { tenantId: 't', companyName: 'Boulangerie Dupré' },
            { tenantId: 'u', companyName: 'Hôtel des Écrins' },
          ],
          known: { tenants: [], unreadable: [] },
        }),
        read: async (ids: readonly string[]) => {
          asked.push([...ids])
          return { tenants: [tenant, other].filter(t => ids.includes(t.tenant.id)), unreadable: [] }
        },
      },
      settings: { list: async () => [] },
      baselines: { list: async () => [] },
    } as unknown as Backend)
    setActivePinia(createPinia())
    return { store: useTenantsStore(), asked }
  }

  it('lists every tenant by name at once, and reads only those asked for, once', async () => {
    const { store, asked } = lazyBackend()
    await store.load()
    expect(store.listRows.map(row => [row.id, row.pending])).toEqual([
      ['t', true],
      ['u', true],
    ])
    await Promise.all([store.read(['t']), store.read(['t'])])
    expect(asked).toEqual([['t']])
    expect(store.listRows.map(row => [row.id, row.pending])).toEqual([
      ['t', false],
      ['u', true],
    ])
  })

  it('reads all that are left for a page that needs them all', async () => {
    const { store, asked } = lazyBackend()
    await store.load()
    await store.read(['t'])
    await store.ensureAllRead()
    expect(store.toRead).toEqual([])
    expect(store.rows.map(row => row.id)).toEqual(['t', 'u'])
    expect(asked).toEqual([['t'], ['u']])
  })
})
