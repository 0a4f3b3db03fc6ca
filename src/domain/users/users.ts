import type { WorkloadId } from '../catalogue'
import type { IsoDateTime } from '../dates'
import type { Subscription } from '../tenant/tenant'
import { getOffer } from '../catalogue'

/** The four services a licence can carry; each user has a switch per service their licence includes. */
export type UserWorkload = WorkloadId
export const USER_WORKLOADS: readonly UserWorkload[] = ['exchange', 'sharepoint', 'communications', 'liveMeeting']

/** Exchange protocol switches a user can have turned off even where the tenant allows them. */
export interface UserExchangeOverrides {
  readonly outlookAnywhere?: boolean
  readonly activeSync?: boolean
  readonly pop3?: boolean
  readonly imap4?: boolean
  /** A mailbox size for this user only, within the licence's limit. */
  readonly mailboxMb?: number
}

export interface TenantUser {
  readonly id: string
  readonly tenantId: string
  readonly firstName: string
  readonly lastName: string
  readonly displayName: string
  /** The part before the @, stored in lower case. */
  readonly alias: string
  /** One of the tenant's verified domains. */
  readonly domain: string
  /** ISO 3166-1 alpha-2: where the user works, which Microsoft needs before it assigns a licence. */
  readonly usageLocation: string
  /** The subscription whose licence the user holds, or null for an unlicensed user. */
  readonly subscriptionId: string | null
  readonly services: Readonly<Record<UserWorkload, boolean>>
  /**
   * Services the backend couldn't read for this user (their SKU carries no plan the catalogue
   * maps for them): shown as unknown, never switched; their value in `services` means nothing.
   */
  readonly unknownServices?: readonly UserWorkload[]
  readonly exchange: UserExchangeOverrides
  readonly blocked: boolean
  readonly createdAt: IsoDateTime
  /** Where the backend counts changes: the edit form sends it back, and a save from an older one is refused. */
  readonly version?: number
}

/** What the add, edit and CSV import forms send. */
export interface UserInput {
  readonly firstName: string
  readonly lastName: string
  readonly alias: string
  readonly domain: string
  readonly usageLocation: string
  readonly subscriptionId: string | null
  /** The edit form's: the version of the user it was opened from. */
  readonly expectedVersion?: number
}

export function userPrincipalName(user: Pick<TenantUser, 'alias' | 'domain'>): string {
  return `${user.alias}@${user.domain}`
}

/** The services a licence includes: a Standard Suite licence all four, a Deskless one mail and read-only sites. */
export function licensedWorkloads(subscription: Subscription | undefined): readonly UserWorkload[] {
  return subscription ? getOffer(subscription.offerId).services : []
}

/** How many licences of a subscription are still free. */
export function seatsLeft(subscription: Subscription): number {
  return Math.max(0, subscription.seats - subscription.assignedSeats)
}
