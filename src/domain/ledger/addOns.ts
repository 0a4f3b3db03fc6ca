import type { IsoDate, IsoDateTime } from '../dates'
import type { CurrencyCode, Money } from '../money'
import type { ValidationIssue } from '../validation'
import { money, multiply } from '../money'
import { minorDigits } from '../pricing/priceList'
import { validateText } from '../text'

// The partner's own services sold around the subscription (installation, migrations, training…),
// recorded per tenant with their price and where they stand, from quote to invoice.

export const ADD_ON_KINDS = [
  'installation',
  'maintenance',
  'mailMigration',
  'sharePointConfiguration',
  'workflowSetup',
  'officeProDeployment',
  'training',
  'other',
] as const
export type AddOnKind = (typeof ADD_ON_KINDS)[number]

// Work is counted in days or hours; a monthly contract per month, or per user and month.
export const ADD_ON_UNITS = ['days', 'hours', 'mailboxes', 'workstations', 'months', 'users'] as const
export type AddOnUnit = (typeof ADD_ON_UNITS)[number]

export const ADD_ON_BILLINGS = ['oneOff', 'monthly'] as const
export type AddOnBilling = (typeof ADD_ON_BILLINGS)[number]

/** Where a mail migration's mailboxes come from. */
export const MAIL_SOURCES = ['exchange', 'pop3', 'imap4'] as const
export type MailSource = (typeof MAIL_SOURCES)[number]

export const ADD_ON_STATUSES = [
  'quoted',
  'accepted',
  'scheduled',
  'inProgress',
  'delivered',
  'invoiced',
  'cancelled',
] as const
export type AddOnStatus = (typeof ADD_ON_STATUSES)[number]

/**
 * The steps a service may take: forward one step at a time, or cancelled from any state before
 * it is invoiced. Invoiced and cancelled are final.
 */
export const ADD_ON_TRANSITIONS: Readonly<Record<AddOnStatus, readonly AddOnStatus[]>> = {
  quoted: ['accepted', 'cancelled'],
  accepted: ['scheduled', 'cancelled'],
  scheduled: ['inProgress', 'cancelled'],
  inProgress: ['delivered', 'cancelled'],
  delivered: ['invoiced', 'cancelled'],
  invoiced: [],
  cancelled: [],
}

/** Kinds whose quantity is counted in one unit only: a migration moves mailboxes, a deployment equips workstations. */
export const KIND_UNITS: Partial<Record<AddOnKind, AddOnUnit>> = {
  mailMigration: 'mailboxes',
  officeProDeployment: 'workstations',
}

/**
 * The units each billing may count in: work done once in days, hours, mailboxes, workstations or
 * users; a monthly contract per month (a flat fee: quantity 1) or per user and month.
 */
export const BILLING_UNITS: Readonly<Record<AddOnBilling, readonly AddOnUnit[]>> = {
  oneOff: ['days', 'hours', 'mailboxes', 'workstations', 'users'],
  monthly: ['months', 'users'],
}

/** The unit a service starts counted in: its kind's own, else a month for a monthly contract, else days. */
export function suggestedUnit(kind: AddOnKind, billing: AddOnBilling): AddOnUnit {
  return KIND_UNITS[kind] ?? (billing === 'monthly' ? 'months' : 'days')
}

export const ADD_ON_DESCRIPTION_MAX = 200
export const ADD_ON_TECHNICIAN_MAX = 100
export const ADD_ON_NOTES_MAX = 2000
export const ADD_ON_QUANTITY_MAX = 10_000
/** 1,000,000 per unit (dollars, euros, yen…): beyond that it is a typo. */
export const ADD_ON_UNIT_PRICE_MAX_MAJOR = 1_000_000

/** What a person types or picks for a service; prices are already in minor units. */
export interface AddOnInput {
  readonly kind: AddOnKind
  readonly description: string
  readonly quantity: number
  readonly unit: AddOnUnit
  readonly unitPriceMinor: number
  readonly billing: AddOnBilling
  /** Only for a mail migration. */
  readonly mailSource: MailSource | null
  readonly quotedOn: IsoDate
  /** When the work is scheduled (one-off) or starts (monthly). */
  readonly startOn: IsoDate | null
  readonly deliveredOn: IsoDate | null
  readonly technician: string
  readonly notes: string
  /** The edit form's: the version of the service it was opened from. */
  readonly expectedVersion?: number
}

