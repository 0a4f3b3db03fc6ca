import type { IsoDate, IsoDateTime } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import { EMAIL_MAX, isDomainName, isEmailAddress } from '../validation'
import { settingAvailability } from './settings'

/** Forefront's sender lists: mail from a safe sender skips spam filtering, from a blocked one is refused. */
export type SenderListKind = 'safe' | 'blocked'

export interface SenderEntry {
  readonly id: string
  readonly tenantId: string
  readonly list: SenderListKind
  /** An address (`name@domain.fr`) or a whole domain (`domain.fr`), stored in lower case. */
  readonly value: string
  readonly createdAt: IsoDateTime
}

export const SENDER_LIST_KINDS: readonly SenderListKind[] = ['safe', 'blocked']

/** Sender entries are compared and stored trimmed and in lower case, as Exchange matches them. */
export function normalizeSender(value: string): string {
  return value.trim().toLowerCase()
}

/**
 * One entry for a safe or blocked sender list: an address or a whole domain, not already on this
 * list (`alreadyListed`) nor on the other one (`onOtherList`: a sender can't be both safe and
 * blocked). An entry with an @ is judged as an address (`invalidEmail`), else as a domain
 * (`invalidDomain`), so the message says which rule the typed value broke.
 */
export function validateSenderEntry(
  value: string,
  list: SenderListKind,
  existing: readonly Pick<SenderEntry, 'list' | 'value'>[],
): ValidationIssue[] {
  const field = 'sender'
  const sender = normalizeSender(value)
  if (sender === '') return [{ field, code: 'required' }]
  if (sender.length > EMAIL_MAX) return [{ field, code: 'tooLong', params: { max: EMAIL_MAX } }]
  if (sender.includes('@') ? !isEmailAddress(sender) : !isDomainName(sender))
    return [{ field, code: sender.includes('@') ? 'invalidEmail' : 'invalidDomain' }]
  const listed = existing.find(entry => entry.value === sender)
  if (listed)
    return [{ field, code: listed.list === list ? 'alreadyListed' : 'onOtherList', params: { value: sender } }]
  return []
}

/** Sender lists belong to Forefront filtering: a tenant has them when its offers include filtering. */
export function senderListAvailability(subscriptions: readonly Subscription[], today: IsoDate) {
  return settingAvailability('exchange.filtering', subscriptions, today)
}
