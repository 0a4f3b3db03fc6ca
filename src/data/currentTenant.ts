import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { MaybeRefOrGetter } from 'vue'
import { useQuery, useQueryCache } from '@pinia/colada'
import { computed, toValue } from 'vue'
import { useRoute } from 'vue-router'
import { activityKeys } from './activity'
import { tenantKeys } from './tenants'
import { useBackend } from '@/backends/current'

export type { TenantConfiguration, UnreadableReason } from '@/backends/backend'

/** One tenant with its subscriptions; `null` when there is none with that id (removed, or a wrong link). */
export function useTenant(tenantId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => tenantKeys.one(toValue(tenantId)),
    query: async () => (await useBackend().tenants.get(toValue(tenantId))) ?? null,
  })
}

/** A tenant's console settings and baseline, read once the tenant itself is found. */
export function useTenantConfiguration(tenantId: MaybeRefOrGetter<string>, found: MaybeRefOrGetter<boolean> = true) {
  return useQuery({
    key: () => tenantKeys.configuration(toValue(tenantId)),
    query: () => useBackend().settings.get(toValue(tenantId)),
    enabled: () => toValue(found),
  })
}

/**
 * The id of the tenant whose pages are open. It keeps the last one while the person leaves, so a
 * page on its way out never reads (or shows) a tenant with no id.
 */
function useOpenTenantId() {
  const route = useRoute()
  let last = ''
  return computed(() => {
    const id = 'tenantId' in route.params ? route.params.tenantId : undefined
    if (typeof id === 'string' && id !== '') last = id
    return last
  })
}

/**
 * What a write to a tenant refreshes: the tenant itself at once (the header, overview and tabs
 * follow), its configuration (console availability follows its offers), its activity (the write
 * is logged), and the tenant list (seats, offers), read afresh when next shown.
 */
export function useTenantChange() {
  const queryCache = useQueryCache()

  function invalidateAround(tenantId: string): void {
    void queryCache.invalidateQueries({ key: tenantKeys.configuration(tenantId), exact: true })
    void queryCache.invalidateQueries({ key: activityKeys.tenant(tenantId) })
    void queryCache.invalidateQueries({ key: tenantKeys.directory })
    void queryCache.invalidateQueries({ key: tenantKeys.drift })
  }

  /** Takes a changed tenant (new seats, a moved offer, a domain) as the backend returned it. */
  function replaceTenant(changed: TenantWithSubscriptions): void {
    queryCache.setQueryData(tenantKeys.one(changed.tenant.id), changed)
    invalidateAround(changed.tenant.id)
  }

  /** Reads the tenant afresh (a record another tab removed): the page shows it as it now is. */
  function reread(tenantId: string): Promise<unknown> {
    invalidateAround(tenantId)
    return queryCache.invalidateQueries({ key: tenantKeys.one(tenantId), exact: true })
  }

  return { replaceTenant, reread }
}

/**
 * The tenant whose pages are open (the route's `tenantId`): its record and subscriptions, its
 * console settings, and what changes them. Every page under a tenant shares the same two reads.
 */
export function useCurrentTenant() {
  const tenantId = useOpenTenantId()
  const record = useTenant(tenantId)
  const tenant = computed(() => record.data.value ?? null)
  const settings = useTenantConfiguration(tenantId, () => tenant.value !== null)
  const configuration = computed(() => settings.data.value ?? null)
  const change = useTenantChange()

  return { tenantId, record, settings, tenant, configuration, ...change }
}