export interface AddOn extends Omit<AddOnInput, 'expectedVersion'> {
  readonly id: string
  /** Where the backend counts changes: the edit form sends it back, and a save from an older one is refused. */
  readonly version?: number
  readonly tenantId: string
  /** The price list's currency when the service was recorded. */
  readonly currency: CurrencyCode
  readonly status: AddOnStatus
  /**
   * A monthly contract cancelled once it was running ends that day: its months until then stay
   * earned. Null (or absent, in records from before it was kept) for everything else.
   */
  readonly endedOn?: IsoDate | null
  readonly createdAt: IsoDateTime
  readonly updatedAt: IsoDateTime
}

export function canMove(from: AddOnStatus, to: AddOnStatus): boolean {
  return ADD_ON_TRANSITIONS[from].includes(to)
}

/** Invoiced and cancelled services are history: neither edited nor deleted. */
export function isClosed(status: AddOnStatus): boolean {
  return ADD_ON_TRANSITIONS[status].length === 0
}

export function validateTransition(from: AddOnStatus, to: AddOnStatus): ValidationIssue[] {
  if (!(ADD_ON_STATUSES as readonly string[]).includes(to))
    return [{ field: 'status', code: 'unknown', params: { value: to } }]
  return canMove(from, to) ? [] : [{ field: 'status', code: 'transitionNotAllowed', params: { from, to } }]
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function decimals(value: number): number {
  const text = String(value)
  return text.includes('.') ? text.split('.')[1]!.length : 0
}

function choice(value: string, allowed: readonly string[], field: string): ValidationIssue[] {
  if (value === '') return [{ field, code: 'required' }]
  return allowed.includes(value) ? [] : [{ field, code: 'unknown', params: { value } }]
}

function text(value: string, field: string, max: number, required: boolean, multiline = false): ValidationIssue[] {
  return validateText(value, { field, max, optional: !required, multiline })
}

function quantityIssues(input: AddOnInput): ValidationIssue[] {
  const field = 'quantity'
  const { quantity, unit } = input
  if (!Number.isFinite(quantity)) return [{ field, code: 'required' }]
  if (quantity <= 0) return [{ field, code: 'belowMinimum', params: { min: 0 } }]
  if (quantity > ADD_ON_QUANTITY_MAX) return [{ field, code: 'aboveMaximum', params: { max: ADD_ON_QUANTITY_MAX } }]
  // Half a day or a quarter of an hour is billable; half a mailbox is not.
  if ((unit === 'mailboxes' || unit === 'workstations') && !Number.isInteger(quantity))
    return [{ field, code: 'notWholeNumber' }]
  return decimals(quantity) > 2 ? [{ field, code: 'tooManyDecimals', params: { max: 2 } }] : []
}

function dateIssues(input: AddOnInput): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (input.quotedOn === '') issues.push({ field: 'quotedOn', code: 'required' })
  else if (!isIsoDate(input.quotedOn)) issues.push({ field: 'quotedOn', code: 'invalidDate' })
  for (const field of ['startOn', 'deliveredOn'] as const) {
    const value = input[field]
    if (value !== null && !isIsoDate(value)) issues.push({ field, code: 'invalidDate' })
  }
  if (issues.length === 0 && input.startOn !== null && input.deliveredOn !== null && input.deliveredOn < input.startOn)
    issues.push({ field: 'deliveredOn', code: 'beforeStart', params: { start: input.startOn } })
  return issues
}

/**
 * A migration counts mailboxes and a deployment workstations, both done once; a monthly contract
 * counts months (one: the monthly fee) or users, never days or hours. One issue, on the field to change.
 */
function billingUnitIssues(input: AddOnInput, earlier: readonly ValidationIssue[]): ValidationIssue[] {
  if (earlier.some(issue => issue.field === 'unit' || issue.field === 'billing')) return []
  const kindUnit = KIND_UNITS[input.kind]
  if (kindUnit && input.billing === 'monthly') return [{ field: 'billing', code: 'oneOffOnly' }]
  if (kindUnit && input.unit !== kindUnit) return [{ field: 'unit', code: 'unitMismatch', params: { unit: kindUnit } }]
  if (!BILLING_UNITS[input.billing].includes(input.unit))
    return [{ field: 'unit', code: input.billing === 'monthly' ? 'monthlyUnit' : 'oneOffUnit' }]
  if (
    input.billing === 'monthly' &&
    input.unit === 'months' &&
    input.quantity !== 1 &&
    !earlier.some(issue => issue.field === 'quantity')
  )
    return [{ field: 'quantity', code: 'onePerMonth' }]
  return []
}

