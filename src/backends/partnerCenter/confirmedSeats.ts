import type { TenantRepository } from '../backend'
import type { Subscription, TenantWithSubscriptions } from '@/domain/tenant/tenant'

/**
 * Seat changes Partner Center confirmed that Graph doesn't count yet. A PATCH of a subscription's
 * quantity answers at once, but `subscribedSkus` follows some time later (Microsoft gives no
 * figure): until it does, the console shows the confirmed seats, says Microsoft 365 still counts
 * the old ones (`seatsPropagatingFrom`), and computes the next change from the confirmed figure.
 * Kept for this session of the page only; a read where Graph no longer shows the old figure ends it.
 */
export interface ConfirmedSeats {
  /** Partner Center confirmed `seats` where Graph counted `counted`. */
  readonly confirm: (tenantId: string, subscriptionId: string, counted: number, seats: number) => void
  /** The tenant as the console shows it: the confirmed seats where Graph still counts the old ones. */
  readonly apply: <T extends TenantWithSubscriptions>(read: T) => T
  /** The tenant reads with `apply` on each. */
  readonly over: (tenants: TenantRepository) => TenantRepository
}

interface Confirmed {
  /** The figures Graph may still count on the way: the one before the changes, then each confirmed but the last. */
  readonly earlier: readonly number[]
  readonly seats: number
}

export function createConfirmedSeats(): ConfirmedSeats {
  const confirmed = new Map<string, Confirmed>()
  const key = (tenantId: string, subscriptionId: string) => `${tenantId}/${subscriptionId}`

  function shown(subscription: Subscription): Subscription {
    const change = confirmed.get(key(subscription.tenantId, subscription.id))
    if (!change) return subscription
    if (!change.earlier.includes(subscription.seats)) {
      // Graph counts the change now (or someone changed the seats since): its figure stands.
      confirmed.delete(key(subscription.tenantId, subscription.id))
      return subscription
    }
    return { ...subscription, seats: change.seats, seatsPropagatingFrom: subscription.seats }
  }

  function apply<T extends TenantWithSubscriptions>(read: T): T {
    return read.subscriptions.some(s => confirmed.has(key(s.tenantId, s.id)))
      ? { ...read, subscriptions: read.subscriptions.map(shown) }
      : read
  }

  return {
    confirm: (tenantId, subscriptionId, counted, seats) => {
      // A second change before the first arrives: Graph may count the figure before both, or the first's.
      const before = confirmed.get(key(tenantId, subscriptionId))
      const earlier = [...new Set([...(before ? [...before.earlier, before.seats] : []), counted])].filter(
        figure => figure !== seats,
      )
      confirmed.set(key(tenantId, subscriptionId), { earlier, seats })
    },
    apply,
    over: tenants => ({
      ...tenants,
      get: async tenantId => {
        const read = await tenants.get(tenantId)
        return read && apply(read)
      },
      listing: async () => {
        const listing = await tenants.listing()
        return { ...listing, tenants: listing.tenants.map(apply) }
      },
    }),
  }
}
