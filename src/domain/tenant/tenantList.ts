import type { OfferId } from '../catalogue'
import type { Baseline } from '../console/baselines'
import type { SettingKey, TenantSettings } from '../console/settings'
import type { IsoDate } from '../dates'
import type { TenantStatus } from './policy'
import type { TenantWithSubscriptions } from './tenant'
import { baselineDriftOf } from '../console/baselines'
import { foldForSearch } from '../search'
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
  readonly baseline: {
    readonly id: string
    readonly name: string
    readonly drift: number
    readonly unknown: number
    readonly compared: number
  } | null
  /** Lower-case, accent-free company name and domains, so "societe" finds "Société". */
  readonly searchText: string
  readonly pending: false
}

/** Why Microsoft 365 won't let a tenant be read yet: a sign-in, an admin consent, or a GDAP role wanted. */
export type OutOfReach = 'signInNeeded' | 'consentNeeded' | 'noRole'

/**
 * A tenant named but not read: still to read (the list reads it when it comes into view), or out of reach. Either way
 * it keeps its place in the list, so no row moves under the pointer when Microsoft answers for it.
 */
export interface PendingTenantRow {
  readonly id: string
  readonly companyName: string
  readonly searchText: string
  readonly pending: true
  /** Why it can't be read, once Microsoft said so; absent while it is still to read. */
  readonly outOfReach?: OutOfReach
}

export type TenantListRow = TenantRow | PendingTenantRow

export function pendingTenantRow(
  { tenantId, companyName }: { readonly tenantId: string; readonly companyName: string },
  outOfReach?: OutOfReach,
): PendingTenantRow {
  const row = { id: tenantId, companyName, searchText: foldForSearch(companyName), pending: true } as const
  return outOfReach ? { ...row, outOfReach } : row
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

/** A tenant's baseline and its current settings, when it follows one; `unknown`: those the backend couldn't read. */
export interface FollowedBaseline {
  readonly baseline: Pick<Baseline, 'id' | 'name' | 'settings'>
  readonly settings: TenantSettings
  readonly unknown?: readonly SettingKey[]
}

export function toTenantRow(
  { tenant, subscriptions }: TenantWithSubscriptions,
  today: IsoDate,
  followed: FollowedBaseline | null = null,
): TenantRow {
  const live = liveSubscriptions(subscriptions, today)
  const counted = live.length > 0 ? live : subscriptions
  const drift =
    followed && baselineDriftOf(followed.baseline, followed.settings, subscriptions, today, followed.unknown)
  return {
    id: tenant.id,
    companyName: tenant.companyName,
    primaryDomain: primaryDomain(tenant),
    offers: [...new Set(counted.map(s => s.offerId))],
    seatsAssigned: counted.reduce((total, s) => total + s.assignedSeats, 0),
    seatsPurchased: counted.reduce((total, s) => total + s.seats, 0),
    status: tenantStatus(subscriptions, today),
    consoleAvailable: consoleAccess(subscriptions, today).available,
    baseline: followed &&
      drift && {
        id: followed.baseline.id,
        name: followed.baseline.name,
        drift: drift.changes.length,
        unknown: drift.unknown.length,
        compared: drift.compared,
      },
    searchText: foldForSearch([tenant.companyName, ...tenant.domains.map(d => d.name)].join('\n')),
    pending: false,
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

/**
 * Whether the query asks what only a read tenant knows (its offers, status, baseline, seats or
 * domain): then every tenant must be read before the answer is whole. A name needs no reading.
 */
export function queryNeedsReadTenants(query: TenantQuery): boolean {
  return query.offer !== '' || query.status !== '' || query.baseline !== '' || query.sortKey !== 'companyName'
}

function matches(row: TenantRow, query: TenantQuery): boolean {
  return (
    (query.offer === '' || row.offers.includes(query.offer)) &&
    (query.status === '' || row.status === query.status) &&
    (query.baseline === '' || (row.baseline !== null && (query.baseline === 'following' || row.baseline.drift > 0)))
  )
}

/**
 * Search by name or domain, filter by offer and status, then sort; ties fall back to company name.
 * A tenant not read yet is found by its name, left out by any other filter (it can't be said to
 * match), and sorted by name among the others or after them.
 */
export function queryTenants<Row extends TenantListRow>(rows: readonly Row[], query: TenantQuery): Row[] {
  const needle = foldForSearch(query.search.trim())
  const direction = query.sortDirection === 'ascending' ? 1 : -1
  const filtered = queryNeedsReadTenants({ ...query, sortKey: 'companyName' })
  return rows
    .filter(row => needle === '' || row.searchText.includes(needle))
    .filter(row => (row.pending ? !filtered : matches(row, query)))
    .sort((a, b) => {
      if (a.pending || b.pending) {
        const pendingLast = query.sortKey === 'companyName' ? 0 : Number(a.pending) - Number(b.pending)
        return pendingLast || direction * collator.compare(a.companyName, b.companyName)
      }
      return direction * compareRows(a, b, query.sortKey) || collator.compare(a.companyName, b.companyName)
    })
}