/** Every issue in a service, field by field; empty when it may be stored. */
export function validateAddOnInput(input: AddOnInput, currency: CurrencyCode = 'USD'): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    ...choice(input.kind, ADD_ON_KINDS, 'kind'),
    ...text(input.description, 'description', ADD_ON_DESCRIPTION_MAX, true, true),
    ...choice(input.unit, ADD_ON_UNITS, 'unit'),
    ...quantityIssues(input),
    ...choice(input.billing, ADD_ON_BILLINGS, 'billing'),
    ...dateIssues(input),
    ...text(input.technician, 'technician', ADD_ON_TECHNICIAN_MAX, false),
    ...text(input.notes, 'notes', ADD_ON_NOTES_MAX, false, true),
  ]
  issues.push(...billingUnitIssues(input, issues))
  if (input.kind === 'mailMigration') issues.push(...choice(input.mailSource ?? '', MAIL_SOURCES, 'mailSource'))
  // Minor units: a fraction of one means more decimals than the currency has (none for yen).
  const price = input.unitPriceMinor
  const digits = minorDigits(currency)
  if (!Number.isFinite(price)) issues.push({ field: 'unitPrice', code: 'required' })
  else if (!Number.isInteger(price))
    issues.push({ field: 'unitPrice', code: 'tooManyDecimals', params: { max: digits } })
  else if (price < 0) issues.push({ field: 'unitPrice', code: 'belowMinimum', params: { min: 0 } })
  else if (price > ADD_ON_UNIT_PRICE_MAX_MAJOR * 10 ** digits)
    issues.push({ field: 'unitPrice', code: 'aboveMaximum', params: { max: ADD_ON_UNIT_PRICE_MAX_MAJOR } })
  return issues
}

/** The input as stored: text trimmed, a source system only on a migration. */
export function normalizeAddOnInput(input: AddOnInput): AddOnInput {
  return {
    kind: input.kind,
    description: input.description.trim(),
    quantity: input.quantity,
    unit: input.unit,
    unitPriceMinor: input.unitPriceMinor,
    billing: input.billing,
    mailSource: input.kind === 'mailMigration' ? input.mailSource : null,
    quotedOn: input.quotedOn,
    startOn: input.startOn,
    deliveredOn: input.deliveredOn,
    technician: input.technician.trim(),
    notes: input.notes.trim(),
  }
}

/**
 * A typed unit price ("1200", "1 200,50", "85.5") in minor units, or the issue with it: at most
 * as many decimals as the currency has (two for dollars and euros, none for yen), never
 * negative. Comma and point both read as the decimal separator.
 */
