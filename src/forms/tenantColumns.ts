import type { TenantSortKey } from '@/domain/tenant/tenantList'

export interface TenantColumn {
  readonly id: 'company' | 'domain' | 'offers' | 'seats' | 'status' | 'console' | 'baseline'
  readonly labelKey: string
  /** Columns with a sort key get a sort button in their header. */
  readonly sortKey?: TenantSortKey
  readonly numeric?: boolean
  readonly width: string
}

export const tenantColumns: readonly TenantColumn[] = [
  // The names, domains and offers get the room; the baseline badge and name need less (review M10).
  { id: 'company', labelKey: 'tenants.columns.company', sortKey: 'companyName', width: '23%' },
  { id: 'domain', labelKey: 'tenants.columns.domain', sortKey: 'primaryDomain', width: '23%' },
  { id: 'offers', labelKey: 'tenants.columns.offers', width: '14%' },
  { id: 'seats', labelKey: 'tenants.columns.seats', sortKey: 'seatsPurchased', numeric: true, width: '7%' },
  { id: 'status', labelKey: 'tenants.columns.status', sortKey: 'status', width: '10%' },
  { id: 'console', labelKey: 'tenants.columns.console', width: '9%' },
  { id: 'baseline', labelKey: 'tenants.columns.baseline', width: '14%' },
]
