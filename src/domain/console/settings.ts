import type { FeatureId, OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import { catalogue, getOffer } from '../catalogue'
import { consoleAccess, liveSubscriptions, tenantFeatures } from '../tenant/policy'

/** The console areas a tenant-wide setting belongs to (one tab each). */
export type SettingArea = 'exchange' | 'sharepoint' | 'communications'

export type ExternalSharing = 'off' | 'existingExternalUsers' | 'externalUsers'
export const EXTERNAL_SHARING_LEVELS: readonly ExternalSharing[] = ['off', 'existingExternalUsers', 'externalUsers']

/** Whether going `from` → `to` lets more people outside the tenant in: the console asks before it does. */
export function widensSharing(from: ExternalSharing, to: ExternalSharing): boolean {
  return EXTERNAL_SHARING_LEVELS.indexOf(to) > EXTERNAL_SHARING_LEVELS.indexOf(from)
}

/** Every tenant-wide switch and value the console manages, by key; baselines and the activity log use the same keys. */
export interface TenantSettings {
  'exchange.owa': boolean
  'exchange.outlookAnywhere': boolean
  'exchange.activeSync': boolean
  'exchange.pop3': boolean
  'exchange.imap4': boolean
  'exchange.defaultMailboxMb': number
  'exchange.filtering': boolean
  'sharepoint.externalSharing': ExternalSharing
  'sharepoint.workflows': boolean
  'sharepoint.userSiteCreation': boolean
  'communications.im': boolean
  'communications.federation': boolean
  'communications.liveMeeting': boolean
}

export type SettingKey = keyof TenantSettings
export type SettingValue = TenantSettings[SettingKey]
/** The settings that are on/off switches. */
export type SwitchSettingKey = { [K in SettingKey]: TenantSettings[K] extends boolean ? K : never }[SettingKey]

interface SettingDefinition {
  readonly area: SettingArea
  /** The catalogue capability a tenant's offers must include for the setting to exist. */
  readonly feature: FeatureId
  readonly kind: 'switch' | 'mailboxSize' | 'externalSharing'
}

/** What each setting is and which capability it needs: the UI and every backend read this. */
export const SETTING_DEFINITIONS: Readonly<Record<SettingKey, SettingDefinition>> = {
  'exchange.owa': { area: 'exchange', feature: 'exchange.owa', kind: 'switch' },
  'exchange.outlookAnywhere': { area: 'exchange', feature: 'exchange.outlookAnywhere', kind: 'switch' },
  'exchange.activeSync': { area: 'exchange', feature: 'exchange.activeSync', kind: 'switch' },
  'exchange.pop3': { area: 'exchange', feature: 'exchange.pop3', kind: 'switch' },
  'exchange.imap4': { area: 'exchange', feature: 'exchange.imap4', kind: 'switch' },
  'exchange.defaultMailboxMb': { area: 'exchange', feature: 'exchange.owa', kind: 'mailboxSize' },
  'exchange.filtering': { area: 'exchange', feature: 'exchange.filtering', kind: 'switch' },
  'sharepoint.externalSharing': { area: 'sharepoint', feature: 'sharepoint.externalSharing', kind: 'externalSharing' },
  'sharepoint.workflows': { area: 'sharepoint', feature: 'sharepoint.workflows', kind: 'switch' },
  'sharepoint.userSiteCreation': { area: 'sharepoint', feature: 'sharepoint.sites', kind: 'switch' },
  'communications.im': { area: 'communications', feature: 'communications.im', kind: 'switch' },
  'communications.federation': { area: 'communications', feature: 'communications.federation', kind: 'switch' },
  'communications.liveMeeting': { area: 'communications', feature: 'communications.liveMeeting', kind: 'switch' },
}

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[]

export function isSettingKey(key: string): key is SettingKey {
  return key in SETTING_DEFINITIONS
}

export function settingsOfArea(area: SettingArea): SettingKey[] {
  return SETTING_KEYS.filter(key => SETTING_DEFINITIONS[key].area === area)
}

/** Microsoft's defaults for a new tenant: every protocol on, filtering on, nothing shared outside. */
export function defaultSettings(subscriptions: readonly Subscription[], today: IsoDate): TenantSettings {
  return {
    'exchange.owa': true,
    'exchange.outlookAnywhere': true,
    'exchange.activeSync': true,
    'exchange.pop3': true,
    'exchange.imap4': true,
    // Without Exchange the size waits unused; Exchange added later starts from the Standard default.
    'exchange.defaultMailboxMb': mailboxLimits(subscriptions, today)?.defaultMb ?? STANDARD_DEFAULT_MAILBOX_MB,
    'exchange.filtering': true,
    'sharepoint.externalSharing': 'off',
    'sharepoint.workflows': true,
    'sharepoint.userSiteCreation': false,
    'communications.im': true,
    'communications.federation': false,
    'communications.liveMeeting': true,
  }
}

export interface MailboxLimits {
  readonly defaultMb: number
  /** The largest mailbox the tenant's best live Exchange offer allows. */
  readonly maxMb: number
  /** Deskless mailboxes stay at this size whatever the tenant default. */
  readonly desklessMb: number | null
}

/** Mailbox sizes the tenant's live Exchange offers allow, or null when none carries Exchange. */
export function mailboxLimits(subscriptions: readonly Subscription[], today: IsoDate): MailboxLimits | null {
  const offers = liveSubscriptions(subscriptions, today)
    .map(s => getOffer(s.offerId))
    .filter(offer => offer.exchange)
  if (offers.length === 0) return null
  const standard = offers.filter(offer => offer.tier === 'standard')
  const deskless = offers.filter(offer => offer.tier === 'deskless')
  const best = standard.length > 0 ? standard : deskless
  return {
    defaultMb: Math.max(...best.map(offer => offer.exchange!.defaultMailboxMb)),
    maxMb: Math.max(...best.map(offer => offer.exchange!.maxMailboxMb)),
    desklessMb: deskless.length > 0 ? Math.min(...deskless.map(offer => offer.exchange!.maxMailboxMb)) : null,
  }
}

export type SettingAvailability =
  | { readonly available: true }
  | { readonly available: false; readonly reason: 'noConsole' }
  | {
      readonly available: false
      readonly reason: 'notInOffers'
      readonly feature: FeatureId
      readonly offers: readonly OfferId[]
    }

/**
 * Whether a tenant can carry a setting: it needs the application console, and one of its live
 * offers must include the setting's capability. The UI shows the reason; backends refuse the write.
 */
export function settingAvailability(
  key: SettingKey,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): SettingAvailability {
  if (!consoleAccess(subscriptions, today).available) return { available: false, reason: 'noConsole' }
  const feature = SETTING_DEFINITIONS[key].feature
  if (tenantFeatures(subscriptions, today).has(feature)) return { available: true }
  const offers = [...new Set(liveSubscriptions(subscriptions, today).map(s => s.offerId))]
  return { available: false, reason: 'notInOffers', feature, offers }
}

/** Checks one value against its setting's type and the tenant's limits (mailbox size). */
export function validateSettingValue(
  key: SettingKey,
  value: unknown,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): ValidationIssue[] {
  switch (SETTING_DEFINITIONS[key].kind) {
    case 'switch':
      return typeof value === 'boolean' ? [] : [{ field: key, code: 'unknown', params: { value: String(value) } }]
    case 'externalSharing':
      return EXTERNAL_SHARING_LEVELS.includes(value as ExternalSharing)
        ? []
        : [{ field: key, code: 'unknown', params: { value: String(value) } }]
    case 'mailboxSize': {
      const limits = mailboxLimits(subscriptions, today)
      if (typeof value !== 'number' || !Number.isInteger(value)) return [{ field: key, code: 'notWholeNumber' }]
      if (value < MIN_MAILBOX_MB) return [{ field: key, code: 'belowMinimum', params: { min: MIN_MAILBOX_MB } }]
      if (limits && value > limits.maxMb) return [{ field: key, code: 'aboveMaximum', params: { max: limits.maxMb } }]
      return []
    }
  }
}

export const MIN_MAILBOX_MB = 250

/** The largest mailbox any offer allows (Standard Suite's 25,600 MB): no baseline may carry more. */
export const LARGEST_MAILBOX_MB = Math.max(
  ...catalogue.offers.flatMap(offer => (offer.exchange ? [offer.exchange.maxMailboxMb] : [])),
)
/** Exchange Online's 5 GB default mailbox, for tenants that have no Exchange offer yet. */
export const STANDARD_DEFAULT_MAILBOX_MB = 5120

/** One setting a change would make: from its current value to the target. */
export interface SettingChange {
  readonly key: SettingKey
  readonly before: SettingValue
  readonly after: SettingValue
}

/** The settings in `target` that differ from `current`, in definition order. */
export function diffSettings(current: TenantSettings, target: Partial<TenantSettings>): SettingChange[] {
  return SETTING_KEYS.filter(key => key in target && target[key] !== undefined && target[key] !== current[key]).map(
    key => ({ key, before: current[key], after: target[key] as SettingValue }),
  )
}
