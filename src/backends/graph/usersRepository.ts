import type { UserImportResult, UserImportRow, UserRepository } from '../backend'
import type { BatchStep, StepResult } from './batch'
import type { ActivityDraft } from '../records/activity'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { GraphUser } from './graphTypes'
import type { TenantUser, UserInput, UserWorkload } from '@/domain/users/users'
import type { ValidationIssue } from '@/domain/validation'
import { BackendError, ChangeNotLogged, isBackendError } from '../backend'
import { bulkUserByUser } from '../records/bulkUsers'
import { serviceChanges, userChanges, who } from '../records/users'
import { runBatched } from './batch'
import { unsupported } from './capabilities'
import { GraphRequestError } from './graphClient'
import { refuseInvalid } from '../records/checks'
import { refuseStale } from '../records/versions'
import { graphCall, toBackendError } from './graphErrors'
import { disabledPlans, USER_SELECT, userFromGraph } from './userMapping'
import { byUserName } from '@/domain/users/userList'
import { temporaryPassword } from '@/domain/users/password'
import { unknownWorkloadChanges } from '@/domain/users/servicePlans'
import { normalizeUserInput, userDisplayName, validateUser, validateUserBatch } from '@/domain/users/userValidation'
import { checkWorkloadChanges, userLicence, workloadsForLicence } from '@/domain/users/userWorkloads'
import { userPrincipalName } from '@/domain/users/users'

/** Times an activity entry is written, counting the first: the client's own retries come on top of each. */
const LOG_ATTEMPTS = 3

type NewUserBody = ReturnType<typeof newUserBody>

/**
 * Whether the user Graph has under the UPN a create asked for is the one that create made: same
 * names as sent. The console refused the create if the UPN was taken when it checked, so such a
 * user appearing since is the create's own work, whose answer was lost (a 504, a dropped
 * connection) and whose retry was refused as a duplicate.
 */
function madeBy(user: GraphUser, body: NewUserBody): boolean {
  return (
    user.userPrincipalName.toLowerCase() === body.userPrincipalName.toLowerCase() &&
    user.givenName === body.givenName &&
    user.surname === body.surname &&
    user.displayName === body.displayName
  )
}

const userPath = (body: NewUserBody) => `/users/${encodeURIComponent(body.userPrincipalName)}?$select=${USER_SELECT}`

function sleep(seconds: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, seconds * 1000))
}

/** What `POST /users` needs: sign-in on, a temporary password to change at first sign-in. */
function newUserBody(input: UserInput, password = temporaryPassword()) {
  return {
    accountEnabled: true,
    displayName: userDisplayName(input),
    givenName: input.firstName,
    surname: input.lastName,
    mailNickname: input.alias,
    userPrincipalName: userPrincipalName(input),
    usageLocation: input.usageLocation,
    passwordProfile: { forceChangePasswordNextSignIn: true, password },
  }
}

/** `assignLicense` moving a user from one licence to another (either may be none); new services start on. */
function licenceChange(loaded: LoadedTenant, from: string | null, to: string | null) {
  const services = workloadsForLicence(loaded.subscriptions.find(s => s.id === to))
  return {
    addLicenses: to === null ? [] : [{ skuId: to, disabledPlans: disabledPlans(loaded, undefined, to, services) }],
    removeLicenses: from === null ? [] : [from],
  }
}

/**
 * Users of a client tenant through Graph: read with the properties the console needs, written
 * with `POST/PATCH /users`, licences and per-user services through `assignLicense` (the full set
 * of disabled plans each time), bulk imports through JSON batching.
 */
