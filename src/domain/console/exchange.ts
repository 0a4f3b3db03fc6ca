import type { IsoDate, IsoDateTime } from '../dates'
import type { Subscription, Tenant } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import { primaryDomain } from '../tenant/tenant'
import { EMAIL_MAX, isEmailAddress, LOCAL_PART_MAX } from '../validation'
import { settingAvailability } from './settings'
import { validateText } from '../text'

export interface DistributionList {
  readonly id: string
  readonly tenantId: string
  readonly displayName: string
  /** The list's address is `<alias>@<tenant default domain>`. */
  readonly alias: string
  readonly memberIds: readonly string[]
  readonly createdAt: IsoDateTime
}

/** An outside person in the tenant's address book (an Exchange mail contact). */
export interface MailContact {
  readonly id: string
  readonly tenantId: string
  readonly displayName: string
  readonly email: string
  readonly createdAt: IsoDateTime
}

export const DISPLAY_NAME_MAX = 64

export interface DistributionListInput {
  readonly displayName: string
  readonly alias: string
  readonly memberIds: readonly string[]
}

export interface MailContactInput {
  readonly displayName: string
  readonly email: string
}

/** Distribution lists and mail contacts come with Exchange Online: any offer with mailboxes. */
export function mailObjectsAvailability(subscriptions: readonly Subscription[], today: IsoDate) {
  return settingAvailability('exchange.owa', subscriptions, today)
}

/** A list's address: its alias at the domain the tenant's users get by default. */
export function distributionListAddress(list: Pick<DistributionList, 'alias'>, tenant: Tenant): string {
  return `${list.alias}@${primaryDomain(tenant)}`
}

/** Aliases and addresses are matched and stored trimmed and in lower case, as Exchange does. */
export function normalizeAddress(value: string): string {
  return value.trim().toLowerCase()
}

function validateDisplayName(value: string, field: string): ValidationIssue[] {
  return validateText(value, { field, max: DISPLAY_NAME_MAX })
}

const ALIAS_CHARACTERS = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/

/**
 * A list's alias is the local part of its address: the characters an address allows, dots only
 * between them, at most 64; and no other list nor mailbox of the tenant may already use it.
 */
export function validateListAlias(value: string, takenAliases: ReadonlySet<string>): ValidationIssue[] {
  const field = 'listAlias'
  const alias = normalizeAddress(value)
  if (alias === '') return [{ field, code: 'required' }]
  if (alias.length > LOCAL_PART_MAX) return [{ field, code: 'tooLong', params: { max: LOCAL_PART_MAX } }]
  if (!ALIAS_CHARACTERS.test(alias)) return [{ field, code: 'invalidCharacters' }]
  if (alias.startsWith('.') || alias.endsWith('.') || alias.includes('..')) return [{ field, code: 'misplacedDot' }]
  if (takenAliases.has(alias)) return [{ field, code: 'taken', params: { alias } }]
  return []
}

/** What a new list must not collide with, and who may be in it. */
export interface DistributionListContext {
  /** Aliases of the tenant's lists and of its users on the default domain, in lower case. */
  readonly takenAliases: ReadonlySet<string>
  /** The tenant's users: members are chosen among them. */
  readonly userIds: ReadonlySet<string>
}

export function validateDistributionList(
  input: DistributionListInput,
  context: DistributionListContext,
): ValidationIssue[] {
  return [
    ...validateDisplayName(input.displayName, 'listName'),
    ...validateListAlias(input.alias, context.takenAliases),
    ...input.memberIds
      .filter(id => !context.userIds.has(id))
      .map(id => ({ field: 'listMembers', code: 'unknown' as const, params: { value: id } })),
  ]
}

/** Every distinct member, in the order chosen. */
export function uniqueMembers(memberIds: readonly string[]): string[] {
  return [...new Set(memberIds)]
}

/** What a new contact must not collide with. */
export interface MailContactContext {
  /** The addresses of the tenant's contacts, in lower case. */
  readonly contactEmails: ReadonlySet<string>
  /** The tenant's own domains: someone there has a mailbox, not a contact. */
  readonly tenantDomains: readonly string[]
}

function validateContactEmail(value: string, context: MailContactContext): ValidationIssue[] {
  const field = 'mailContactEmail'
  const email = normalizeAddress(value)
  if (email === '') return [{ field, code: 'required' }]
  if (email.length > EMAIL_MAX) return [{ field, code: 'tooLong', params: { max: EMAIL_MAX } }]
  if (!isEmailAddress(email)) return [{ field, code: 'invalidEmail' }]
  const domain = email.slice(email.lastIndexOf('@') + 1)
  if (context.tenantDomains.includes(domain)) return [{ field, code: 'internalAddress', params: { domain } }]
  if (context.contactEmails.has(email)) return [{ field, code: 'taken', params: { email } }]
  return []
}

/**
 * A mail contact is someone outside the company: a name, and a valid address that is not on one
 * of the tenant's own domains (`internalAddress`) nor already a contact (`taken`).
 */
export function validateMailContact(input: MailContactInput, context: MailContactContext): ValidationIssue[] {
  return [...validateDisplayName(input.displayName, 'mailContactName'), ...validateContactEmail(input.email, context)]
}
