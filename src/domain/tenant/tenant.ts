import type { OfferId } from '../catalogue'
import type { IsoDate, IsoDateTime } from '../dates'
import type { PostalAddress } from './postalAddress'
import type { WorkstationCount } from './workstations'

export type SubscriptionState = 'trial' | 'active' | 'cancelled'

/**
 * A subscription's billing history: what the partner fee engine is computed from.
 *
 * Events, oldest first (events on the same day apply in the order given):
 * - `sold`: the sale, or a trial's conversion to paid (a trial itself earns nothing, so a trial
 *   that was never converted has no events at all). `seats` is the number sold. Exactly one, first.
 * - `seatsChanged`: `seats` is the subscription's new total (as `Subscription.seats` stores it),
 *   not the difference. An increase is a new sale of the added seats on that date; a decrease
 *   only lowers what is billed from the next billed month.
 * - `cancelled`: the last event; the subscription is no longer live from that day on.
 *
 * Not modelled: moving a subscription to another offer (a history has one `offerId`) and
 * selling again after a cancellation (that is a new subscription with its own history).
 */
export type SubscriptionEvent =
  | { readonly on: IsoDate; readonly kind: 'sold'; readonly seats: number }
  | { readonly on: IsoDate; readonly kind: 'seatsChanged'; readonly seats: number }
  | { readonly on: IsoDate; readonly kind: 'cancelled' }

export type SubscriptionEventKind = SubscriptionEvent['kind']

export interface Subscription {
  readonly id: string
  readonly tenantId: string
  readonly offerId: OfferId
  /** Licences bought. */
  readonly seats: number
  /** Licences assigned to users. */
  readonly assignedSeats: number
  readonly state: SubscriptionState
  readonly startedOn: IsoDate
  /** Set for trials: the last day of the 30-day trial. */
  readonly trialEndsOn: IsoDate | null
  readonly cancelledOn: IsoDate | null
  /**
   * What was sold and when (the sale or conversion, seat changes, the cancellation), recorded as
   * it happens, for exact fees. Absent on records from before it was kept: derived from the rest.
   */
  readonly billingEvents?: readonly SubscriptionEvent[]
  /**
   * Set while a seat change the seller confirmed hasn't reached the licence counts yet (Microsoft
   * 365: Partner Center took the new quantity, Graph still counts the old one): the seats still
   * counted there. `seats` is the confirmed figure.
   */
  readonly seatsPropagatingFrom?: number
}

export interface TenantDomain {
  readonly name: string
  readonly isInitial: boolean
  readonly isDefault: boolean
  readonly verified: boolean
}

export interface TenantContact {
  readonly name: string
  readonly email: string
  readonly phone: string
}

export interface Tenant {
  readonly id: string
  /** Stored exactly as typed (trimmed); always rendered as text. */
  readonly companyName: string
  readonly contact: TenantContact
  /** ISO 3166-1 alpha-2. */
  readonly country: string
  /** Where the company is, in `country`, as provisioning recorded it; absent on tenants from before it was asked. */
  readonly address?: PostalAddress
  /** BCP 47 language of the tenant's users, e.g. `fr`. */
  readonly language: string
  readonly domains: readonly TenantDomain[]
  readonly createdAt: IsoDateTime
  /** Counted by the partner for Office Pro; absent until someone records it. */
  readonly workstations?: WorkstationCount
}

export interface TenantWithSubscriptions {
  readonly tenant: Tenant
  readonly subscriptions: readonly Subscription[]
}

export interface Partner {
  readonly id: string
  readonly name: string
  /** Who the activity log names for changes made in this browser. */
  readonly actor: string
}

export function primaryDomain(tenant: Tenant): string {
  return (
    (tenant.domains.find(d => d.isDefault) ?? tenant.domains.find(d => d.isInitial) ?? tenant.domains[0])?.name ?? ''
  )
}

export function initialDomainPrefix(tenant: Tenant): string {
  const initial = tenant.domains.find(d => d.isInitial)
  return initial ? (initial.name.split('.')[0] ?? '') : ''
}