export function createUserRepository(context: GraphContext): UserRepository {
  const { client } = context
  const as = (tenantId: string) => ({ clientTenantId: tenantId })

  const graphUsers = (tenantId: string) =>
    graphCall('read the users', () => client.list<GraphUser>(as(tenantId), `/users?$select=${USER_SELECT}&$top=999`))

  const graphUser = (tenantId: string, userId: string) =>
    graphCall('read the user', () =>
      client.get<GraphUser>(as(tenantId), `/users/${encodeURIComponent(userId)}?$select=${USER_SELECT}`),
    )

  async function validationContext(loaded: LoadedTenant) {
    const users = (await graphUsers(loaded.tenant.id)).map(user => userFromGraph(loaded, user))
    return { tenant: loaded.tenant, subscriptions: loaded.subscriptions, users, today: context.today() }
  }

  /**
   * One change to one user of a console tenant; the user as Graph then has them. The change is
   * logged with what `describe` says moved (nothing when it says `null`).
   */
  async function writeUser(
    tenantId: string,
    userId: string,
    change: (loaded: LoadedTenant, user: GraphUser) => Promise<unknown>,
    describe: (
      before: TenantUser,
      after: TenantUser,
      loaded: LoadedTenant,
    ) => Omit<ActivityDraft, 'area' | 'tenant'> | null,
  ): Promise<TenantUser> {
    const loaded = await context.consoleTenant(tenantId)
    const user = await graphUser(tenantId, userId)
    await change(loaded, user)
    const after = await context.tenant(tenantId)
    const changed = userFromGraph(after, await graphUser(tenantId, userId))
    const activity = describe(userFromGraph(loaded, user), changed, loaded)
    if (activity) await logAfter(changed, { ...activity, area: 'user', tenant: loaded.tenant })
    return changed
  }

  /**
   * Writes an activity entry, again after a pause while the partner's list refuses it (throttled,
   * unavailable); the error when it still couldn't. Never throws: the change it records is made.
   */
  async function tryLog(draft: ActivityDraft): Promise<BackendError | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        await context.log(draft)
        return undefined
      } catch (error) {
        const failure = toBackendError(error, 'write the activity entry')
        if (attempt >= LOG_ATTEMPTS || !isBackendError(failure, 'remote')) return failure
        await sleep(client.retry.delaySeconds)
      }
    }
  }

  /**
   * Logs a change that was made; if the entry can't be written, says so with the change's result (`ChangeNotLogged`).
   */
  async function logAfter<T>(result: T, draft: ActivityDraft): Promise<T> {
    const failure = await tryLog(draft)
    if (failure)
      throw new ChangeNotLogged(
        result,
        `${draft.action} was done, but its activity entry could not be written: ${failure.message}`,
        { cause: failure },
      )
    return result
  }

  /**
   * `POST /users`; if it fails, reads the UPN back: a user there that this create made (its answer
   * lost, its retry refused as a duplicate) is the created user. Otherwise the create's own error.
   */
  async function createOne(tenantId: string, body: NewUserBody): Promise<GraphUser> {
    try {
      return await client.post<GraphUser>(as(tenantId), '/users', body)
    } catch (error) {
      if (!(error instanceof GraphRequestError)) throw error
      const found = await client.get<GraphUser>(as(tenantId), userPath(body)).catch(() => undefined)
      if (found && madeBy(found, body)) return found
      throw error
    }
  }

  /**
   * Creates users through `$batch`, each row's result: the user, or Graph's refusal. Rows whose
   * create failed are read back by UPN, in batches too: a lost answer's user is found and counted.
   */
  async function createMany(tenantId: string, bodies: readonly NewUserBody[]): Promise<StepResult[]> {
    const results = await runBatched(
      client,
      as(tenantId),
      bodies.map((body): BatchStep => ({ method: 'POST', url: '/users', body })),
    )
    const failed = results.flatMap((result, row) => (result.ok ? [] : [row]))
    if (failed.length === 0) return results
    const found = await runBatched(
      client,
      as(tenantId),
      failed.map((row): BatchStep => ({ method: 'GET', url: userPath(bodies[row]!) })),
    ).catch(() => [])
    found.forEach((result, index) => {
      const row = failed[index]!
      if (result.ok && madeBy(result.body as GraphUser, bodies[row]!)) results[row] = result
    })
    return results
  }

  /**
   * Checks every row, then creates users through `$batch` and licenses them, row by row: Graph has
   * no transaction, so what it refuses is reported per row beside what it created. An import that
   * created anyone is logged, its entry written again while the list refuses it, then reported.
   */
  async function importMany(tenantId: string, inputs: readonly UserInput[]): Promise<UserImportResult> {
    const loaded = await context.consoleTenant(tenantId)
    if (inputs.length === 0)
      throw new BackendError('validation', 'There is no user to import', [{ field: 'rows', code: 'required' }])
    const issues = validateUserBatch(inputs, await validationContext(loaded))
    refuseInvalid(
      issues,
      `${new Set(issues.map(issue => issue.field.replace(/\].*$/, ''))).size} rows break a rule: nothing was imported`,
    )
    const rows = inputs.map(normalizeUserInput)
    const refusal = (row: number, field: string, message: string): ValidationIssue => ({
      field: `rows[${row}].${field}`,
      code: 'rejectedByService',
      params: { message },
    })

    // Each row's one password, whichever attempt Graph took it from: the ones handed over.
    const passwords = rows.map(() => temporaryPassword())
    const bodies = rows.map((row, index) => newUserBody(row, passwords[index]))
    const created = await graphCall('import the users', () => createMany(tenantId, bodies))
    const ids = new Map<number, GraphUser>()
    created.forEach((result, row) => result.ok && ids.set(row, result.body as GraphUser))

    const licensed = [...ids].filter(([row]) => rows[row]!.subscriptionId !== null)
    // Users exist by now: whatever stops the licensing is said on their rows, never thrown.
    const licences = await runBatched(
      client,
      as(tenantId),
      licensed.map(([row, user]): BatchStep => ({
        method: 'POST',
        url: `/users/${user.id}/assignLicense`,
        body: licenceChange(loaded, null, rows[row]!.subscriptionId),
      })),
    ).catch((error: unknown) =>
      licensed.map((): StepResult => ({
        ok: false,
        error: new GraphRequestError(0, 'unknown', toBackendError(error, 'license the imported users').message),
      })),
    )
    const unlicensed = new Map<number, string>()
    licences.forEach((result, index) => result.ok || unlicensed.set(licensed[index]![0], result.error.message))

    const failure =
      ids.size === 0
        ? undefined
        : await tryLog({ area: 'user', action: 'user.imported', tenant: loaded.tenant, details: { count: ids.size } })

    // The users as Graph now has them (licence and services); as created, should that read fail.
    const after = await context.tenant(tenantId).catch(() => loaded)
    const read = new Map((await graphUsers(tenantId).catch(() => [])).map(user => [user.id, user]))
    const asUser = (created: GraphUser) =>
      userFromGraph(after, read.get(created.id) ?? { ...created, assignedLicenses: created.assignedLicenses ?? [] })
    const outcomes = rows.map((_, row): UserImportRow => {
      const user = ids.get(row)
      const result = created[row]!
      if (!user)
        return { row, outcome: 'refused', issues: [refusal(row, 'alias', result.ok ? '' : result.error.message)] }
      const message = unlicensed.get(row)
      return message === undefined
        ? { row, outcome: 'created', user: asUser(user) }
        : { row, outcome: 'unlicensed', user: asUser(user), issues: [refusal(row, 'subscriptionId', message)] }
    })
    const made = outcomes.flatMap(outcome =>
      outcome.outcome === 'refused' ? [] : [{ user: outcome.user, temporaryPassword: passwords[outcome.row]! }],
    )
    return {
      created: made.map(({ user }) => user),
      handover: made,
      rows: outcomes,
      ...(failure ? { notLogged: true } : {}),
    }
  }

  const repository: UserRepository = {
    list: async tenantId => {
      const loaded = await context.tenant(tenantId)
      return (await graphUsers(tenantId)).map(user => userFromGraph(loaded, user)).sort(byUserName)
    },

    create: async (tenantId, input) => {
      const loaded = await context.consoleTenant(tenantId)
      refuseInvalid(validateUser(input, await validationContext(loaded)), 'The user breaks a rule')
      const checked = normalizeUserInput(input)
      // The one password sent, whichever attempt Graph took it from: the one handed over.
      const password = temporaryPassword()
      const created = await graphCall('save the new user', () => createOne(tenantId, newUserBody(checked, password)))
      if (checked.subscriptionId !== null)
        await graphCall('license the new user', () =>
          client.post(
            as(tenantId),
            `/users/${created.id}/assignLicense`,
            licenceChange(loaded, null, checked.subscriptionId),
          ),
        )
      const user = userFromGraph(await context.tenant(tenantId), await graphUser(tenantId, created.id))
      return logAfter(
        { user, temporaryPassword: password },
        { area: 'user', action: 'user.created', tenant: loaded.tenant, details: who(user) },
      )
    },

    update: (tenantId, userId, input) =>
      writeUser(
        tenantId,
        userId,
        async (loaded, user) => {
          const before = userFromGraph(loaded, user)
          // Read again just now: a form filled before another technician's save is refused, not written over it.
          refuseStale(before, input.expectedVersion, `save ${before.displayName}`)
          refuseInvalid(validateUser(input, await validationContext(loaded), userId), 'The user breaks a rule')
          const checked = normalizeUserInput(input)
          // The usage location first: Graph licenses only users who have one.
          await graphCall('save the user', () =>
            client.patch(as(tenantId), `/users/${userId}`, {
              displayName: userDisplayName(checked),
              givenName: checked.firstName,
              surname: checked.lastName,
              mailNickname: checked.alias,
              userPrincipalName: userPrincipalName(checked),
              usageLocation: checked.usageLocation,
            }),
          )
          if (before.subscriptionId !== checked.subscriptionId)
            await graphCall("change the user's licence", () =>
              client.post(
                as(tenantId),
                `/users/${userId}/assignLicense`,
                licenceChange(loaded, before.subscriptionId, checked.subscriptionId),
              ),
            )
        },
        (before, after, loaded) => {
          const changes = userChanges(before, after, loaded.subscriptions)
          return changes.length === 0 ? null : { action: 'user.updated', details: who(after), changes }
        },
      ),

    importMany,

    setBlocked: (tenantId, userId, blocked) =>
      writeUser(
        tenantId,
        userId,
        async (_loaded, user) => {
          if (user.accountEnabled !== !blocked)
            await graphCall(blocked ? 'block the user' : 'unblock the user', () =>
              client.patch(as(tenantId), `/users/${userId}`, { accountEnabled: !blocked }),
            )
        },
        (before, after) =>
          before.blocked === after.blocked
            ? null
            : {
                action: after.blocked ? 'user.blocked' : 'user.unblocked',
                details: who(after),
                changes: [{ field: 'blocked', before: before.blocked, after: after.blocked }],
              },
      ),

    setServices: (tenantId, userId, services) =>
      writeUser(
        tenantId,
        userId,
        async (loaded, user) => {
          const current = userFromGraph(loaded, user)
          const licence = userLicence(current, loaded.subscriptions, context.today())
          const { unavailable, invalid } = checkWorkloadChanges(services, licence)
          if (unavailable.length > 0)
            throw new BackendError(
              'featureUnavailable',
              `The user's licence doesn't include ${unavailable.map(issue => issue.field).join(', ')}`,
              unavailable,
            )
          refuseInvalid(invalid, 'A value is not allowed')
          const unknownPlans = unknownWorkloadChanges(services, current.unknownServices ?? [])
          if (unknownPlans.length > 0)
            throw new BackendError(
              'featureUnavailable',
              `The user's licence carries no service plan the console knows for ${unknownPlans.map(issue => issue.field).join(', ')}`,
              unknownPlans,
            )
          const next = { ...current.services, ...services } as Record<UserWorkload, boolean>
          if (!licence || Object.entries(next).every(([key, on]) => current.services[key as UserWorkload] === on))
            return
          await graphCall("save the user's services", () =>
            client.post(as(tenantId), `/users/${userId}/assignLicense`, {
              addLicenses: [{ skuId: licence.id, disabledPlans: disabledPlans(loaded, user, licence.id, next) }],
              removeLicenses: [],
            }),
          )
        },
        (before, after) => {
          const changes = serviceChanges(before, after.services)
          return changes.length === 0 ? null : { action: 'user.servicesChanged', details: who(after), changes }
        },
      ),

    exchangeOverrides: () => unsupported('users.exchangeOverrides'),
    setExchangeOverrides: () => unsupported('users.setExchangeOverrides'),

    // Only the fact of the reset is logged: the password itself is returned once and kept nowhere.
    resetPassword: async (tenantId, userId) => {
      const loaded = await context.consoleTenant(tenantId)
      const user = userFromGraph(loaded, await graphUser(tenantId, userId))
      const password = temporaryPassword()
      await graphCall('reset the password', () =>
        client.patch(as(tenantId), `/users/${userId}`, {
          passwordProfile: { forceChangePasswordNextSignIn: true, password },
        }),
      )
      return logAfter(password, {
        area: 'user',
        action: 'user.passwordReset',
        tenant: loaded.tenant,
        details: who(user),
      })
    },

    remove: () => unsupported('users.remove'),

    // No transaction on Graph: user by user through the writes above, each user's outcome reported.
    bulk: async (tenantId, userIds, action) => {
      const loaded = await context.consoleTenant(tenantId)
      return bulkUserByUser(repository, tenantId, userIds, action, {
        subscriptions: loaded.subscriptions,
        today: context.today(),
      })
    },
  }
  return repository
}
