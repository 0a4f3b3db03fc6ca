import type { ProvisionRequest } from '@/domain/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant'
import type { TenantConfiguration, UnreadableTenant } from '@/backends/backend'
import type { Baseline } from '@/domain/baselines'
import type { FollowedBaseline, TenantRow } from '@/domain/tenantList'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { toTenantRow } from '@/domain/tenantList'
import { useSessionStore } from './session'

type LoadState = 'idle' | 'loading' | 'ready' | 'error'

/** The partner's client tenants, loaded once and refreshed after each change. */
export const useTenantsStore = defineStore('tenants', () => {
  const session = useSessionStore()
  // Thousands of plain records: shallow, so Vue doesn't wrap each one in a proxy.
  const tenants = shallowRef<TenantWithSubscriptions[]>([])
  /** Tenants known but not read, with why: no GDAP role, no consent, a sign-in wanted (Microsoft 365 only). */
  const unreadable = shallowRef<readonly UnreadableTenant[]>([])
  const state = ref<LoadState>('idle')
  const error = ref<unknown>(null)

  const configurations = shallowRef<TenantConfiguration[]>([])
  const baselines = shallowRef<Baseline[]>([])

  const rows = computed<TenantRow[]>(() => {
    const baselinesById = new Map(baselines.value.map(baseline => [baseline.id, baseline]))
    const followed = new Map<string, FollowedBaseline>()
    // What the backend couldn't read is unknown, never drift: the domain leaves it out.
    for (const { tenantId, baselineId, settings, unknownSettings } of configurations.value) {
      const baseline = baselineId === null ? undefined : baselinesById.get(baselineId)
      if (baseline)
        followed.set(tenantId, { baseline, settings, unknown: unknownSettings })
    }
    return tenants.value.map(t => toTenantRow(t, session.today, followed.get(t.tenant.id) ?? null))
  })

  async function load(): Promise<void> {
    state.value = 'loading'
    error.value = null
    try {
      const backend = useBackend()
      // Drift needs baselines; a backend without them shows none.
      const withBaselines = backend.capabilities.action('baselines.list').available
      const [listed, configured, followed] = await Promise.all([
        backend.tenants.listing(),
        withBaselines ? backend.settings.list() : [],
        withBaselines ? backend.baselines.list() : [],
      ])
      tenants.value = listed.tenants
      unreadable.value = listed.unreadable
      configurations.value = configured
      baselines.value = followed
      state.value = 'ready'
    }
    catch (caught) {
      error.value = caught
      state.value = 'error'
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (state.value === 'idle' || state.value === 'error')
      await load()
  }

  /** Creates the tenant through the backend (which validates again) and returns it. */
  async function provision(request: ProvisionRequest & { baselineId: string | null }): Promise<TenantWithSubscriptions> {
    const created = await useBackend().tenants.provision(request).catch((error: unknown) => {
      // Created, but not shown yet: the list is read afresh too, and shows it once it's there.
      if (isBackendError(error, 'pending'))
        invalidate()
      throw error
    })
    // Its configuration (and baseline) are new too: read the list afresh when it is next shown.
    invalidate()
    return created
  }

  /** Drops what is cached after a whole-store change (reset, import, bulk load). */
  function invalidate(): void {
    tenants.value = []
    unreadable.value = []
    state.value = 'idle'
  }

  return { tenants, unreadable, configurations, baselines, state, error, rows, load, ensureLoaded, provision, invalidate }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTenantsStore, import.meta.hot))
