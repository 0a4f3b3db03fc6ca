import type { TenantStatus } from '@/domain/tenant/policy'
import type { BaselineFilter, TenantQuery, TenantSortKey } from '@/domain/tenant/tenantList'
import type { LocationQuery } from 'vue-router'
import { reactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { isOfferId } from '@/domain/catalogue'
import { TENANT_STATUSES } from '@/domain/tenant/policy'
import { sortFromQuery, sortToQuery } from '@/domain/tableSort'
import { BASELINE_FILTERS, DEFAULT_TENANT_QUERY } from '@/domain/tenant/tenantList'

type EditableTenantQuery = { -readonly [K in keyof TenantQuery]: TenantQuery[K] }

const SORT_KEYS: readonly TenantSortKey[] = ['companyName', 'primaryDomain', 'seatsPurchased', 'status']
const DEFAULT_SORT = { key: DEFAULT_TENANT_QUERY.sortKey, direction: DEFAULT_TENANT_QUERY.sortDirection }

function one(value: LocationQuery[string] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** Reads a query from the URL, ignoring anything that is not a known value. */
function fromUrl(query: LocationQuery): TenantQuery {
  const offer = one(query.offer)
  const status = one(query.status) as TenantStatus
  const baseline = one(query.baseline) as BaselineFilter
  const sort = sortFromQuery(SORT_KEYS, DEFAULT_SORT, one(query.sort), one(query.dir))
  return {
    search: one(query.q),
    offer: isOfferId(offer) ? offer : '',
    status: TENANT_STATUSES.includes(status) ? status : '',
    baseline: BASELINE_FILTERS.includes(baseline) ? baseline : '',
    sortKey: sort.key,
    sortDirection: sort.direction,
  }
}

function toUrl(query: TenantQuery): Record<string, string> {
  const entries = {
    q: query.search,
    offer: query.offer,
    status: query.status,
    baseline: query.baseline,
  }
  const sort = sortToQuery({ key: query.sortKey, direction: query.sortDirection }, DEFAULT_SORT)
  return { ...Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== '')), ...sort }
}

/**
 * The tenant list's search, filters and sort, kept in the URL so Back and a shared link restore them; the sort
 * reads and writes the address as every sortable table does (`tableSort.ts`).
 */
export function useTenantQuery(): EditableTenantQuery {
  const route = useRoute()
  const router = useRouter()
  const query = reactive<EditableTenantQuery>(fromUrl(route.query))

  watch(query, () => {
    void router.replace({ query: toUrl(query) })
  })

  return query
}
