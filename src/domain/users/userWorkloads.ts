import type { FeatureId, OfferId } from '../catalogue'
import type { TenantSettings } from '../console/settings'
import type { IsoDate } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import type { TenantUser, UserExchangeOverrides, UserWorkload } from './users'
import { getOffer } from '../catalogue'
import { MIN_MAILBOX_MB } from '../console/settings'
import { isLive } from '../tenant/policy'
import { licensedWorkloads, USER_WORKLOADS } from './users'

/** The live subscription whose licence the user holds; a cancelled or ended one gives nothing. */
export function userLicence(
  user: Pick<TenantUser, 'subscriptionId'>,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): Subscription | undefined {
  const subscription = subscriptions.find(s => s.id === user.subscriptionId)
  return subscription && isLive(subscription, today) ? subscription : undefined
}

export type WorkloadAvailability =
  | { readonly available: true }
  | { readonly available: false; readonly reason: 'unlicensed' }
  | { readonly available: false; readonly reason: 'notInLicence'; readonly offer: OfferId }

/** A user's switch for a service exists only if their licence includes the service. */
export function workloadAvailability(service: UserWorkload, licence: Subscription | undefined): WorkloadAvailability {
  if (!licence) return { available: false, reason: 'unlicensed' }
  return licensedWorkloads(licence).includes(service)
    ? { available: true }
    : { available: false, reason: 'notInLicence', offer: licence.offerId }
}

/**
 * The switches after a licence is given or changed: services both licences include keep the
 * user's choice, services new to the user start on, and what the new licence lacks is off.
 */
export function workloadsForLicence(
  licence: Subscription | undefined,
  previous?: { readonly licence: Subscription | undefined; readonly services: Readonly<Record<UserWorkload, boolean>> },
): Record<UserWorkload, boolean> {
  const included = licensedWorkloads(licence)
  const had = licensedWorkloads(previous?.licence)
  return Object.fromEntries(
    USER_WORKLOADS.map(s => [s, included.includes(s) && (had.includes(s) ? previous!.services[s] : true)]),
  ) as Record<UserWorkload, boolean>
}

/** A service a user really has: their switch is on and their live licence includes it. */
export function effectiveWorkloads(
  user: Pick<TenantUser, 'services'>,
  licence: Subscription | undefined,
): Record<UserWorkload, boolean> {
  const included = licensedWorkloads(licence)
  return Object.fromEntries(USER_WORKLOADS.map(s => [s, included.includes(s) && user.services[s]])) as Record<
    UserWorkload,
    boolean
  >
}

/** Checks service switches: `unavailable` for services the licence lacks, `invalid` for unknown keys or values. */
export function checkWorkloadChanges(changes: Readonly<Record<string, unknown>>, licence: Subscription | undefined) {
  const unavailable: ValidationIssue[] = []
  const invalid: ValidationIssue[] = []
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue
    if (!USER_WORKLOADS.includes(key as UserWorkload))
      invalid.push({ field: `services.${key}`, code: 'unknown', params: { value: key } })
    else if (typeof value !== 'boolean')
      invalid.push({ field: `services.${key}`, code: 'unknown', params: { value: String(value) } })
    else if (!workloadAvailability(key as UserWorkload, licence).available)
      unavailable.push({ field: `services.${key}`, code: 'notAvailable' })
  }
  return { unavailable, invalid }
}

/** Protocols a user can have turned off though the tenant allows them (an override never turns one on). */
export const USER_PROTOCOLS = ['outlookAnywhere', 'activeSync', 'pop3', 'imap4'] as const
export type UserProtocol = (typeof USER_PROTOCOLS)[number]

export type ProtocolAvailability =
  | { readonly available: true }
  | { readonly available: false; readonly reason: 'noMailbox' }
  | { readonly available: false; readonly reason: 'notInLicence'; readonly offer: OfferId }
  | { readonly available: false; readonly reason: 'offForTenant' }

function hasMailbox(user: Pick<TenantUser, 'services'>, licence: Subscription | undefined): boolean {
  return effectiveWorkloads(user, licence).exchange
}

function licenceHas(licence: Subscription | undefined, feature: FeatureId): boolean {
  return licence ? getOffer(licence.offerId).features.includes(feature) : false
}

/**
 * Whether a user's protocol switch exists: they need a mailbox, a licence with the protocol, and the tenant must allow
 * it.
 */
export function protocolAvailability(
  protocol: UserProtocol,
  user: Pick<TenantUser, 'services'>,
  licence: Subscription | undefined,
  settings: TenantSettings,
): ProtocolAvailability {
  if (!hasMailbox(user, licence)) return { available: false, reason: 'noMailbox' }
  if (!licenceHas(licence, `exchange.${protocol}`))
    return { available: false, reason: 'notInLicence', offer: licence!.offerId }
  if (!settings[`exchange.${protocol}`]) return { available: false, reason: 'offForTenant' }
  return { available: true }
}

/** How a user's mailbox size is set: not at all, fixed by a Deskless licence, or within the licence's range. */
export type MailboxRule =
  | { readonly kind: 'noMailbox' }
  | { readonly kind: 'fixed'; readonly mb: number; readonly offer: OfferId }
  | { readonly kind: 'adjustable'; readonly min: number; readonly max: number; readonly defaultMb: number }

