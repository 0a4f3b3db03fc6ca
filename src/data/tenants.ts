import type {
  ProvisionedTenant,
  TenantConfiguration,
  TenantDirectory,
  TenantListing,
  TenantName,
} from '@/backends/backend'
import type { Baseline } from '@/domain/console/baselines'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { FollowedBaseline, TenantListRow, TenantRow } from '@/domain/tenant/tenantList'
import { useMutation, useQuery, useQueryCache, type DataStateStatus } from '@pinia/colada'
import { computed, watch, type MaybeRefOrGetter } from 'vue'
import { isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { pendingTenantRow, toTenantRow } from '@/domain/tenant/tenantList'
import { useSessionStore } from '@/stores/session'

export type { AdminRole, TenantAccessProblem, TenantName, UnreadableTenant } from '@/backends/backend'

/**
 * Every tenant read's key. A write that changes what a tenant shows (seats, offers, a domain, a
 * baseline) invalidates the keys below, so the list and the tenant's pages read it afresh.
 */
export const tenantKeys = {
  all: ['tenants'] as const,
  /** Every client tenant by name, with those read so far: the list's reads land in it too. */
  directory: ['tenants', 'directory'] as const,
  /**
   * What the list's drift compares: each tenant's console settings and the baselines. The
   * baselines module invalidates it when a baseline changes or is applied.
   */
  drift: ['tenants', 'drift'] as const,
  /** Initial-domain prefixes already taken, for a new tenant's uniqueness rule. */
  domainPrefixes: ['tenants', 'domainPrefixes'] as const,
  /** One tenant's record and subscriptions (the open tenant's pages). */
  one: (tenantId: string) => ['tenants', 'one', tenantId] as const,
  /** One tenant's console settings and the baseline it follows. */
  configuration: (tenantId: string) => ['tenants', 'one', tenantId, 'configuration'] as const,
}

/** How many tenants one read asks for when reading them all (the backend's own queue bounds the calls). */
const READ_ALL_BATCH = 50

interface DriftSources {
  readonly configurations: readonly TenantConfiguration[]
  readonly baselines: readonly Baseline[]
}

/** Every client tenant by name at once, and those the backend already knows (read before, or cheap to read). */
export function useTenantDirectory() {
  return useQuery({ key: tenantKeys.directory, query: () => useBackend().tenants.directory() })
}

/** The settings and baselines the list's drift column needs; a backend without baselines shows none. */
export function useTenantDrift() {
  return useQuery({
    key: tenantKeys.drift,
    query: async (): Promise<DriftSources> => {
      const backend = useBackend()
      if (!backend.capabilities.action('baselines.list').available) return { configurations: [], baselines: [] }
      const [configurations, baselines] = await Promise.all([backend.settings.list(), backend.baselines.list()])
      return { configurations, baselines }
    },
  })
}

/** A tenant's name as the partner's directory gives it, once listed; its id until then. */
export function useTenantNameOf() {
  const directory = useTenantDirectory()
  return (tenantId: string): string =>
    directory.data.value?.names.find(name => name.tenantId === tenantId)?.companyName ?? tenantId
}

/**
 * Ids being read, per directory read: a directory read afresh starts a new set, so a read started
 * before it (whose answer is dropped) never keeps a row waiting.
 */
const inFlight = new WeakMap<readonly TenantName[], Set<string>>()

/** Adds what a read found to the directory it was started for (dropped if the directory was read afresh since). */
function merge(directory: TenantDirectory | undefined, names: readonly TenantName[], listed: TenantListing) {
  if (!directory || directory.names !== names) return directory
  const read = new Set(directory.known.tenants.map(t => t.tenant.id))
  const named = new Set(directory.known.unreadable.map(t => t.tenantId))
  return {
    names,
    known: {
      tenants: [...directory.known.tenants, ...listed.tenants.filter(t => !read.has(t.tenant.id))],
      unreadable: [...directory.known.unreadable, ...listed.unreadable.filter(t => !named.has(t.tenantId))],
    },
  }
}

/**
 * The partner's client tenants as the list shows them: every one by name at once, each read as it
 * is needed (the list reads the rows in view; pages that need them all read them all). Reads go
 * through the backend's bounded queue and land in the directory's one cache entry, so thousands of
 * rows stay one array, not thousands of queries.
 */
export function useTenantList() {
  const directory = useTenantDirectory()
  const drift = useTenantDrift()
  const session = useSessionStore()
  const queryCache = useQueryCache()

  /** Ready once both are read; failed if either failed (the filters on drift would otherwise lie). */
  const status = computed<DataStateStatus>(() => {
    const both = [directory.status.value, drift.status.value]
    if (both.includes('error')) return 'error'
    return both.every(one => one === 'success') ? 'success' : 'pending'
  })
  const error = computed(() => directory.error.value ?? drift.error.value)

  const names = computed(() => directory.data.value?.names ?? [])
  const tenants = computed(() => directory.data.value?.known.tenants ?? [])
  /** Tenants known but not read, with why: no GDAP role, no consent, a sign-in wanted (Microsoft 365 only). */
  const unreadable = computed(() => directory.data.value?.known.unreadable ?? [])

  const rows = computed<TenantRow[]>(() => {
    const { configurations = [], baselines = [] } = drift.data.value ?? {}
    const baselinesById = new Map(baselines.map(baseline => [baseline.id, baseline]))
    const followed = new Map<string, FollowedBaseline>()
    // What the backend couldn't read is unknown, never drift: the domain leaves it out.
    for (const { tenantId, baselineId, settings, unknownSettings } of configurations) {
      const baseline = baselineId === null ? undefined : baselinesById.get(baselineId)
      if (baseline) followed.set(tenantId, { baseline, settings, unknown: unknownSettings })
    }
    return tenants.value.map(t => toTenantRow(t, session.today, followed.get(t.tenant.id) ?? null))
  })

  /** Ids of the tenants read or named unreadable; the others are still to read. */
  const settled = computed(
    () => new Set([...tenants.value.map(t => t.tenant.id), ...unreadable.value.map(t => t.tenantId)]),
  )
  const toRead = computed(() => names.value.filter(name => !settled.value.has(name.tenantId)))

  /** The list's rows: those read, then a named row for each tenant still to read, and one for each out of reach. */
  const listRows = computed<TenantListRow[]>(() => [
    ...rows.value,
    ...toRead.value.map(name => pendingTenantRow(name)),
    ...unreadable.value.map(tenant => pendingTenantRow(tenant, tenant.problem.kind)),
  ])

  /** Reads these tenants (those not read nor being read); the list stays as it is if one fails. */
  async function read(tenantIds: readonly string[]): Promise<void> {
    const current = names.value
    const reading = inFlight.get(current) ?? new Set<string>()
    inFlight.set(current, reading)
    const fresh = tenantIds.filter(id => !settled.value.has(id) && !reading.has(id))
    if (fresh.length === 0) return
    for (const id of fresh) reading.add(id)
    try {
      const listed = await useBackend().tenants.read(fresh)
      queryCache.setQueryData<TenantDirectory | undefined>(tenantKeys.directory, directory =>
        merge(directory, current, listed),
      )
    } finally {
      for (const id of fresh) reading.delete(id)
    }
  }

  /** Every tenant read (pages that count or pick among them all), a batch at a time. */
  async function readAll(): Promise<void> {
    const ids = toRead.value.map(name => name.tenantId)
    for (let from = 0; from < ids.length; from += READ_ALL_BATCH) await read(ids.slice(from, from + READ_ALL_BATCH))
  }

  /** Reads again what failed or is stale (the list's retry). */
  async function refresh(): Promise<void> {
    await Promise.all([directory.refresh(), drift.refresh()])
  }

  return { directory, drift, status, error, names, tenants, unreadable, rows, toRead, listRows, read, readAll, refresh }
}

/**
 * The tenant list for a page that counts or picks among every tenant (baselines, opportunities):
 * each one is read as soon as the directory is, a batch at a time. A failed read leaves its
 * tenants named, as the list does.
 */
export function useAllTenants() {
  const list = useTenantList()
  watch(
    () => list.status.value === 'success' && list.toRead.value.length > 0 && list.names.value,
    listed => {
      if (listed) list.readAll().catch(() => {})
    },
    { immediate: true },
  )
  return list
}

/** Initial-domain prefixes the partner's tenants already use (read only where a tenant can be created). */
export function useTakenDomainPrefixes(enabled: MaybeRefOrGetter<boolean> = true) {
  return useQuery({ key: tenantKeys.domainPrefixes, query: () => useBackend().tenants.domainPrefixes(), enabled })
}

/** After a change across tenants (reset, import, a conversion): every tenant read is read afresh when next shown. */
export function useTenantsInvalidation() {
  const queryCache = useQueryCache()
  return () => queryCache.invalidateQueries({ key: tenantKeys.all })
}

/**
 * Creates a tenant through the backend (which validates again). Its configuration and baseline
 * are new too, so every tenant read is read afresh; also when Microsoft 365 made it but doesn't
 * show it yet (`pending`), so the list shows it once it's there.
 */
export function useProvisionTenant() {
  const queryCache = useQueryCache()
  return useMutation({
    mutation: (request: ProvisionRequest & { baselineId: string | null }): Promise<ProvisionedTenant> =>
      useBackend().tenants.provision(request),
    onSettled: (_created, error) => {
      if (!error || isBackendError(error, 'pending')) void queryCache.invalidateQueries({ key: tenantKeys.all })
    },
  })
}
