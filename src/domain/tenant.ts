import type { SubscriptionEvent } from './feeHistory'
import type { OfferId } from './catalogue'
import type { WorkstationCount } from './workstations'

/** ISO date (YYYY-MM-DD) or ISO timestamp, as stored. */
export type IsoDate = string
export type IsoDateTime = string

export type SubscriptionState = 'trial' | 'active' | 'cancelled'

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

/** The console area a change belongs to; the Activity pages filter by it. */
export type ActivityArea =
  | 'tenant'
  | 'subscription'
  | 'domain'
  | 'user'
  | 'exchange'
  | 'sharepoint'
  | 'communications'
  | 'baseline'
  | 'service'
  | 'quote'
  | 'data'

export const ACTIVITY_AREAS: readonly ActivityArea[] = [
  'tenant',
  'subscription',
  'domain',
  'user',
  'exchange',
  'sharepoint',
  'communications',
  'baseline',
  'service',
  'quote',
  'data',
]

export type ActivityValue = string | number | boolean | null

/** One value a change moved: a setting key or a field name, with what it was and what it became. */
export interface ActivityChange {
  readonly field: string
  readonly before: ActivityValue
  readonly after: ActivityValue
}

export interface ActivityEntry {
  readonly id: string
  readonly at: IsoDateTime
  readonly actor: string
  readonly tenantId: string | null
  readonly tenantName: string | null
  readonly area: ActivityArea
  /** A stable code the interface translates, e.g. `tenant.provisioned`. */
  readonly action: string
  /** Values the translated sentence names (company, offer, seats…). */
  readonly details: Readonly<Record<string, string | number>>
  /** Before → after, for changes that moved values (settings, seats, a user's licence…). */
  readonly changes?: readonly ActivityChange[]
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
