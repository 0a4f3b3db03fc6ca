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
  { id: 'company', labelKey: 'tenants.columns.company', sortKey: 'companyName', width: '19%' },
  { id: 'domain', labelKey: 'tenants.columns.domain', sortKey: 'primaryDomain', width: '18%' },
  { id: 'offers', labelKey: 'tenants.columns.offers', width: '12%' },
  { id: 'seats', labelKey: 'tenants.columns.seats', sortKey: 'seatsPurchased', numeric: true, width: '9%' },
  { id: 'status', labelKey: 'tenants.columns.status', sortKey: 'status', width: '10%' },
  { id: 'console', labelKey: 'tenants.columns.console', width: '10%' },
  { id: 'baseline', labelKey: 'tenants.columns.baseline', width: '22%' },
]