export function mailboxRule(
  user: Pick<TenantUser, 'services'>,
  licence: Subscription | undefined,
  settings: TenantSettings,
): MailboxRule {
  const exchange = licence ? getOffer(licence.offerId).exchange : null
  if (!licence || !exchange || !hasMailbox(user, licence)) return { kind: 'noMailbox' }
  // A Deskless mailbox stays at its size whatever the tenant's default.
  if (getOffer(licence.offerId).tier === 'deskless')
    return { kind: 'fixed', mb: exchange.maxMailboxMb, offer: licence.offerId }
  return {
    kind: 'adjustable',
    min: MIN_MAILBOX_MB,
    max: exchange.maxMailboxMb,
    defaultMb: Math.min(settings['exchange.defaultMailboxMb'], exchange.maxMailboxMb),
  }
}

/**
 * What a user's mailbox really allows: each protocol is on only if the tenant, the user's override and the licence all
 * allow it.
 */
export interface EffectiveExchange {
  readonly owa: boolean
  readonly outlookAnywhere: boolean
  readonly activeSync: boolean
  readonly pop3: boolean
  readonly imap4: boolean
  /** Null without a mailbox. */
  readonly mailboxMb: number | null
}

export function effectiveExchange(
  user: Pick<TenantUser, 'services' | 'exchange'>,
  licence: Subscription | undefined,
  settings: TenantSettings,
): EffectiveExchange {
  const mailbox = hasMailbox(user, licence)
  const protocol = (p: UserProtocol) =>
    mailbox && licenceHas(licence, `exchange.${p}`) && settings[`exchange.${p}`] && user.exchange[p] !== false
  const rule = mailboxRule(user, licence, settings)
  return {
    owa: mailbox && licenceHas(licence, 'exchange.owa') && settings['exchange.owa'],
    outlookAnywhere: protocol('outlookAnywhere'),
    activeSync: protocol('activeSync'),
    pop3: protocol('pop3'),
    imap4: protocol('imap4'),
    mailboxMb:
      rule.kind === 'noMailbox'
        ? null
        : rule.kind === 'fixed'
          ? rule.mb
          : Math.min(user.exchange.mailboxMb ?? rule.defaultMb, rule.max),
  }
}

/** Only what differs from "follow the tenant" is kept: protocols turned off, and a mailbox size. */
export function normalizeExchangeOverrides(overrides: UserExchangeOverrides): UserExchangeOverrides {
  const kept: { -readonly [K in keyof UserExchangeOverrides]: UserExchangeOverrides[K] } = {}
  for (const protocol of USER_PROTOCOLS) {
    if (overrides[protocol] === false) kept[protocol] = false
  }
  if (overrides.mailboxMb !== undefined) kept.mailboxMb = overrides.mailboxMb
  return kept
}

/**
 * Checks a user's overrides against their licence: a protocol it lacks can't be overridden, nor a
 * Deskless mailbox's size (`unavailable`); a size must be whole and within the licence (`invalid`).
 */
export function checkExchangeOverrides(
  overrides: Readonly<Record<string, unknown>>,
  licence: Subscription | undefined,
) {
  const unavailable: ValidationIssue[] = []
  const invalid: ValidationIssue[] = []
  const exchange = licence ? getOffer(licence.offerId).exchange : null
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    const field = `exchange.${key}`
    if (USER_PROTOCOLS.includes(key as UserProtocol)) {
      if (typeof value !== 'boolean') invalid.push({ field, code: 'unknown', params: { value: String(value) } })
      else if (!licenceHas(licence, `exchange.${key as UserProtocol}`))
        unavailable.push({ field, code: 'notAvailable' })
    } else if (key === 'mailboxMb') {
      if (!licence || !exchange || getOffer(licence.offerId).tier === 'deskless')
        unavailable.push({ field, code: 'notAvailable' })
      else if (typeof value !== 'number' || !Number.isInteger(value)) invalid.push({ field, code: 'notWholeNumber' })
      else if (value < MIN_MAILBOX_MB) invalid.push({ field, code: 'belowMinimum', params: { min: MIN_MAILBOX_MB } })
      else if (value > exchange.maxMailboxMb)
        invalid.push({ field, code: 'aboveMaximum', params: { max: exchange.maxMailboxMb } })
    } else {
      invalid.push({ field, code: 'unknown', params: { value: key } })
    }
  }
  return { unavailable, invalid }
}

/** The overrides a new licence still allows, so changing licence never leaves one the licence can't carry. */
export function overridesForLicence(
  overrides: UserExchangeOverrides,
  licence: Subscription | undefined,
): UserExchangeOverrides {
  const { unavailable, invalid } = checkExchangeOverrides(overrides as Record<string, unknown>, licence)
  const refused = new Set([...unavailable, ...invalid].map(issue => issue.field.slice('exchange.'.length)))
  return normalizeExchangeOverrides(Object.fromEntries(Object.entries(overrides).filter(([key]) => !refused.has(key))))
}
