import type { BulkUserAction, BulkUserContext } from '@/domain/users/bulkUsers'
import type { TenantUser } from '@/domain/users/users'
import type { BulkUserOutcome, BulkUserResult, UserRepository } from '../backend'
import { BULK_USERS_MAX, movedServices, planBulkUserAction } from '@/domain/users/bulkUsers'
import { BackendError, ChangeNotLogged, isBackendError } from '../backend'

/** Refuses a selection no adapter takes: empty, too long, or naming a user twice. */
export function checkBulkSelection(userIds: readonly string[]): void {
  if (userIds.length === 0)
    throw new BackendError('validation', 'No user was chosen', [{ field: 'users', code: 'required' }])
  if (userIds.length > BULK_USERS_MAX)
    throw new BackendError('validation', `At most ${BULK_USERS_MAX} users at once`, [
      { field: 'users', code: 'aboveMaximum', params: { max: BULK_USERS_MAX } },
    ])
  if (new Set(userIds).size !== userIds.length)
    throw new BackendError('validation', 'A user was chosen twice', [{ field: 'users', code: 'duplicate' }])
}

type SingleWrites = Pick<UserRepository, 'list' | 'update' | 'setBlocked' | 'setServices' | 'resetPassword'>

/** One user's change through the single-user write that makes it (and logs it). */
async function writeOne(
  users: SingleWrites,
  tenantId: string,
  before: TenantUser,
  after: TenantUser,
  action: BulkUserAction,
): Promise<{ user: TenantUser; temporaryPassword?: string }> {
  switch (action.kind) {
    case 'licence':
      return {
        user: await users.update(tenantId, before.id, {
          firstName: before.firstName,
          lastName: before.lastName,
          alias: before.alias,
          domain: before.domain,
          usageLocation: before.usageLocation,
          subscriptionId: action.subscriptionId,
        }),
      }
    case 'services':
      return { user: await users.setServices(tenantId, before.id, movedServices(before, after)) }
    case 'block':
      return { user: await users.setBlocked(tenantId, before.id, action.blocked) }
    case 'resetPassword':
      return { user: before, temporaryPassword: await users.resetPassword(tenantId, before.id) }
  }
}

/**
 * A bulk action where the service has no transaction (Microsoft 365): planned first by the same
 * rules (seats counted across the selection, so users past the seats left are refused before any
 * call), then user by user through the single writes, each checked again and logged by them.
 * One user's refusal or failure is their outcome, never the others': the result says what each came to.
 */
export async function bulkUserByUser(
  users: SingleWrites,
  tenantId: string,
  userIds: readonly string[],
  action: BulkUserAction,
  context: BulkUserContext,
): Promise<BulkUserResult> {
  checkBulkSelection(userIds)
  const listed = new Map((await users.list(tenantId)).map(user => [user.id, user]))
  const chosen = userIds.map(id => {
    const user = listed.get(id)
    if (!user) throw new BackendError('notFound', `There is no user ${id} in tenant ${tenantId}`)
    return user
  })
  const outcomes: BulkUserOutcome[] = []
  for (const [index, plan] of planBulkUserAction(chosen, action, context).entries()) {
    if (plan.outcome === 'unchanged') outcomes.push({ index, outcome: 'unchanged', user: plan.user })
    else if (plan.outcome === 'refused')
      outcomes.push({
        index,
        outcome: 'refused',
        error: new BackendError('validation', `${plan.user.displayName} can't take this change`, plan.issues),
      })
    else
      try {
        outcomes.push({
          index,
          outcome: 'changed',
          ...(await writeOne(users, tenantId, plan.user, plan.after, action)),
        })
      } catch (error) {
        if (error instanceof ChangeNotLogged) {
          const result = error.result as TenantUser | string
          outcomes.push(
            typeof result === 'string'
              ? { index, outcome: 'changed', user: plan.user, temporaryPassword: result, notLogged: true }
              : { index, outcome: 'changed', user: result, notLogged: true },
          )
        } else if (isBackendError(error)) outcomes.push({ index, outcome: 'refused', error })
        else throw error
      }
  }
  return { outcomes }
}