export function parseUnitPrice(typed: string, digits = 2): { minor: number } | { issue: ValidationIssue } {
  const field = 'unitPrice'
  const compact = typed.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.')
  if (compact === '') return { issue: { field, code: 'required' } }
  if (compact.startsWith('-')) return { issue: { field, code: 'belowMinimum', params: { min: 0 } } }
  const match = /^(\d+)(?:\.(\d*))?$/.exec(compact)
  if (!match) return { issue: { field, code: 'notNumber' } }
  const fraction = match[2] ?? ''
  if (fraction.length > digits) return { issue: { field, code: 'tooManyDecimals', params: { max: digits } } }
  // Built from the digits, not by multiplying a float: "0.29" is 29 cents, not 28.999….
  return { minor: Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0') }
}

/** Minor units as a plain decimal in the currency's own precision (`1234.50`, `1200` for yen). */
export function decimalAmount(minor: number, currency: CurrencyCode): string {
  const digits = minorDigits(currency)
  return (minor / 10 ** digits).toFixed(digits)
}

/** A line's amount: quantity × unit price, rounded half away from zero to the minor unit. */
export function addOnAmount(service: Pick<AddOn, 'quantity' | 'unitPriceMinor' | 'currency'>): Money {
  return multiply(money(service.unitPriceMinor, service.currency), service.quantity)
}

/** The date a service counts on in a period: delivered, else scheduled, else quoted. */
export function addOnDate(service: Pick<AddOn, 'quotedOn' | 'startOn' | 'deliveredOn'>): IsoDate {
  return service.deliveredOn ?? service.startOn ?? service.quotedOn
}

/**
 * The day a service being cancelled on `today` ends: a booked monthly contract that has started
 * ends today, so the months it ran stay earned; anything else ends without having run (null).
 */
export function endOnCancel(
  service: Pick<AddOn, 'billing' | 'status' | 'quotedOn' | 'startOn' | 'deliveredOn'>,
  today: IsoDate,
): IsoDate | null {
  const booked = service.status !== 'quoted' && service.status !== 'cancelled'
  return service.billing === 'monthly' && booked && addOnDate(service) <= today ? today : null
}

/** A stored service's end (from an import): a real date, on a cancelled monthly contract, not before it started. */
export function validateAddOnEnd(
  service: Pick<AddOn, 'billing' | 'status' | 'quotedOn' | 'startOn' | 'deliveredOn' | 'endedOn'>,
): ValidationIssue[] {
  const end = service.endedOn ?? null
  if (end === null) return []
  if (!isIsoDate(end)) return [{ field: 'endedOn', code: 'invalidDate' }]
  if (service.billing !== 'monthly' || service.status !== 'cancelled') return [{ field: 'endedOn', code: 'notEnded' }]
  const start = addOnDate(service)
  return end < start ? [{ field: 'endedOn', code: 'beforeStart', params: { start } }] : []
}

export interface AddOnFilter {
  readonly tenantId?: string
  readonly kind?: AddOnKind
  readonly status?: AddOnStatus
  /** Inclusive bounds on the service's date (see `addOnDate`). */
  readonly from?: IsoDate
  readonly to?: IsoDate
}

export function filterAddOns<T extends AddOn>(services: readonly T[], filter: AddOnFilter = {}): T[] {
  return services.filter(service => {
    const date = addOnDate(service)
    return (
      (filter.tenantId === undefined || service.tenantId === filter.tenantId) &&
      (filter.kind === undefined || service.kind === filter.kind) &&
      (filter.status === undefined || service.status === filter.status) &&
      (filter.from === undefined || filter.from === '' || date >= filter.from) &&
      (filter.to === undefined || filter.to === '' || date <= filter.to)
    )
  })
}

/** One-off and monthly amounts kept apart: a monthly fee is not a one-off sale. */
export interface BillingTotals {
  readonly currency: CurrencyCode
  readonly oneOff: Money
  readonly monthly: Money
}

function addTo(totals: Map<CurrencyCode, { oneOff: number; monthly: number }>, service: AddOn): void {
  const line = totals.get(service.currency) ?? { oneOff: 0, monthly: 0 }
  line[service.billing] += addOnAmount(service).minor
  totals.set(service.currency, line)
}

function toTotals(totals: Map<CurrencyCode, { oneOff: number; monthly: number }>): BillingTotals[] {
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { oneOff, monthly }]) => ({
      currency,
      oneOff: money(oneOff, currency),
      monthly: money(monthly, currency),
    }))
}

/**
 * Totals of services, one line per currency (the price list's currency may have changed since
 * older services were recorded). Cancelled services are left out: they earn nothing.
 */
export function addOnTotals(services: readonly AddOn[]): BillingTotals[] {
  const totals = new Map<CurrencyCode, { oneOff: number; monthly: number }>()
  for (const service of services) {
    if (service.status !== 'cancelled') addTo(totals, service)
  }
  return toTotals(totals)
}

/**
 * Totals grouped by status, kind or month (`YYYY-MM` of the service's date), cancelled included as
 * their own group; statuses in the order a service goes through them, kinds as listed, months in time.
 */
export function addOnTotalsBy(
  services: readonly AddOn[],
  by: 'status' | 'kind' | 'month',
): Map<string, BillingTotals[]> {
  const groups = new Map<string, Map<CurrencyCode, { oneOff: number; monthly: number }>>()
  for (const service of services) {
    const key = by === 'status' ? service.status : by === 'kind' ? service.kind : addOnDate(service).slice(0, 7)
    const group = groups.get(key) ?? new Map()
    addTo(group, service)
    groups.set(key, group)
  }
  const order: readonly string[] =
    by === 'status' ? ADD_ON_STATUSES : by === 'kind' ? ADD_ON_KINDS : [...groups.keys()].sort()
  return new Map(
    [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([key, group]) => [key, toTotals(group)]),
  )
}
