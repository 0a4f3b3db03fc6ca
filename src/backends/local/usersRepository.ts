import type { UserValidationContext } from '@/domain/users/userValidation'
import type { TenantUser, UserExchangeOverrides, UserInput } from '@/domain/users/users'
import type { ValidationIssue } from '@/domain/validation'
import type { UserRepository } from '../backend'
import type { LoadedTenant, LocalContext } from './context'
import { primaryDomain } from '@/domain/tenant/tenant'
import { byUserName } from '@/domain/users/userList'
import { temporaryPassword } from '@/domain/users/password'
import { normalizeUserInput, userDisplayName, validateUser, validateUserBatch } from '@/domain/users/userValidation'
import {
  checkExchangeOverrides,
  checkWorkloadChanges,
  normalizeExchangeOverrides,
  overridesForLicence,
  userLicence,
  workloadsForLicence,
} from '@/domain/users/userWorkloads'
import { userPrincipalName } from '@/domain/users/users'
import { BackendError } from '../backend'
import { serviceChanges, userChanges, who } from '../records/users'
import { refuseStale } from '../records/versions'
import { nextVersion } from './versions'
import { createBulkUserWrite } from './usersBulk'

export function createUserRepository(context: LocalContext): UserRepository {
  const { db, run } = context
  const writeTables = [db.tenants, db.subscriptions, db.users, db.distributionLists, db.activity, db.meta]

  async function usersOf(tenantId: string): Promise<TenantUser[]> {
    return db.users.where('tenantId').equals(tenantId).toArray()
  }

  async function loadUser(tenantId: string, userId: string): Promise<TenantUser> {
    const user = await db.users.get(userId)
    if (!user || user.tenantId !== tenantId)
      throw new BackendError('notFound', `There is no user ${userId} in tenant ${tenantId}`)
    return user
  }

  /** What a user is checked against, read inside the write's transaction so no other write slips between. */
  async function validationContext(loaded: LoadedTenant): Promise<UserValidationContext> {
    // A distribution list's address is its alias on the default domain: a user can't take it too.
    const lists = await db.distributionLists.where('tenantId').equals(loaded.tenant.id).toArray()
    const domain = primaryDomain(loaded.tenant)
    return {
      ...loaded,
      users: await usersOf(loaded.tenant.id),
      today: context.today(),
      otherAddresses: new Set(lists.map(list => userPrincipalName({ alias: list.alias, domain }))),
    }
  }

  async function validated(loaded: LoadedTenant, input: UserInput, userId?: string): Promise<UserInput> {
    const issues = validateUser(input, await validationContext(loaded), userId)
    if (issues.length > 0) throw new BackendError('validation', 'The user breaks a rule', issues)
    return normalizeUserInput(input)
  }

  /**
   * Counts, in the write's transaction, the users holding each licence, so a subscription's assigned seats never drift.
   */
  async function recountSeats(subscriptionIds: Iterable<string | null>): Promise<void> {
    for (const id of new Set(subscriptionIds)) {
      if (id !== null)
        await db.subscriptions.update(id, { assignedSeats: await db.users.where('subscriptionId').equals(id).count() })
    }
  }

  function newUser(loaded: LoadedTenant, input: UserInput, createdAt: string): TenantUser {
    const licence = userLicence(input, loaded.subscriptions, context.today())
    return {
      id: crypto.randomUUID(),
      tenantId: loaded.tenant.id,
      ...input,
      displayName: userDisplayName(input),
      services: workloadsForLicence(licence),
      exchange: {},
      blocked: false,
      createdAt,
    }
  }

  /** One write on one user of a console tenant: loads both, runs `change`, stores and logs in one transaction. */
  function writeUser<T>(
    operation: string,
    tenantId: string,
    userId: string,
    change: (loaded: LoadedTenant, user: TenantUser, at: Date) => Promise<T>,
  ): Promise<T> {
    return run(operation, () =>
      db.transaction('rw', writeTables, async () => {
        const loaded = await context.loadConsoleTenant(tenantId)
        return change(loaded, await loadUser(tenantId, userId), context.now())
      }),
    )
  }

  function refuse(
    loaded: LoadedTenant,
    { unavailable, invalid }: { unavailable: ValidationIssue[]; invalid: ValidationIssue[] },
  ): void {
    if (unavailable.length > 0)
      throw new BackendError(
        'featureUnavailable',
        `The user's licence at ${loaded.tenant.companyName} doesn't include ${unavailable.map(issue => issue.field).join(', ')}`,
        unavailable,
      )
    if (invalid.length > 0) throw new BackendError('validation', 'A value is not allowed', invalid)
  }

  return {
    list: tenantId =>
      run('read the users', () =>
        db.transaction('r', db.tenants, db.subscriptions, db.users, async () => {
          await context.loadTenant(tenantId)
          return (await usersOf(tenantId)).sort(byUserName)
        }),
      ),

    create: (tenantId, input) =>
      run('save the new user', () =>
        db.transaction('rw', writeTables, async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          const at = context.now()
          const user = newUser(loaded, await validated(loaded, input), at.toISOString())
          await db.users.add(user)
          await recountSeats([user.subscriptionId])
          await context.log({ area: 'user', action: 'user.created', tenant: loaded.tenant, details: who(user) }, at)
          // The demo keeps no passwords: the one handed over is made up, like a reset's.
          return { user, temporaryPassword: temporaryPassword() }
        }),
      ),

    update: (tenantId, userId, input) =>
      writeUser('save the user', tenantId, userId, async (loaded, before, at) => {
        refuseStale(before, input.expectedVersion, `save ${before.displayName}`)
        const checked = await validated(loaded, input, userId)
        const today = context.today()
        const licence = userLicence(checked, loaded.subscriptions, today)
        const after: TenantUser = nextVersion({
          ...before,
          ...checked,
          displayName: userDisplayName(checked),
          services: workloadsForLicence(licence, {
            licence: userLicence(before, loaded.subscriptions, today),
            services: before.services,
          }),
          exchange: overridesForLicence(before.exchange, licence),
        })
        const changes = userChanges(before, after, loaded.subscriptions)
        if (changes.length === 0) return before
        await db.users.put(after)
        await recountSeats([before.subscriptionId, after.subscriptionId])
        await context.log(
          { area: 'user', action: 'user.updated', tenant: loaded.tenant, details: who(after), changes },
          at,
        )
        return after
      }),

    importMany: (tenantId, inputs) =>
      run('import the users', () =>
        db.transaction('rw', writeTables, async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          if (inputs.length === 0)
            throw new BackendError('validation', 'There is no user to import', [{ field: 'rows', code: 'required' }])
          const issues = validateUserBatch(inputs, await validationContext(loaded))
          if (issues.length > 0)
            throw new BackendError(
              'validation',
              `${new Set(issues.map(issue => issue.field.replace(/\].*$/, ''))).size} rows break a rule: nothing was imported`,
              issues,
            )
          const at = context.now()
          const created = inputs.map(input => newUser(loaded, normalizeUserInput(input), at.toISOString()))
          await db.users.bulkAdd(created)
          await recountSeats(created.map(user => user.subscriptionId))
          await context.log(
            { area: 'user', action: 'user.imported', tenant: loaded.tenant, details: { count: created.length } },
            at,
          )
          // The demo keeps no passwords: the ones handed over are made up, like a reset's.
          return { created, handover: created.map(user => ({ user, temporaryPassword: temporaryPassword() })) }
        }),
      ),

    setBlocked: (tenantId, userId, blocked) =>
      writeUser(blocked ? 'block the user' : 'unblock the user', tenantId, userId, async (loaded, user, at) => {
        if (user.blocked === blocked) return user
        const after = nextVersion({ ...user, blocked })
        await db.users.put(after)
        await context.log(
          {
            area: 'user',
            action: blocked ? 'user.blocked' : 'user.unblocked',
            tenant: loaded.tenant,
            details: who(user),
            changes: [{ field: 'blocked', before: user.blocked, after: blocked }],
          },
          at,
        )
        return after
      }),

    setServices: (tenantId, userId, services) =>
      writeUser("save the user's services", tenantId, userId, async (loaded, user, at) => {
        refuse(loaded, checkWorkloadChanges(services, userLicence(user, loaded.subscriptions, context.today())))
        const changes = serviceChanges(user, services)
        if (changes.length === 0) return user
        const after = nextVersion({ ...user, services: { ...user.services, ...services } })
        await db.users.put(after)
        await context.log(
          { area: 'user', action: 'user.servicesChanged', tenant: loaded.tenant, details: who(user), changes },
          at,
        )
        return after
      }),

    // Kept on the user record itself: the list already carries them.
    exchangeOverrides: (tenantId, userId) =>
      run("read the user's mailbox settings", () =>
        db.transaction('r', db.tenants, db.subscriptions, db.users, async () => {
          await context.loadTenant(tenantId)
          return (await loadUser(tenantId, userId)).exchange
        }),
      ),

    setExchangeOverrides: (tenantId, userId, overrides) =>
      writeUser("save the user's mailbox settings", tenantId, userId, async (loaded, user, at) => {
        refuse(
          loaded,
          checkExchangeOverrides(
            overrides as Record<string, unknown>,
            userLicence(user, loaded.subscriptions, context.today()),
          ),
        )
        const next = normalizeExchangeOverrides(overrides)
        const keys: (keyof UserExchangeOverrides)[] = ['outlookAnywhere', 'activeSync', 'pop3', 'imap4', 'mailboxMb']
        // A protocol without an override follows the tenant (true); a size without one, the tenant default (null).
        const value = (o: UserExchangeOverrides, key: keyof UserExchangeOverrides) =>
          o[key] ?? (key === 'mailboxMb' ? null : true)
        const changes = keys
          .filter(key => value(user.exchange, key) !== value(next, key))
          .map(key => ({ field: `exchange.${key}`, before: value(user.exchange, key), after: value(next, key) }))
        if (changes.length === 0) return user
        const after = nextVersion({ ...user, exchange: next })
        await db.users.put(after)
        await context.log(
          { area: 'user', action: 'user.exchangeChanged', tenant: loaded.tenant, details: who(user), changes },
          at,
        )
        return after
      }),

    // Only the fact of the reset is logged: the password itself is returned once and kept nowhere.
    resetPassword: (tenantId, userId) =>
      writeUser('reset the password', tenantId, userId, async (loaded, user, at) => {
        await context.log({ area: 'user', action: 'user.passwordReset', tenant: loaded.tenant, details: who(user) }, at)
        return temporaryPassword()
      }),

    remove: (tenantId, userId) =>
      writeUser('remove the user', tenantId, userId, async (loaded, user, at) => {
        await db.users.delete(userId)
        await recountSeats([user.subscriptionId])
        await context.log({ area: 'user', action: 'user.removed', tenant: loaded.tenant, details: who(user) }, at)
      }),

    bulk: createBulkUserWrite(context),
  }
}
