import type { ExternalSharing } from './console/settings'
import type { IsoDate, IsoDateTime } from './dates'
import type { SubscriptionState } from './tenant/tenant'
import { isOfferId } from './catalogue'
import { EXTERNAL_SHARING_LEVELS, isSettingKey, SETTING_DEFINITIONS } from './console/settings'
import { escapeFormulaRow } from './csvCells'
import { localIsoDate } from './dates'
import { foldForSearch } from './search'

/** The console area a change belongs to; the Activity pages filter by it. */
export type ActivityArea =
  | 'tenant'
  | 'subscription'
  | 'domain'
  | 'user'
  | 'exchange'
  | 'sharepoint'
  | 'communications'
  | 'baseline'
  | 'service'
  | 'quote'
  | 'data'

export const ACTIVITY_AREAS: readonly ActivityArea[] = [
  'tenant',
  'subscription',
  'domain',
  'user',
  'exchange',
  'sharepoint',
  'communications',
  'baseline',
  'service',
  'quote',
  'data',
]

export type ActivityValue = string | number | boolean | null

/** One value a change moved: a setting key or a field name, with what it was and what it became. */
export interface ActivityChange {
  readonly field: string
  readonly before: ActivityValue
  readonly after: ActivityValue
}

export interface ActivityEntry {
  readonly id: string
  readonly at: IsoDateTime
  readonly actor: string
  readonly tenantId: string | null
  readonly tenantName: string | null
  readonly area: ActivityArea
  /** A stable code the interface translates, e.g. `tenant.provisioned`. */
  readonly action: string
  /** Values the translated sentence names (company, offer, seats…). */
  readonly details: Readonly<Record<string, string | number>>
  /** Before → after, for changes that moved values (settings, seats, a user's licence…). */
  readonly changes?: readonly ActivityChange[]
}

/** How a logged value reads for people: the interface picks the wording, the domain says what it is. */
export type ActivityValueKind =
  | 'empty'
  | 'unknown'
  | 'onOff'
  | 'mailboxSize'
  | 'externalSharing'
  | 'offer'
  | 'subscriptionState'
  | 'country'
  | 'serviceCode'
  | 'quoteStatus'
  | 'date'
  | 'number'
  | 'text'

/** A service's fields whose values are codes (`inProgress`, `mailMigration`), each with the list that names them. */
export const ADD_ON_CODE_FIELDS: Readonly<Record<string, string>> = {
  'service.status': 'statuses',
  'service.kind': 'kinds',
  'service.unit': 'units',
  'service.billing': 'billing',
  'service.mailSource': 'mailSources',
}

const SUBSCRIPTION_STATES: readonly string[] = ['trial', 'active', 'cancelled'] satisfies readonly SubscriptionState[]

/**
 * What kind of value a change moved. Setting keys say so themselves; other areas' fields are read
 * by convention: sizes end in `Mb` (`mailboxMb`, `quotaMb`), a subscription's `state` and a user's
 * `usageLocation` are codes to name, an offer id is an offer wherever it sits, and a field named
 * like a day (`deliveredOn`, `validUntil`) holding YYYY-MM-DD is a calendar date.
 */
export function activityValueKind(field: string, value: ActivityValue): ActivityValueKind {
  // A setting always has a value: none logged means the backend couldn't read it before the change.
  if (value === null && isSettingKey(field)) return 'unknown'
  if (value === null || value === '') return 'empty'
  if (typeof value === 'boolean') return 'onOff'
  if (isSettingKey(field) && SETTING_DEFINITIONS[field].kind !== 'switch') return SETTING_DEFINITIONS[field].kind
  if (typeof value === 'number') return /Mb$/.test(field) ? 'mailboxSize' : 'number'
  if (/externalSharing$/i.test(field) && EXTERNAL_SHARING_LEVELS.includes(value as ExternalSharing))
    return 'externalSharing'
  if (field in ADD_ON_CODE_FIELDS) return 'serviceCode'
  if (field === 'quote.status') return 'quoteStatus'
  if (/(On|validUntil)$/.test(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date'
  if (field === 'state' && SUBSCRIPTION_STATES.includes(value)) return 'subscriptionState'
  if ((field === 'usageLocation' || field === 'country' || field === 'quote.country') && /^[A-Z]{2}$/.test(value))
    return 'country'
  return isOfferId(value) ? 'offer' : 'text'
}

export interface ActivityQuery {
  readonly area: ActivityArea | ''
  /** Part of a tenant's name, accents and case ignored; entries with no tenant never match one. */
  readonly tenantSearch: string
  /** First and last day kept (YYYY-MM-DD, both included, on the person's own clock); '' for no bound. */
  readonly from?: IsoDate | ''
  readonly to?: IsoDate | ''
}

/** Whether an entry's day, as the person's clock dates it, lies within the bounds ('' is open). */
export function withinDays(at: IsoDateTime, from: IsoDate | '', to: IsoDate | ''): boolean {
  if (from === '' && to === '') return true
  const day = localIsoDate(new Date(at))
  return (from === '' || day >= from) && (to === '' || day <= to)
}

export function filterActivity(
  entries: readonly ActivityEntry[],
  { area, tenantSearch, from = '', to = '' }: ActivityQuery,
): readonly ActivityEntry[] {
  const search = foldForSearch(tenantSearch.trim())
  if (area === '' && search === '' && from === '' && to === '') return entries
  return entries.filter(
    entry =>
      (area === '' || entry.area === area) &&
      withinDays(entry.at, from, to) &&
      (search === '' || (entry.tenantName !== null && foldForSearch(entry.tenantName).includes(search))),
  )
}

/** The export's columns, in order; stable names so a spreadsheet or script can rely on them. */
export const ACTIVITY_CSV_COLUMNS = ['when', 'who', 'tenant', 'area', 'what', 'field', 'before', 'after'] as const
export type ActivityCsvRow = Readonly<Record<(typeof ACTIVITY_CSV_COLUMNS)[number], string>>

/** The words an export uses, in the person's language: the interface supplies them. */
export interface ActivityCsvText {
  readonly area: (area: ActivityArea) => string
  readonly what: (entry: ActivityEntry) => string
  readonly field: (field: string) => string
  readonly value: (field: string, value: ActivityValue) => string
}

/**
 * One row per change an entry moved (one row with empty change columns when it moved none), every cell formula-safe.
 */
export function activityCsvRows(entries: readonly ActivityEntry[], text: ActivityCsvText): ActivityCsvRow[] {
  return entries.flatMap(entry => {
    const common = {
      when: entry.at,
      who: entry.actor,
      tenant: entry.tenantName ?? '',
      area: text.area(entry.area),
      what: text.what(entry),
    }
    const changes: readonly (ActivityChange | null)[] =
      entry.changes && entry.changes.length > 0 ? entry.changes : [null]
    return changes.map(change =>
      escapeFormulaRow({
        ...common,
        field: change ? text.field(change.field) : '',
        before: change ? text.value(change.field, change.before) : '',
        after: change ? text.value(change.field, change.after) : '',
      }),
    )
  })
}

/** `activity-dupre-2025-03-10.csv` for one tenant (by its initial-domain prefix), `activity-2025-03-10.csv` for all. */
export function activityCsvFileName(date: string, tenantPrefix?: string): string {
  return `activity-${tenantPrefix ? `${tenantPrefix}-` : ''}${date}.csv`
}
