// @vitest-environment happy-dom
import type { Backend, BackendCapabilities, TenantConfiguration } from '@/backends/backend'
import type { Baseline } from '@/domain/console/baselines'
import type { SettingKey } from '@/domain/console/settings'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { PiniaColada } from '@pinia/colada'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { useTenant } from './currentTenant'
import { FORM_ERROR } from './errorVoice'
import { useDomainChange, useSubscriptionChange } from './tenantWrites'
import { useAllTenants, useTenantList } from './tenants'
import { ALL_CAPABLE } from '@/backends/backend'
import { setBackend } from '@/backends/current'
import { makeLocal } from '@/backends/local/testing'
import { defaultSettings } from '@/domain/console/settings'
import { inComponent } from '@/locales/testing'

/** IndexedDB (fake, in memory) answers over many turns, slowly on a busy machine. */
const SLOW = { timeout: 10_000 }

/** What composables return when a component calls them, on an app with Pinia, Pinia Colada and the real messages. */
function inApp<T>(use: () => T): T {
  return inComponent(use, 'en', [createPinia(), PiniaColada])
}

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
const other: TenantWithSubscriptions = {
  ...tenant,
  tenant: { ...tenant.tenant, id: 'u', companyName: 'Hôtel des Écrins' },
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

async function driftOn(capabilities: BackendCapabilities, unknownSettings?: readonly SettingKey[]) {
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
  const list = inApp(useTenantList)
  await flushPromises()
  return list.rows.value[0]?.baseline?.drift
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
  /** A backend that names two tenants and reads each only when asked, counting the asks; `refused` it can't read. */
  function lazyBackend(refused: readonly string[] = []) {
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
          const consentNeeded = { kind: 'consentNeeded', canConsent: true } as const
          return {
            tenants: [tenant, other].filter(t => ids.includes(t.tenant.id) && !refused.includes(t.tenant.id)),
            unreadable: ids
              .filter(id => refused.includes(id))
              .map(tenantId => ({ tenantId, companyName: 'Hôtel des Écrins', problem: consentNeeded })),
          }
        },
      },
      settings: { list: async () => [] },
      baselines: { list: async () => [] },
    } as unknown as Backend)
    return asked
  }

  it('lists every tenant by name at once, and reads only those asked for, once', async () => {
    const asked = lazyBackend()
    const list = inApp(useTenantList)
    await flushPromises()
    expect(list.listRows.value.map(row => [row.id, row.pending])).toEqual([
      ['t', true],
      ['u', true],
    ])
    await Promise.all([list.read(['t']), list.read(['t'])])
    expect(asked).toEqual([['t']])
    expect(list.listRows.value.map(row => [row.id, row.pending])).toEqual([
      ['t', false],
      ['u', true],
    ])
  })

  it("keeps a tenant Microsoft won't let be read in its place, out of reach, and doesn't ask for it again", async () => {
    const asked = lazyBackend(['u'])
    const list = inApp(useTenantList)
    await flushPromises()
    await list.read(['t', 'u'])
    expect(list.listRows.value.map(row => [row.id, row.pending, row.pending && row.outOfReach])).toEqual([
      ['t', false, false],
      ['u', true, 'consentNeeded'],
    ])
    expect(list.toRead.value).toEqual([])
    await list.read(['u'])
    expect(asked).toEqual([['t', 'u']])
  })

  it('reads every tenant for a page that needs them all', async () => {
    const asked = lazyBackend()
    const list = inApp(useAllTenants)
    await flushPromises()
    expect(list.toRead.value).toEqual([])
    expect(list.rows.value.map(row => row.id)).toEqual(['t', 'u'])
    expect(asked).toEqual([['t', 'u']])
  })
})

describe('a change to a tenant', () => {
  it('shows at once on the tenant, and the tenant list reads the new seats', async () => {
    setBackend(makeLocal())
    const { list, open, change } = inApp(() => ({
      list: useAllTenants(),
      open: useTenant('tenant-dupre'),
      change: useSubscriptionChange(),
    }))
    const subscription = (await vi.waitUntil(() => open.data.value, SLOW)).subscriptions[0]!
    await vi.waitUntil(() => list.toRead.value.length === 0 && list.rows.value.length > 0, SLOW)
    const seatsBefore = list.rows.value.find(row => row.id === 'tenant-dupre')!.seatsPurchased
    const seats = subscription.seats + 1
    await change.mutateAsync({ kind: 'seats', subscription, seats })
    expect(open.data.value!.subscriptions[0]!.seats).toBe(seats)
    await vi.waitUntil(() => list.directory.asyncStatus.value === 'idle' && list.toRead.value.length === 0, SLOW)
    expect(list.rows.value.find(row => row.id === 'tenant-dupre')?.seatsPurchased).toBe(seatsBefore + 1)
    expect(change.errors.value).toEqual({})
  })

  it('says a refusal in the one voice, next to the field it belongs to', async () => {
    setBackend(makeLocal())
    const { open, change } = inApp(() => ({ open: useTenant('tenant-dupre'), change: useSubscriptionChange() }))
    const subscription = (await vi.waitUntil(() => open.data.value, SLOW)).subscriptions[0]!
    await change.mutateAsync({ kind: 'seats', subscription, seats: 0 }).catch(() => {})
    expect(Object.keys(change.errors.value)).toEqual([`seats.${subscription.offerId}`])
    expect(change.errors.value[FORM_ERROR]).toBeUndefined()
  })

  it('removing a domain another tab removed first says so in the voice, and reads the tenant again', async () => {
    const backend = makeLocal()
    setBackend(backend)
    await backend.domains.add('tenant-dupre', 'dupre.nantes')
    const { open, change } = inApp(() => ({ open: useTenant('tenant-dupre'), change: useDomainChange() }))
    await vi.waitUntil(() => open.data.value?.tenant.domains.some(domain => domain.name === 'dupre.nantes'), SLOW)
    // The other tab.
    await backend.domains.remove('tenant-dupre', 'dupre.nantes')

    await change.mutateAsync({ action: 'remove', tenantId: 'tenant-dupre', name: 'dupre.nantes' }).catch(() => {})
    expect(change.errors.value).toEqual({
      [FORM_ERROR]: 'It no longer exists: it was removed elsewhere since you opened it.',
    })
    await vi.waitUntil(() => !open.data.value?.tenant.domains.some(domain => domain.name === 'dupre.nantes'), SLOW)
  })
})
