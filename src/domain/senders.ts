import type { SenderEntry, SenderListKind } from './directory'
import type { IsoDate, Subscription } from './tenant'
import type { ValidationIssue } from './validation'
import { settingAvailability } from './settings'
import { EMAIL_MAX } from './validation'

export const SENDER_LIST_KINDS: readonly SenderListKind[] = ['safe', 'blocked']

/** The longest DNS name: 253 characters. */
export const DOMAIN_NAME_MAX = 253
/** The longest e-mail local part (RFC 5321): 64 characters. */
export const LOCAL_PART_MAX = 64

// DNS labels (letters, digits, inner hyphens, at most 63), at least two, the last one alphabetic.
const DOMAIN_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/
// RFC 5322 "dot-atom" local part: these characters, dots only between them.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/

/** Whether `value` (lower case) is a domain name such as `fournisseur.fr`. */
export function isDomainName(value: string): boolean {
  return value.length <= DOMAIN_NAME_MAX && DOMAIN_NAME.test(value)
}

/** Whether `value` (lower case) is an address such as `commandes@fournisseur.fr`. */
export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@')
  if (at < 1 || value.length > EMAIL_MAX) return false
  const local = value.slice(0, at)
  return local.length <= LOCAL_PART_MAX && LOCAL_PART.test(local) && isDomainName(value.slice(at + 1))
}

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
