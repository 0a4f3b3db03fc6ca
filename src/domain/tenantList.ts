import type { Baseline } from './baselines'
import type { OfferId } from './catalogue'
import type { TenantStatus } from './policy'
import type { SettingKey, TenantSettings } from './settings'
import type { IsoDate, TenantWithSubscriptions } from './tenant'
import { baselineDriftOf } from './baselines'
import { consoleAccess, liveSubscriptions, TENANT_STATUSES, tenantStatus } from './policy'
import { primaryDomain } from './tenant'

/** One line of the tenant list, derived once from a tenant and its subscriptions. */
export interface TenantRow {
  readonly id: string
  readonly companyName: string
  readonly primaryDomain: string
  readonly offers: readonly OfferId[]
  readonly seatsAssigned: number
  readonly seatsPurchased: number
  readonly status: TenantStatus
  readonly consoleAvailable: boolean
  /**
   * The baseline the tenant follows, how many of its settings have moved away from it, how many
   * the backend couldn't read (unknown, never drift) and how many were compared at all.
   */
  readonly baseline: { readonly id: string, readonly name: string, readonly drift: number, readonly unknown: number, readonly compared: number } | null
  /** Lower-case, accent-free company name and domains, so "societe" finds "Société". */
  readonly searchText: string
}

export type TenantSortKey = 'companyName' | 'primaryDomain' | 'seatsPurchased' | 'status'

export type BaselineFilter = 'following' | 'drifted'
export const BASELINE_FILTERS: readonly BaselineFilter[] = ['following', 'drifted']

export interface TenantQuery {
  readonly search: string
  readonly offer: OfferId | ''
  readonly status: TenantStatus | ''
  readonly baseline: BaselineFilter | ''
  readonly sortKey: TenantSortKey
  readonly sortDirection: 'ascending' | 'descending'
}

export const DEFAULT_TENANT_QUERY: TenantQuery = {
  search: '',
  offer: '',
  status: '',
  baseline: '',
  sortKey: 'companyName',
  sortDirection: 'ascending',
}

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

/** A tenant's baseline and its current settings, when it follows one; `unknown`: those the backend couldn't read. */
export interface FollowedBaseline {
  readonly baseline: Pick<Baseline, 'id' | 'name' | 'settings'>
  readonly settings: TenantSettings
  readonly unknown?: readonly SettingKey[]
}

export function toTenantRow({ tenant, subscriptions }: TenantWithSubscriptions, today: IsoDate, followed: FollowedBaseline | null = null): TenantRow {
  const live = liveSubscriptions(subscriptions, today)
  const counted = live.length > 0 ? live : subscriptions
  const drift = followed && baselineDriftOf(followed.baseline, followed.settings, subscriptions, today, followed.unknown)
  return {
    id: tenant.id,
    companyName: tenant.companyName,
    primaryDomain: primaryDomain(tenant),
    offers: [...new Set(counted.map(s => s.offerId))],
    seatsAssigned: counted.reduce((total, s) => total + s.assignedSeats, 0),
    seatsPurchased: counted.reduce((total, s) => total + s.seats, 0),
    status: tenantStatus(subscriptions, today),
    consoleAvailable: consoleAccess(subscriptions, today).available,
    baseline: followed && drift && {
      id: followed.baseline.id,
      name: followed.baseline.name,
      drift: drift.changes.length,
      unknown: drift.unknown.length,
      compared: drift.compared,
    },
    searchText: foldForSearch([tenant.companyName, ...tenant.domains.map(d => d.name)].join('\n')),
  }
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

function compareRows(a: TenantRow, b: TenantRow, key: TenantSortKey): number {
  switch (key) {
    case 'seatsPurchased':
      return a.seatsPurchased - b.seatsPurchased
    case 'status':
      // Lifecycle order (active, trial, trialExpired, cancelled), not the codes' spelling,
      // which the interface never shows.
      return TENANT_STATUSES.indexOf(a.status) - TENANT_STATUSES.indexOf(b.status)
    default:
      return collator.compare(a[key], b[key])
  }
}

/** Search by name or domain, filter by offer and status, then sort; ties fall back to company name. */
export function queryTenants(rows: readonly TenantRow[], query: TenantQuery): TenantRow[] {
  const needle = foldForSearch(query.search.trim())
  const direction = query.sortDirection === 'ascending' ? 1 : -1
  return rows
    .filter(row => needle === '' || row.searchText.includes(needle))
    .filter(row => query.offer === '' || row.offers.includes(query.offer))
    .filter(row => query.status === '' || row.status === query.status)
    .filter(row => query.baseline === '' || (row.baseline !== null && (query.baseline === 'following' || row.baseline.drift > 0)))
    .sort((a, b) => direction * compareRows(a, b, query.sortKey) || collator.compare(a.companyName, b.companyName))
}
