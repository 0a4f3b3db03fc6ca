import type { Baseline } from '@/domain/console/baselines'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { TenantConfiguration, TenantListing, TenantName, UnreadableTenant } from '@/backends/backend'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { FollowedBaseline, TenantListRow, TenantRow } from '@/domain/tenant/tenantList'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { pendingTenantRow, toTenantRow } from '@/domain/tenant/tenantList'
import { useSessionStore } from './session'

type LoadState = 'idle' | 'loading' | 'ready' | 'error'

/** How many tenants one read asks for when reading them all (the backend's own queue bounds the calls). */
const READ_ALL_BATCH = 50

/**
 * The partner's client tenants: every one by name at once, each read as it is needed (the list
 * reads the rows in view; pages that need them all read them all), kept until a change.
 */
export const useTenantsStore = defineStore('tenants', () => {
  const session = useSessionStore()
  /** Every client tenant by name, read or not. */
  const names = shallowRef<readonly TenantName[]>([])
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
      if (baseline) followed.set(tenantId, { baseline, settings, unknown: unknownSettings })
    }
    return tenants.value.map(t => toTenantRow(t, session.today, followed.get(t.tenant.id) ?? null))
  })

  /** A tenant's name as the partner's directory gives it, once listed; its id until then. */
  function nameOf(tenantId: string): string {
    return names.value.find(name => name.tenantId === tenantId)?.companyName ?? tenantId
  }

  /** Ids of the tenants read or named unreadable; the others are still to read. */
  const settled = computed(
    () => new Set([...tenants.value.map(t => t.tenant.id), ...unreadable.value.map(t => t.tenantId)]),
  )
  const toRead = computed(() => names.value.filter(name => !settled.value.has(name.tenantId)))

  /** The tenant list's rows: those read, then a named row for each tenant still to read. */
  const listRows = computed<TenantListRow[]>(() => [...rows.value, ...toRead.value.map(pendingTenantRow)])

  const requested = new Set<string>()
  /** Bumped by each load and invalidation: a read started before belongs to data since replaced. */
  let generation = 0

  function merge(listed: TenantListing): void {
    const read = new Set(tenants.value.map(t => t.tenant.id))
    tenants.value = [...tenants.value, ...listed.tenants.filter(t => !read.has(t.tenant.id))]
    const named = new Set(unreadable.value.map(t => t.tenantId))
    unreadable.value = [...unreadable.value, ...listed.unreadable.filter(t => !named.has(t.tenantId))]
  }

  /** Reads these tenants (those not read nor being read); the page stays as it is if one fails. */
  async function read(tenantIds: readonly string[]): Promise<void> {
    const fresh = tenantIds.filter(id => !settled.value.has(id) && !requested.has(id))
    if (fresh.length === 0) return
    for (const id of fresh) requested.add(id)
    const started = generation
    try {
      const listed = await useBackend().tenants.read(fresh)
      if (started === generation) merge(listed)
    } finally {
      for (const id of fresh) requested.delete(id)
    }
  }

  /** Every tenant read (pages that count or pick among them all), a batch at a time. */
  async function ensureAllRead(): Promise<void> {
    await ensureLoaded()
    const ids = toRead.value.map(name => name.tenantId)
    for (let from = 0; from < ids.length; from += READ_ALL_BATCH) await read(ids.slice(from, from + READ_ALL_BATCH))
  }

  async function load(): Promise<void> {
    state.value = 'loading'
    error.value = null
    try {
      const backend = useBackend()
      // Drift needs baselines; a backend without them shows none.
      const withBaselines = backend.capabilities.action('baselines.list').available
      const [directory, configured, followed] = await Promise.all([
        backend.tenants.directory(),
        withBaselines ? backend.settings.list() : [],
        withBaselines ? backend.baselines.list() : [],
      ])
      generation++
      names.value = directory.names
      tenants.value = directory.known.tenants
      unreadable.value = directory.known.unreadable
      configurations.value = configured
      baselines.value = followed
      state.value = 'ready'
    } catch (caught) {
      error.value = caught
      state.value = 'error'
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (state.value === 'idle' || state.value === 'error') await load()
  }

  /** Creates the tenant through the backend (which validates again) and returns it. */
  async function provision(
    request: ProvisionRequest & { baselineId: string | null },
  ): Promise<TenantWithSubscriptions> {
    const created = await useBackend()
      .tenants.provision(request)
      .catch((error: unknown) => {
        // Created, but not shown yet: the list is read afresh too, and shows it once it's there.
        if (isBackendError(error, 'pending')) invalidate()
        throw error
      })
    // Its configuration (and baseline) are new too: read the list afresh when it is next shown.
    invalidate()
    return created
  }

  /** Drops what is cached after a whole-store change (reset, import, bulk load). */
  function invalidate(): void {
    generation++
    names.value = []
    tenants.value = []
    unreadable.value = []
    state.value = 'idle'
  }

  return {
    names,
    nameOf,
    tenants,
    unreadable,
    toRead,
    configurations,
    baselines,
    state,
    error,
    rows,
    listRows,
    load,
    ensureLoaded,
    read,
    ensureAllRead,
    provision,
    invalidate,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useTenantsStore, import.meta.hot))
