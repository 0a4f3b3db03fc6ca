import type { IsoDate } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { TenantUser } from './users'
import { foldForSearch } from '../search'
import { liveSubscriptions } from '../tenant/policy'
import { seatsLeft, userPrincipalName } from './users'

/** `all`, `none` (unlicensed users) or a subscription id. */
export type LicenceFilter = 'all' | 'none' | (string & {})

export interface UserQuery {
  readonly search: string
  readonly licence: LicenceFilter
}

export const DEFAULT_USER_QUERY: UserQuery = { search: '', licence: 'all' }

const collator = new Intl.Collator('fr', { sensitivity: 'base' })

/** Users in name order, as every list shows them: last name, then first, accents and case aside; then address. */
export function byUserName(a: TenantUser, b: TenantUser): number {
  return (
    collator.compare(a.lastName, b.lastName) ||
    collator.compare(a.firstName, b.firstName) ||
    a.alias.localeCompare(b.alias)
  )
}

/** Users in name order (last name, then first), by accent-free search on name and address, and by licence. */
export function queryUsers(users: readonly TenantUser[], query: UserQuery): TenantUser[] {
  const needle = foldForSearch(query.search.trim())
  return users
    .filter(
      user =>
        query.licence === 'all' ||
        (query.licence === 'none' ? user.subscriptionId === null : user.subscriptionId === query.licence),
    )
    .filter(
      user =>
        needle === '' ||
        foldForSearch(`${user.displayName}\n${user.lastName} ${user.firstName}\n${userPrincipalName(user)}`).includes(
          needle,
        ),
    )
    .sort(byUserName)
}

/** Licences of one live subscription: assigned, bought and left. */
export interface SeatUsage {
  readonly subscription: Subscription
  readonly assigned: number
  readonly seats: number
  readonly left: number
}

export function seatUsage(subscriptions: readonly Subscription[], today: IsoDate): SeatUsage[] {
  return liveSubscriptions(subscriptions, today).map(subscription => ({
    subscription,
    assigned: subscription.assignedSeats,
    seats: subscription.seats,
    left: seatsLeft(subscription),
  }))
}
