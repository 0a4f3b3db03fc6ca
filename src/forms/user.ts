import type { IsoDate } from '@/domain/dates'
import type { Subscription, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { TenantUser, UserInput } from '@/domain/users/users'
import { liveSubscriptions } from '@/domain/tenant/policy'
import { primaryDomain } from '@/domain/tenant/tenant'
import { seatsLeft } from '@/domain/users/users'

/** A new user starts on the tenant's default domain and country, without a licence. */
export function emptyUserForm({ tenant }: TenantWithSubscriptions): UserInput {
  return {
    firstName: '',
    lastName: '',
    alias: '',
    domain: primaryDomain(tenant),
    usageLocation: tenant.country,
    subscriptionId: null,
  }
}

/** The edit form of a user, holding the version it was opened from: a save over a newer one is refused. */
export function userFormOf(user: TenantUser): UserInput {
  const { firstName, lastName, alias, domain, usageLocation, subscriptionId } = user
  return { firstName, lastName, alias, domain, usageLocation, subscriptionId, expectedVersion: user.version ?? 0 }
}

export interface LicenceOption {
  readonly subscription: Subscription
  readonly left: number
}

/**
 * Licences the form offers: the tenant's live subscriptions with their seats left (a full one stays
 * listed, so choosing it says why it is refused), and the one the user holds even if it has ended.
 */
export function licenceOptions(
  subscriptions: readonly Subscription[],
  today: IsoDate,
  held: string | null = null,
): LicenceOption[] {
  return subscriptions
    .filter(s => s.id === held || liveSubscriptions([s], today).length > 0)
    .map(subscription => ({ subscription, left: seatsLeft(subscription) }))
}
