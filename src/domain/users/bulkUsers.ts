import type { IsoDate } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import type { TenantUser, UserWorkload } from './users'
import { overridesForLicence, userLicence, workloadAvailability, workloadsForLicence } from './userWorkloads'
import { validateLicence } from './userValidation'

/** One change made to many users at once from the users list. */
export type BulkUserAction =
  | { readonly kind: 'licence'; readonly subscriptionId: string | null }
  | { readonly kind: 'services'; readonly services: Partial<Record<UserWorkload, boolean>> }
  | { readonly kind: 'block'; readonly blocked: boolean }
  | { readonly kind: 'resetPassword' }

/** What the action does to one user: `after` is the user as stored once changed (a reset changes no field). */
export type BulkUserPlan =
  | { readonly user: TenantUser; readonly outcome: 'change'; readonly after: TenantUser }
  | { readonly user: TenantUser; readonly outcome: 'unchanged' }
  | { readonly user: TenantUser; readonly outcome: 'refused'; readonly issues: readonly ValidationIssue[] }

export interface BulkUserContext {
  readonly subscriptions: readonly Subscription[]
  readonly today: IsoDate
}

/** The most users one bulk action takes: a tenant's whole list fits, and the Graph adapter's calls stay bounded. */
export const BULK_USERS_MAX = 5_000

/**
 * Plans one action over the chosen users, in their order, by the rules a single change follows:
 * a licence comes from a live subscription with a free seat, seats counted across the whole
 * selection (the first users in order take the seats left; those after are refused); a service is
 * turned on only where the user's licence includes it (turning off one it lacks changes nothing).
 */
export function planBulkUserAction(
  users: readonly TenantUser[],
  action: BulkUserAction,
  context: BulkUserContext,
): BulkUserPlan[] {
  const claimed = new Map<string, number>()
  return users.map((user): BulkUserPlan => {
    switch (action.kind) {
      case 'block':
        return user.blocked === action.blocked
          ? { user, outcome: 'unchanged' }
          : { user, outcome: 'change', after: { ...user, blocked: action.blocked } }
      case 'resetPassword':
        return { user, outcome: 'change', after: user }
      case 'licence':
        return licencePlan(user, action.subscriptionId, context, claimed)
      case 'services':
        return servicesPlan(user, action.services, context)
    }
  })
}

function licencePlan(
  user: TenantUser,
  subscriptionId: string | null,
  context: BulkUserContext,
  claimed: Map<string, number>,
): BulkUserPlan {
  if (user.subscriptionId === subscriptionId) return { user, outcome: 'unchanged' }
  const issues = validateLicence(subscriptionId, context, user.subscriptionId, claimed.get(subscriptionId ?? '') ?? 0)
  if (issues.length > 0) return { user, outcome: 'refused', issues }
  if (subscriptionId !== null) claimed.set(subscriptionId, (claimed.get(subscriptionId) ?? 0) + 1)
  const before = userLicence(user, context.subscriptions, context.today)
  const licence = userLicence({ subscriptionId }, context.subscriptions, context.today)
  return {
    user,
    outcome: 'change',
    after: {
      ...user,
      subscriptionId,
      services: workloadsForLicence(licence, { licence: before, services: user.services }),
      exchange: overridesForLicence(user.exchange, licence),
    },
  }
}

function servicesPlan(
  user: TenantUser,
  services: Partial<Record<UserWorkload, boolean>>,
  context: BulkUserContext,
): BulkUserPlan {
  const licence = userLicence(user, context.subscriptions, context.today)
  const next = { ...user.services }
  const issues: ValidationIssue[] = []
  for (const [key, on] of Object.entries(services) as [UserWorkload, boolean | undefined][]) {
    if (on === undefined) continue
    if (workloadAvailability(key, licence).available) next[key] = on
    else if (on) issues.push({ field: `services.${key}`, code: 'notAvailable' })
  }
  if (issues.length > 0) return { user, outcome: 'refused', issues }
  const changed = (Object.keys(next) as UserWorkload[]).some(key => next[key] !== user.services[key])
  return changed ? { user, outcome: 'change', after: { ...user, services: next } } : { user, outcome: 'unchanged' }
}

/** The services part of a plan's change, as the single-user write takes it: only the switches that move. */
export function movedServices(before: TenantUser, after: TenantUser): Partial<Record<UserWorkload, boolean>> {
  return Object.fromEntries(
    (Object.keys(after.services) as UserWorkload[])
      .filter(key => after.services[key] !== before.services[key])
      .map(key => [key, after.services[key]]),
  )
}
