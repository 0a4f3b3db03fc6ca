import type { TenantStatus } from '@/domain/tenant/policy'
import type { BaselineFilter, TenantQuery, TenantSortKey } from '@/domain/tenant/tenantList'
import type { LocationQuery } from 'vue-router'
import { reactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { isOfferId } from '@/domain/catalogue'
import { TENANT_STATUSES } from '@/domain/tenant/policy'
import { BASELINE_FILTERS, DEFAULT_TENANT_QUERY } from '@/domain/tenant/tenantList'

type EditableTenantQuery = { -readonly [K in keyof TenantQuery]: TenantQuery[K] }

const SORT_KEYS: readonly TenantSortKey[] = ['companyName', 'primaryDomain', 'seatsPurchased', 'status']

function one(value: LocationQuery[string] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** Reads a query from the URL, ignoring anything that is not a known value. */
function fromUrl(query: LocationQuery): TenantQuery {
  const offer = one(query.offer)
  const status = one(query.status) as TenantStatus
  const baseline = one(query.baseline) as BaselineFilter
  const sortKey = one(query.sort) as TenantSortKey
  return {
    search: one(query.q),
    offer: isOfferId(offer) ? offer : '',
    status: TENANT_STATUSES.includes(status) ? status : '',
    baseline: BASELINE_FILTERS.includes(baseline) ? baseline : '',
    sortKey: SORT_KEYS.includes(sortKey) ? sortKey : DEFAULT_TENANT_QUERY.sortKey,
    sortDirection: one(query.dir) === 'descending' ? 'descending' : 'ascending',
  }
}

function toUrl(query: TenantQuery): Record<string, string> {
  const entries = {
    q: query.search,
    offer: query.offer,
    status: query.status,
    baseline: query.baseline,
    sort: query.sortKey === DEFAULT_TENANT_QUERY.sortKey ? '' : query.sortKey,
    dir: query.sortDirection === DEFAULT_TENANT_QUERY.sortDirection ? '' : query.sortDirection,
  }
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== ''))
}

/** The tenant list's search, filters and sort, kept in the URL so Back and a shared link restore them. */
export function useTenantQuery(): EditableTenantQuery {
  const route = useRoute()
  const router = useRouter()
  const query = reactive<EditableTenantQuery>(fromUrl(route.query))

  watch(query, () => {
    void router.replace({ query: toUrl(query) })
  })

  return query
}
