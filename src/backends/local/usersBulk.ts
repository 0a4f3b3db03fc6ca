import type { BulkUserAction, BulkUserPlan } from '@/domain/users/bulkUsers'
import type { TenantUser } from '@/domain/users/users'
import type { ValidationIssue } from '@/domain/validation'
import type { ActivityDraft } from '../records/activity'
import type { BulkUserOutcome, UserRepository } from '../backend'
import type { LoadedTenant, LocalContext } from './context'
import { movedServices, planBulkUserAction } from '@/domain/users/bulkUsers'
import { temporaryPassword } from '@/domain/users/password'
import { BackendError } from '../backend'
import { checkBulkSelection } from '../records/bulkUsers'
import { serviceChanges, userChanges, who } from '../records/users'
import { nextVersion } from './versions'

const OPERATIONS: Record<BulkUserAction['kind'], string> = {
  licence: "change the users' licence",
  services: "change the users' services",
  block: 'block or unblock the users',
  resetPassword: "reset the users' passwords",
}

/** The activity entry of one user's change, the same a single change writes. */
function entry(
  loaded: LoadedTenant,
  plan: BulkUserPlan & { outcome: 'change' },
  action: BulkUserAction,
): ActivityDraft {
  const { user, after } = plan
  const base = { area: 'user', tenant: loaded.tenant, details: who(user) } as const
  switch (action.kind) {
    case 'licence':
      return { ...base, action: 'user.updated', changes: userChanges(user, after, loaded.subscriptions) }
    case 'services':
      return { ...base, action: 'user.servicesChanged', changes: serviceChanges(user, movedServices(user, after)) }
    case 'block':
      return {
        ...base,
        action: after.blocked ? 'user.blocked' : 'user.unblocked',
        changes: [{ field: 'blocked', before: user.blocked, after: after.blocked }],
      }
    case 'resetPassword':
      return { ...base, action: 'user.passwordReset' }
  }
}

/**
 * The embedded backend's bulk action: the users, the plan and every write in one IndexedDB
 * transaction, so one refused user (a seat short, a service their licence lacks) leaves every user,
 * seat counter and log entry as it was, and a tab writing meanwhile can't slip a seat in between.
 */
export function createBulkUserWrite(context: LocalContext): UserRepository['bulk'] {
  const { db, run } = context
  const tables = [db.tenants, db.subscriptions, db.users, db.distributionLists, db.activity, db.meta]

  async function chosenUsers(tenantId: string, userIds: readonly string[]): Promise<TenantUser[]> {
    checkBulkSelection(userIds)
    const users = await db.users.bulkGet([...userIds])
    return users.map((user, index) => {
      if (!user || user.tenantId !== tenantId)
        throw new BackendError('notFound', `There is no user ${userIds[index]} in tenant ${tenantId}`)
      return user
    })
  }

  return (tenantId, userIds, action) =>
    run(OPERATIONS[action.kind], () =>
      db.transaction('rw', tables, async () => {
        const loaded = await context.loadConsoleTenant(tenantId)
        const users = await chosenUsers(tenantId, userIds)
        const plans = planBulkUserAction(users, action, { subscriptions: loaded.subscriptions, today: context.today() })
        const issues: ValidationIssue[] = plans.flatMap((plan, index) =>
          plan.outcome === 'refused'
            ? plan.issues.map(issue => ({ ...issue, field: `users[${index}].${issue.field}` }))
            : [],
        )
        if (issues.length > 0) {
          const refused = plans.filter(plan => plan.outcome === 'refused').length
          throw new BackendError(
            'validation',
            `${refused} of the ${plans.length} users can't take this change: nothing was changed`,
            issues,
          )
        }
        const at = context.now()
        const outcomes: BulkUserOutcome[] = []
        for (const [index, plan] of plans.entries()) {
          if (plan.outcome !== 'change') {
            outcomes.push({ index, outcome: 'unchanged', user: plan.user })
            continue
          }
          await context.log(entry(loaded, plan, action), at)
          // The demo keeps no passwords: the one handed over is made up and kept nowhere.
          if (action.kind === 'resetPassword') {
            outcomes.push({ index, outcome: 'changed', user: plan.user, temporaryPassword: temporaryPassword() })
            continue
          }
          const after = nextVersion(plan.after)
          await db.users.put(after)
          outcomes.push({ index, outcome: 'changed', user: after })
        }
        if (action.kind === 'licence') {
          // Counted in the transaction, as single writes do, so a subscription's assigned seats never drift.
          const ids = new Set(plans.flatMap(plan => [plan.user.subscriptionId, action.subscriptionId]))
          for (const id of ids)
            if (id !== null)
              await db.subscriptions.update(id, {
                assignedSeats: await db.users.where('subscriptionId').equals(id).count(),
              })
        }
        return { outcomes }
      }),
    )
}
