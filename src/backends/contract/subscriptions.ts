import type { OfferId } from '@/domain/catalogue'
import type { BillingChoice } from '@/domain/tenant/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'

/** Building blocks a tenant buys. Each call returns the tenant with all its subscriptions as they now are. */
export interface SubscriptionRepository {
  /** Adds a catalogue offer the tenant doesn't have live yet. */
  add: (tenantId: string, offerId: OfferId, seats: number, billing: BillingChoice) => Promise<TenantWithSubscriptions>
  /** Changes the seats bought; never below the licences assigned or the offer's minimum. */
  changeSeats: (tenantId: string, subscriptionId: string, seats: number) => Promise<TenantWithSubscriptions>
  /** Turns a trial (running or ended) into a paid subscription, keeping its seats and users. */
  convertToPaid: (tenantId: string, subscriptionId: string) => Promise<TenantWithSubscriptions>
  /**
   * Moves a subscription to another offer (Deskless Worker Suite → Standard Suite), keeping seats
   * and users; when the tenant already runs that offer, they join that subscription and this one ends.
   */
  move: (tenantId: string, subscriptionId: string, toOfferId: OfferId) => Promise<TenantWithSubscriptions>
  /** Cancels from today; users keep their accounts but lose the licence. */
  cancel: (tenantId: string, subscriptionId: string) => Promise<TenantWithSubscriptions>
}
