import type { IsoDate } from '../dates'
import { addDays } from '../dates'

/**
 * Calendar arithmetic for the fee engine: months, calendar quarters and statement dates.
 * Every date here is a plain calendar date (YYYY-MM-DD), compared as text; no time zones.
 */

export type QuarterNumber = 1 | 2 | 3 | 4

/** A calendar quarter: Q1 is January–March, Q4 October–December. */
export interface Quarter {
  readonly year: number
  readonly quarter: QuarterNumber
}

/** Statements come out this many days after the quarter's last day (Q1 → 14 April). */
export const STATEMENT_DELAY_DAYS = 14

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

interface DateParts {
  readonly year: number
  readonly month: number
  readonly day: number
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function partsOf(date: IsoDate): DateParts | null {
  const match = ISO_DATE.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** True for a real calendar date written YYYY-MM-DD (not a timestamp, not 2010-02-30). */
export function isCalendarDate(value: string): boolean {
  return partsOf(value) !== null
}

function parse(date: IsoDate): DateParts {
  const parts = partsOf(date)
  if (!parts) throw new RangeError(`Expected a calendar date YYYY-MM-DD, got "${date}"`)
  return parts
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The same day `months` months later; a day the target month lacks becomes its last day
 * (31 January + 1 month = 28 or 29 February; 31 January + 3 months = 30 April). Always counted
 * from `date` itself, so a schedule built as `addMonths(start, 3 × k)` never drifts.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parse(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}

/** The first day of `date`'s month. */
export function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parse(date)
  return format(year, month, 1)
}

/** The first first-of-a-month on or after `date` (1 March stays 1 March; 2 March gives 1 April). */
export function firstOfMonthOnOrAfter(date: IsoDate): IsoDate {
  const first = firstOfMonth(date)
  return first === date ? first : addMonths(first, 1)
}

/**
 * The first day of the next month, without re-checking `date` (for loops over dates already
 * checked: 2026-12-01 → 2027-01-01).
 */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  return month === 12 ? format(year + 1, 1, 1) : format(year, month + 1, 1)
}

/**
 * A number that orders quarters (year × 4 + quarter − 1), read from a date without re-checking
 * it: for grouping many lines quickly. `quarterFromIndex` turns it back.
 */
export function quarterIndexOf(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3)
}

export function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + quarter.quarter - 1
}

export function quarterFromIndex(index: number): Quarter {
  const year = Math.floor(index / 4)
  return { year, quarter: (index - year * 4 + 1) as QuarterNumber }
}

/** `YYYY-MM`, the month a date falls in. */
export function monthOf(date: IsoDate): string {
  return firstOfMonth(date).slice(0, 7)
}

export function quarterOf(date: IsoDate): Quarter {
  const { year, month } = parse(date)
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber }
}

export function addQuarters(quarter: Quarter, count: number): Quarter {
  return quarterFromIndex(quarterIndex(quarter) + count)
}

/** Negative when `a` comes before `b`, 0 for the same quarter. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b)
}

/** The quarter's first day (Q2 2026 → 2026-04-01). */
export function quarterStart(quarter: Quarter): IsoDate {
  return format(quarter.year, (quarter.quarter - 1) * 3 + 1, 1)
}

/** The first day after the quarter (Q4 2026 → 2027-01-01): the exclusive end of its date range. */
export function quarterEnd(quarter: Quarter): IsoDate {
  return quarterStart(addQuarters(quarter, 1))
}

/** The quarter's last day (Q1 → 31 March), as a statement prints its period. */
export function quarterLastDay(quarter: Quarter): IsoDate {
  return addDays(quarterEnd(quarter), -1)
}

/** The date a quarter's statements carry: 14 days after it ends (Q1 2026 → 2026-04-14, Q4 2026 → 2027-01-14). */
export function statementDate(quarter: Quarter): IsoDate {
  return addDays(quarterLastDay(quarter), STATEMENT_DELAY_DAYS)
}

/** `2026-Q1`: a stable key, also fine for sorting. */
export function quarterKey(quarter: Quarter): string {
  return `${String(quarter.year).padStart(4, '0')}-Q${quarter.quarter}`
}

/** `count` consecutive quarters starting at `first`. */
export function quarterRange(first: Quarter, count: number): Quarter[] {
  return Array.from({ length: Math.max(0, count) }, (_, index) => addQuarters(first, index))
}
