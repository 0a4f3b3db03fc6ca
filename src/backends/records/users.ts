import type { ActivityChange } from '@/domain/activityLog'
import type { Subscription } from '@/domain/tenant/tenant'
import type { TenantUser, UserWorkload } from '@/domain/users/users'
import { userPrincipalName } from '@/domain/users/users'

// What the activity log says of a change to a user, whichever adapter made it.

/** What a user's activity entry names, so the log reads without the user still existing. */
export function who(user: Pick<TenantUser, 'displayName' | 'alias' | 'domain'>) {
  return { displayName: user.displayName, userPrincipalName: userPrincipalName(user) }
}

function offerOf(subscriptionId: string | null, subscriptions: readonly Subscription[]): string | null {
  return subscriptions.find(s => s.id === subscriptionId)?.offerId ?? null
}

/** The fields an edit moved, as the activity log shows them (a licence by its offer). */
export function userChanges(
  before: TenantUser,
  after: TenantUser,
  subscriptions: readonly Subscription[],
): ActivityChange[] {
  const fields = ['firstName', 'lastName', 'alias', 'domain', 'usageLocation'] as const
  const changes: ActivityChange[] = fields
    .filter(field => before[field] !== after[field])
    .map(field => ({ field, before: before[field], after: after[field] }))
  if (before.subscriptionId !== after.subscriptionId)
    changes.push({
      field: 'licence',
      before: offerOf(before.subscriptionId, subscriptions),
      after: offerOf(after.subscriptionId, subscriptions),
    })
  return changes
}

/** The service switches a change turns, before → after. */
export function serviceChanges(
  user: Pick<TenantUser, 'services'>,
  services: Partial<Record<UserWorkload, boolean>>,
): ActivityChange[] {
  return Object.entries(services)
    .filter(([key, value]) => value !== undefined && user.services[key as UserWorkload] !== value)
    .map(([key, value]) => ({
      field: `services.${key}`,
      before: user.services[key as UserWorkload],
      after: value as boolean,
    }))
}
