import type { RouteLocationRaw } from 'vue-router'
import type { FindItem } from '@/domain/find/findIndex'

/** Where a search result opens: a tenant's overview, its Domains page, or its Users page with that user open. */
export function findTarget(item: FindItem): RouteLocationRaw {
  const params = { tenantId: item.tenantId }
  if (item.kind === 'domain') return { name: 'tenant-domains', params }
  if (item.kind === 'user') return { name: 'tenant-users', params, query: { user: item.key } }
  return { name: 'tenant-overview', params }
}
