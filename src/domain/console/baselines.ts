import type { IsoDate, IsoDateTime } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import type { SettingChange, SettingKey, TenantSettings } from './settings'
import {
  diffSettings,
  LARGEST_MAILBOX_MB,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  settingAvailability,
  validateSettingValue,
} from './settings'
import { validateText } from '../text'

export const BASELINE_NAME_MAX = 64
/** A paragraph or two on what the baseline is for. */
export const BASELINE_DESCRIPTION_MAX = 1000

/**
 * A partner's named set of Exchange, SharePoint and communications settings (for example
 * "SMB secure default"), applied to tenants and watched for drift.
 */
export interface Baseline {
  readonly id: string
  readonly name: string
  readonly description: string
  readonly settings: Partial<TenantSettings>
  readonly createdAt: IsoDateTime
  readonly updatedAt: IsoDateTime
  /** Where the backend counts changes: the edit form sends it back, and a save from an older one is refused. */
  readonly version?: number
}

export interface BaselineInput {
  readonly name: string
  readonly description: string
  readonly settings: Partial<TenantSettings>
  /** The edit form's: the version of the baseline it was opened from. */
  readonly expectedVersion?: number
}

/**
 * A setting of the baseline that this tenant's offers (or the backend) can't carry, with the
 * reason; `notReadable`: the backend can't read the tenant's current value, so it is left as it is.
 */
export interface SkippedSetting {
  readonly key: SettingKey
  readonly reason: 'noConsole' | 'notInOffers' | 'notOnThisBackend' | 'notReadable' | 'aboveOfferMaximum'
  /** For `notOnThisBackend`: the backend's own reason, a stable key (`exchangeAdmin`…). */
  readonly because?: string
  /** For `aboveOfferMaximum`: the most this tenant's offers allow (a mailbox size, in MB). */
  readonly max?: number
}

/** What applying a baseline would do to one tenant. */
export interface BaselinePlan {
  readonly changes: readonly SettingChange[]
  readonly skipped: readonly SkippedSetting[]
}

/**
 * Splits a baseline into the changes this tenant can take and the settings it must skip.
 * `unavailable` names the settings the backend itself can't change, with its reason; `unknown`
 * the settings whose current value it couldn't read (their value in `current` means nothing):
 * they are never planned as a change from a value nobody knows.
 */
export function planBaseline(
  baseline: Pick<Baseline, 'settings'>,
  current: TenantSettings,
  subscriptions: readonly Subscription[],
  today: IsoDate,
  unavailable: (key: SettingKey) => string | undefined = () => undefined,
  unknown: readonly SettingKey[] = [],
): BaselinePlan {
  const applicable: Partial<Record<SettingKey, unknown>> = {}
  const skipped: SkippedSetting[] = []
  for (const key of SETTING_KEYS) {
    if (baseline.settings[key] === undefined) continue
    const availability = settingAvailability(key, subscriptions, today)
    const because = unavailable(key)
    if (availability.available && because !== undefined) skipped.push({ key, reason: 'notOnThisBackend', because })
    else if (availability.available && unknown.includes(key)) skipped.push({ key, reason: 'notReadable' })
    else if (availability.available) {
      // A value this tenant's own offers refuse (a mailbox above their maximum) is never stored.
      const refused = validateSettingValue(key, baseline.settings[key], subscriptions, today)[0]
      if (refused) skipped.push({ key, reason: 'aboveOfferMaximum', max: Number(refused.params?.max ?? 0) })
      else applicable[key] = baseline.settings[key]
    } else skipped.push({ key, reason: availability.reason })
  }
  return { changes: diffSettings(current, applicable as Partial<TenantSettings>), skipped }
}

/** How far a tenant is from its baseline, as far as its settings could be read. */
export interface BaselineDrift {
  /** The settings that moved away from the baseline. */
  readonly changes: readonly SettingChange[]
  /**
   * The baseline's settings the tenant's offers carry, that the backend couldn't read: drifted or not, nobody knows.
   */
  readonly unknown: readonly SettingKey[]
  /** How many of the baseline's settings were compared (read, and carried by the tenant's offers). */
  readonly compared: number
}

/**
 * Drift, honestly: a setting the backend couldn't read (`unknown`) is unknown, never drift;
 * settings the tenant's offers don't carry aren't counted either.
 */
export function baselineDriftOf(
  baseline: Pick<Baseline, 'settings'>,
  current: TenantSettings,
  subscriptions: readonly Subscription[],
  today: IsoDate,
  unknown: readonly SettingKey[] = [],
): BaselineDrift {
  const plan = planBaseline(baseline, current, subscriptions, today, () => undefined, unknown)
  const unread = plan.skipped.filter(skip => skip.reason === 'notReadable').map(skip => skip.key)
  const carried = SETTING_KEYS.filter(
    key => baseline.settings[key] !== undefined && !plan.skipped.some(skip => skip.key === key),
  )
  return { changes: plan.changes, unknown: unread, compared: carried.length }
}

/**
 * The settings where a tenant no longer matches its baseline (only those its offers can carry and the backend could
 * read).
 */
export function baselineDrift(
  baseline: Pick<Baseline, 'settings'>,
  current: TenantSettings,
  subscriptions: readonly Subscription[],
  today: IsoDate,
  unknown: readonly SettingKey[] = [],
): SettingChange[] {
  return [...baselineDriftOf(baseline, current, subscriptions, today, unknown).changes]
}

/** A baseline needs a name, at least one setting, and values each setting accepts. */
export function validateBaselineInput(input: BaselineInput, takenNames: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const name = input.name.trim()
  const nameIssues = validateText(name, { field: 'baselineName', max: BASELINE_NAME_MAX })
  if (nameIssues.length > 0) issues.push(...nameIssues)
  else if (takenNames.has(name.toLocaleLowerCase()))
    issues.push({ field: 'baselineName', code: 'taken', params: { value: name } })
  issues.push(
    ...validateText(input.description, {
      field: 'baselineDescription',
      max: BASELINE_DESCRIPTION_MAX,
      optional: true,
      multiline: true,
    }),
  )
  const keys = SETTING_KEYS.filter(key => input.settings[key] !== undefined)
  if (keys.length === 0) issues.push({ field: 'baselineSettings', code: 'required' })
  // Without subscriptions only the type and the floor are checked here, then the largest mailbox any
  // offer allows; each tenant's own limit applies when the baseline is applied to it.
  for (const key of keys) {
    const value = input.settings[key]
    const own = validateSettingValue(key, value, [], '1970-01-01')
    if (own.length === 0 && SETTING_DEFINITIONS[key].kind === 'mailboxSize' && (value as number) > LARGEST_MAILBOX_MB)
      own.push({ field: key, code: 'aboveMaximum', params: { max: LARGEST_MAILBOX_MB } })
    issues.push(...own)
  }
  return issues
}
