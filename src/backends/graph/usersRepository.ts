import type { UserImportResult, UserRepository } from '../backend'
import type { BatchStep } from './batch'
import type { ActivityDraft } from '../records/activity'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { GraphUser } from './graphTypes'
import type { TenantUser, UserInput, UserService } from '@/domain/users'
import type { ValidationIssue } from '@/domain/validation'
import { BackendError } from '../backend'
import { serviceChanges, userChanges, who } from '../records/users'
import { runBatched } from './batch'
import { unsupported } from './capabilities'
import { graphCall } from './graphErrors'
import { disabledPlans, USER_SELECT, userFromGraph } from './userMapping'
import { temporaryPassword } from '@/domain/password'
import { checkServiceChanges, servicesForLicence, userLicence } from '@/domain/userServices'
import { normalizeUserInput, userDisplayName, validateUser, validateUserBatch } from '@/domain/userValidation'
import { userPrincipalName } from '@/domain/users'

const byName = new Intl.Collator('fr', { sensitivity: 'base' })

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
  const services = servicesForLicence(loaded.subscriptions.find(s => s.id === to))
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

  const graphUsers = (tenantId: string) => graphCall('read the users', () =>
    client.list<GraphUser>(as(tenantId), `/users?$select=${USER_SELECT}&$top=999`))

  const graphUser = (tenantId: string, userId: string) => graphCall('read the user', () =>
    client.get<GraphUser>(as(tenantId), `/users/${encodeURIComponent(userId)}?$select=${USER_SELECT}`))

  function refuseIf(issues: readonly ValidationIssue[], message: string): void {
    if (issues.length > 0)
      throw new BackendError('validation', message, issues)
  }

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
    describe: (before: TenantUser, after: TenantUser, loaded: LoadedTenant) => Omit<ActivityDraft, 'area' | 'tenant'> | null,
  ): Promise<TenantUser> {
    const loaded = await context.consoleTenant(tenantId)
    const user = await graphUser(tenantId, userId)
    await change(loaded, user)
    const after = await context.tenant(tenantId)
    const changed = userFromGraph(after, await graphUser(tenantId, userId))
    const activity = describe(userFromGraph(loaded, user), changed, loaded)
    if (activity)
      await context.log({ ...activity, area: 'user', tenant: loaded.tenant })
    return changed
  }

  async function importMany(tenantId: string, inputs: readonly UserInput[]): Promise<UserImportResult> {
    const loaded = await context.consoleTenant(tenantId)
    if (inputs.length === 0)
      throw new BackendError('validation', 'There is no user to import', [{ field: 'rows', code: 'required' }])
    const issues = validateUserBatch(inputs, await validationContext(loaded))
    refuseIf(issues, `${new Set(issues.map(issue => issue.field.replace(/\].*$/, ''))).size} rows break a rule: nothing was imported`)
    const rows = inputs.map(normalizeUserInput)
    const failures: ValidationIssue[] = []
    const refused = (row: number, message: string) => failures.push({ field: `rows[${row}].alias`, code: 'rejectedByService', params: { message } })

    const created = await graphCall('import the users', () => runBatched(client, as(tenantId), rows.map((row): BatchStep => ({ method: 'POST', url: '/users', body: newUserBody(row) }))))
    const ids = new Map<number, string>()
    created.forEach((result, row) => result.ok ? ids.set(row, (result.body as GraphUser).id) : refused(row, result.error.message))

    const licensed = [...ids].filter(([row]) => rows[row]!.subscriptionId !== null)
    const licences = await graphCall('license the imported users', () => runBatched(client, as(tenantId), licensed.map(([row, id]): BatchStep => ({
      method: 'POST',
      url: `/users/${id}/assignLicense`,
      body: licenceChange(loaded, null, rows[row]!.subscriptionId),
    }))))
    licences.forEach((result, index) => result.ok || refused(licensed[index]![0], result.error.message))

    if (failures.length > 0)
      throw new BackendError('validation', `Microsoft 365 refused ${failures.length} of ${rows.length} rows; the others were imported`, failures)
    const after = await context.tenant(tenantId)
    const createdIds = new Set(ids.values())
    const imported = (await graphUsers(tenantId)).filter(user => createdIds.has(user.id)).map(user => userFromGraph(after, user))
    await context.log({ area: 'user', action: 'user.imported', tenant: loaded.tenant, details: { count: imported.length } })
    return { created: imported }
  }

  return {
    list: async (tenantId) => {
      const loaded = await context.tenant(tenantId)
      return (await graphUsers(tenantId))
        .map(user => userFromGraph(loaded, user))
        .sort((a, b) => byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName))
    },

    create: async (tenantId, input) => {
      const loaded = await context.consoleTenant(tenantId)
      refuseIf(validateUser(input, await validationContext(loaded)), 'The user breaks a rule')
      const checked = normalizeUserInput(input)
      const password = temporaryPassword()
      const created = await graphCall('save the new user', () => client.post<GraphUser>(as(tenantId), '/users', newUserBody(checked, password)))
      if (checked.subscriptionId !== null)
        await graphCall('license the new user', () => client.post(as(tenantId), `/users/${created.id}/assignLicense`, licenceChange(loaded, null, checked.subscriptionId)))
      const user = userFromGraph(await context.tenant(tenantId), await graphUser(tenantId, created.id))
      await context.log({ area: 'user', action: 'user.created', tenant: loaded.tenant, details: who(user) })
      return { user, temporaryPassword: password }
    },

    update: (tenantId, userId, input) => writeUser(tenantId, userId, async (loaded, user) => {
      refuseIf(validateUser(input, await validationContext(loaded), userId), 'The user breaks a rule')
      const checked = normalizeUserInput(input)
      const before = userFromGraph(loaded, user)
      // The usage location first: Graph licenses only users who have one.
      await graphCall('save the user', () => client.patch(as(tenantId), `/users/${userId}`, {
        displayName: userDisplayName(checked),
        givenName: checked.firstName,
        surname: checked.lastName,
        mailNickname: checked.alias,
        userPrincipalName: userPrincipalName(checked),
        usageLocation: checked.usageLocation,
      }))
      if (before.subscriptionId !== checked.subscriptionId)
        await graphCall('change the user\'s licence', () => client.post(as(tenantId), `/users/${userId}/assignLicense`, licenceChange(loaded, before.subscriptionId, checked.subscriptionId)))
    }, (before, after, loaded) => {
      const changes = userChanges(before, after, loaded.subscriptions)
      return changes.length === 0 ? null : { action: 'user.updated', details: who(after), changes }
    }),

    importMany,

    setBlocked: (tenantId, userId, blocked) => writeUser(tenantId, userId, async (_loaded, user) => {
      if (user.accountEnabled !== !blocked)
        await graphCall(blocked ? 'block the user' : 'unblock the user', () => client.patch(as(tenantId), `/users/${userId}`, { accountEnabled: !blocked }))
    }, (before, after) => before.blocked === after.blocked
      ? null
      : { action: after.blocked ? 'user.blocked' : 'user.unblocked', details: who(after), changes: [{ field: 'blocked', before: before.blocked, after: after.blocked }] }),

    setServices: (tenantId, userId, services) => writeUser(tenantId, userId, async (loaded, user) => {
      const current = userFromGraph(loaded, user)
      const licence = userLicence(current, loaded.subscriptions, context.today())
      const { unavailable, invalid } = checkServiceChanges(services, licence)
      if (unavailable.length > 0)
        throw new BackendError('featureUnavailable', `The user's licence doesn't include ${unavailable.map(issue => issue.field).join(', ')}`, unavailable)
      refuseIf(invalid, 'A value is not allowed')
      const next = { ...current.services, ...services } as Record<UserService, boolean>
      if (!licence || Object.entries(next).every(([key, on]) => current.services[key as UserService] === on))
        return
      await graphCall('save the user\'s services', () => client.post(as(tenantId), `/users/${userId}/assignLicense`, {
        addLicenses: [{ skuId: licence.id, disabledPlans: disabledPlans(loaded, user, licence.id, next) }],
        removeLicenses: [],
      }))
    }, (before, after) => {
      const changes = serviceChanges(before, after.services)
      return changes.length === 0 ? null : { action: 'user.servicesChanged', details: who(after), changes }
    }),

    setExchangeOverrides: () => unsupported('users.setExchangeOverrides'),

    // Only the fact of the reset is logged: the password itself is returned once and kept nowhere.
    resetPassword: async (tenantId, userId) => {
      const loaded = await context.consoleTenant(tenantId)
      const user = userFromGraph(loaded, await graphUser(tenantId, userId))
      const password = temporaryPassword()
      await graphCall('reset the password', () => client.patch(as(tenantId), `/users/${userId}`, { passwordProfile: { forceChangePasswordNextSignIn: true, password } }))
      await context.log({ area: 'user', action: 'user.passwordReset', tenant: loaded.tenant, details: who(user) })
      return password
    },

    remove: () => unsupported('users.remove'),
  }
}
