import type { IsoDate } from '../dates'
import type { Subscription, Tenant } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import type { TenantUser, UserInput } from './users'
import { isCountryCode } from '../countries'
import { isLive } from '../tenant/policy'
import { seatsLeft, userPrincipalName } from './users'
import { validateText } from '../text'

export const USER_NAME_MAX = 64
/** The local part of an address: at most 64 characters (RFC 5321). */
export const ALIAS_MAX = 64

/** What a user is checked against: the tenant's domains and subscriptions, and the users it has. */
export interface UserValidationContext {
  readonly tenant: Pick<Tenant, 'domains'>
  readonly subscriptions: readonly Subscription[]
  readonly users: readonly Pick<TenantUser, 'id' | 'alias' | 'domain' | 'subscriptionId'>[]
  readonly today: IsoDate
  /** Addresses other mail objects already use (distribution lists), in lower case. */
  readonly otherAddresses?: ReadonlySet<string>
}

/** Names trimmed, the address in lower case, the country in upper case: how a user is stored. */
export function normalizeUserInput(input: UserInput): UserInput {
  return {
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    alias: input.alias.trim().toLowerCase(),
    domain: input.domain.trim().toLowerCase(),
    usageLocation: input.usageLocation.trim().toUpperCase(),
    subscriptionId: input.subscriptionId || null,
  }
}

export function userDisplayName(input: Pick<UserInput, 'firstName' | 'lastName'>): string {
  return `${input.firstName.trim()} ${input.lastName.trim()}`
}

/** A first or last name: the one text rule, at most 64 characters. */
export function validateUserName(value: string, field: 'firstName' | 'lastName'): ValidationIssue[] {
  return validateText(value, { field, max: USER_NAME_MAX })
}

/** An alias (already in lower case) is 1–64 of a–z, 0–9, dot, underscore, hyphen, with dots only between characters. */
export function validateAlias(alias: string): ValidationIssue[] {
  const field = 'alias'
  if (alias === '') return [{ field, code: 'required' }]
  if (alias.length > ALIAS_MAX) return [{ field, code: 'tooLong', params: { max: ALIAS_MAX } }]
  if (!/^[a-z0-9._-]+$/.test(alias)) return [{ field, code: 'invalidCharacters' }]
  if (alias.startsWith('.') || alias.endsWith('.') || alias.includes('..')) return [{ field, code: 'misplacedDot' }]
  return []
}

/** Users sign in on one of the tenant's domains, and only a verified one. */
export function validateUserDomain(domain: string, tenant: Pick<Tenant, 'domains'>): ValidationIssue[] {
  const field = 'domain'
  if (domain === '') return [{ field, code: 'required' }]
  const found = tenant.domains.find(d => d.name.toLowerCase() === domain)
  if (!found) return [{ field, code: 'unknown', params: { value: domain } }]
  return found.verified ? [] : [{ field, code: 'unverifiedDomain', params: { domain } }]
}

export function validateUsageLocation(code: string): ValidationIssue[] {
  if (code === '') return [{ field: 'usageLocation', code: 'required' }]
  return isCountryCode(code) ? [] : [{ field: 'usageLocation', code: 'unknown', params: { value: code } }]
}

/**
 * A licence comes from a live subscription of the tenant with a free seat. `claimed` counts seats
 * already promised to earlier rows of the same import; a user keeping the licence they hold needs none.
 */
export function validateLicence(
  subscriptionId: string | null,
  context: Pick<UserValidationContext, 'subscriptions' | 'today'>,
  held: string | null = null,
  claimed = 0,
): ValidationIssue[] {
  const field = 'subscriptionId'
  if (subscriptionId === null || subscriptionId === held) return []
  const subscription = context.subscriptions.find(s => s.id === subscriptionId)
  if (!subscription) return [{ field, code: 'unknown', params: { value: subscriptionId } }]
  if (!isLive(subscription, context.today))
    return [{ field, code: 'notAvailable', params: { offer: subscription.offerId } }]
  const left = seatsLeft(subscription)
  if (left - claimed <= 0)
    return [{ field, code: 'noSeatsLeft', params: { left, seats: subscription.seats, offer: subscription.offerId } }]
  return []
}

function addressKey(alias: string, domain: string): string {
  return userPrincipalName({ alias, domain })
}

type KnownUser = UserValidationContext['users'][number]
interface UserIndex {
  /** Who holds each address (more than one only in data read from elsewhere). */
  readonly byAddress: ReadonlyMap<string, readonly string[]>
  readonly byId: ReadonlyMap<string, KnownUser>
}

// Built once per list of users and kept while the list lives, so checking n rows against m users
// costs n + m, not n × m (an import of 10,000 rows into a tenant of 10,000 users).
const indexes = new WeakMap<readonly KnownUser[], UserIndex>()

function indexOf(users: readonly KnownUser[]): UserIndex {
  let index = indexes.get(users)
  if (!index) {
    const byAddress = new Map<string, string[]>()
    for (const user of users) {
      const key = addressKey(user.alias, user.domain)
      byAddress.set(key, [...(byAddress.get(key) ?? []), user.id])
    }
    index = { byAddress, byId: new Map(users.map(user => [user.id, user])) }
    indexes.set(users, index)
  }
  return index
}

/**
 * Every issue in one user's details; `userId` is the user being edited, whose own address and licence don't count
 * against them.
 */
export function validateUser(raw: UserInput, context: UserValidationContext, userId?: string): ValidationIssue[] {
  const input = normalizeUserInput(raw)
  const index = indexOf(context.users)
  const held = (userId === undefined ? undefined : index.byId.get(userId))?.subscriptionId ?? null
  const aliasIssues = validateAlias(input.alias)
  const address = addressKey(input.alias, input.domain)
  if (
    aliasIssues.length === 0 &&
    (context.otherAddresses?.has(address) || (index.byAddress.get(address) ?? []).some(id => id !== userId))
  )
    aliasIssues.push({ field: 'alias', code: 'taken', params: { address } })
  return [
    ...validateUserName(input.firstName, 'firstName'),
    ...validateUserName(input.lastName, 'lastName'),
    ...aliasIssues,
    ...validateUserDomain(input.domain, context.tenant),
    ...validateUsageLocation(input.usageLocation),
    ...validateLicence(input.subscriptionId, context, held),
  ]
}

/**
 * Every issue in a batch of new users, each named `rows[<index>].<field>`: each row's own rules,
 * an address used twice in the batch, and licences counted across all rows, so the batch as a
 * whole never takes more seats than are left.
 */
export function validateUserBatch(rows: readonly UserInput[], context: UserValidationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const seen = new Set<string>()
  const claimed = new Map<string, number>()
  rows.forEach((raw, index) => {
    const input = normalizeUserInput(raw)
    const own = validateUser(input, context).filter(issue => issue.field !== 'subscriptionId')
    const address = addressKey(input.alias, input.domain)
    if (input.alias !== '' && seen.has(address) && !own.some(issue => issue.field === 'alias'))
      own.push({ field: 'alias', code: 'duplicate', params: { address } })
    seen.add(address)
    const licence = validateLicence(input.subscriptionId, context, null, claimed.get(input.subscriptionId ?? '') ?? 0)
    if (input.subscriptionId !== null && licence.length === 0)
      claimed.set(input.subscriptionId, (claimed.get(input.subscriptionId) ?? 0) + 1)
    issues.push(...[...own, ...licence].map(issue => ({ ...issue, field: `rows[${index}].${issue.field}` })))
  })
  return issues
}
