import type { IsoDate } from '../dates'
import type { CurrencyCode, Money } from '../money'
import type { PriceList } from '../pricing/pricing'
import type { Quarter } from './feeCalendar'
import type { SubscriptionHistory } from './feeHistory'
import type { FeeKind, FeeLine, FeeTotals } from './fees'
import type { Steps } from '../steps'
import { money, sum } from '../money'
import { runSteps, slices } from '../steps'
import {
  addQuarters,
  compareQuarters,
  quarterEnd,
  quarterFromIndex,
  quarterIndex,
  quarterIndexOf,
  quarterKey,
  quarterLastDay,
  quarterOf,
  quarterRange,
  quarterStart,
  statementDate,
} from './feeCalendar'
import { compareFeeLines, FEE_KINDS, feeTotals, unorderedFeeLines } from './fees'

/**
 * Quarterly fee statements. The partner gets one statement per calendar quarter, tenant and fee
 * type (sale / recurring), dated 14 days after the quarter ends (Q1 2026 → 2026-04-14). A
 * statement holds the lines that fell due in its quarter (see `fees.ts`: an instalment's due
 * date, a billed month's first day), in date order; its total is the sum of its rounded lines.
 * A tenant with nothing of a type due in a quarter gets no statement of that type for it.
 */
export interface FeeStatement {
  /** `2026-Q1:tenant-1:sale`: stable and unique. */
  readonly id: string
  readonly tenantId: string
  readonly kind: FeeKind
  readonly quarter: Quarter
  /** The quarter's first and last days, as the statement prints its period. */
  readonly periodStart: IsoDate
  readonly periodEnd: IsoDate
  /** The statement's date: 14 days after `periodEnd`. */
  readonly issuedOn: IsoDate
  readonly lines: readonly FeeLine[]
  readonly total: Money
}

interface StatementGroup {
  readonly quarterIndex: number
  readonly tenantId: string
  readonly kind: FeeKind
  readonly lines: FeeLine[]
}

/** Adds lines to their statement's group (by quarter, tenant and kind): lines may come in any order, in any slices. */
function groupStatementLines(groups: Map<string, StatementGroup>, lines: readonly FeeLine[]): void {
  for (const line of lines) {
    const index = quarterIndexOf(line.earnedOn)
    const key = `${index}:${line.tenantId}:${line.kind}`
    let group = groups.get(key)
    if (!group) {
      group = { quarterIndex: index, tenantId: line.tenantId, kind: line.kind, lines: [] }
      groups.set(key, group)
    }
    group.lines.push(line)
  }
}

/** The groups' statements, ordered by quarter, tenant, then sale before recurring. */
function statementsOfGroups(groups: Map<string, StatementGroup>, currency: CurrencyCode): FeeStatement[] {
  const periods = new Map<
    number,
    { quarter: Quarter; key: string; periodStart: IsoDate; periodEnd: IsoDate; issuedOn: IsoDate }
  >()
  const periodOf = (index: number) => {
    let period = periods.get(index)
    if (!period) {
      const quarter = quarterFromIndex(index)
      period = {
        quarter,
        key: quarterKey(quarter),
        periodStart: quarterStart(quarter),
        periodEnd: quarterLastDay(quarter),
        issuedOn: statementDate(quarter),
      }
      periods.set(index, period)
    }
    return period
  }
  return [...groups.values()]
    .map((group): FeeStatement => {
      const { quarter, key, periodStart, periodEnd, issuedOn } = periodOf(group.quarterIndex)
      return {
        id: `${key}:${group.tenantId}:${group.kind}`,
        tenantId: group.tenantId,
        kind: group.kind,
        quarter,
        periodStart,
        periodEnd,
        issuedOn,
        lines: group.lines.sort(compareFeeLines),
        total: sum(
          group.lines.map(line => line.amount),
          currency,
        ),
      }
    })
    .sort(
      (a, b) =>
        compareQuarters(a.quarter, b.quarter) ||
        (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0) ||
        FEE_KINDS.indexOf(a.kind) - FEE_KINDS.indexOf(b.kind),
    )
}

/** Groups lines (from any period) into statements, ordered by quarter, tenant, then sale before recurring. */
export function statementsFromLines(lines: readonly FeeLine[], currency: CurrencyCode): FeeStatement[] {
  const groups = new Map<string, StatementGroup>()
  groupStatementLines(groups, lines)
  return statementsOfGroups(groups, currency)
}

/** The statements for the quarters `first` to `last`, both included. */
export function quarterlyStatements(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  first: Quarter,
  last: Quarter,
): FeeStatement[] {
  if (compareQuarters(first, last) > 0) return []
  return statementsFromLines(
    unorderedFeeLines(histories, priceList, quarterStart(first), quarterEnd(last)),
    priceList.currency,
  )
}

export interface QuarterFees extends FeeTotals {
  readonly quarter: Quarter
  /** When the quarter's statements are dated. */
  readonly issuedOn: IsoDate
}

/** Lines grouped by `quarterIndexOf`, in one pass. */
function linesByQuarter(lines: readonly FeeLine[]): Map<number, FeeLine[]> {
  const byQuarter = new Map<number, FeeLine[]>()
  for (const line of lines) {
    const index = quarterIndexOf(line.earnedOn)
    const group = byQuarter.get(index)
    if (group) group.push(line)
    else byQuarter.set(index, [line])
  }
  return byQuarter
}

function quarterFees(quarter: Quarter, byQuarter: Map<number, FeeLine[]>, currency: CurrencyCode): QuarterFees {
  return {
    quarter,
    issuedOn: statementDate(quarter),
    ...feeTotals(byQuarter.get(quarterIndex(quarter)) ?? [], currency),
  }
}

/** Fees by quarter, by kind, for `count` quarters from `first`: the bars of a stacked chart. */
export function feesByQuarter(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  first: Quarter,
  count: number,
): QuarterFees[] {
  const quarters = quarterRange(first, count)
  const last = quarters[quarters.length - 1]
  if (!last) return []
  const byQuarter = linesByQuarter(unorderedFeeLines(histories, priceList, quarterStart(first), quarterEnd(last)))
  return quarters.map(quarter => quarterFees(quarter, byQuarter, priceList.currency))
}

/**
 * The quarter of the next statements to come out on `today`: the previous quarter until its
 * statement date (included, the statements come out that day), then the current one.
 */
export function nextStatementQuarter(today: IsoDate): Quarter {
  const previous = addQuarters(quarterOf(today), -1)
  return today <= statementDate(previous) ? previous : quarterOf(today)
}

export interface NextStatements extends QuarterFees {
  /** Every tenant's statements for that quarter (a forecast while the quarter runs). */
  readonly statements: readonly FeeStatement[]
}

export function nextStatements(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  today: IsoDate,
): NextStatements {
  const quarter = nextStatementQuarter(today)
  const lines = unorderedFeeLines(histories, priceList, quarterStart(quarter), quarterEnd(quarter))
  return {
    quarter,
    issuedOn: statementDate(quarter),
    ...feeTotals(lines, priceList.currency),
    statements: statementsFromLines(lines, priceList.currency),
  }
}

export interface QuarterBar extends QuarterFees {
  /** Where the quarter stands on `today`; `current` runs now and mixes earned and forecast lines. */
  readonly position: 'past' | 'current' | 'future'
}

export interface FeeDashboard {
  readonly currency: CurrencyCode
  readonly today: IsoDate
  /** The calendar quarter `today` is in, all of it (lines after today are a forecast). */
  readonly thisQuarter: QuarterFees
  /** The calendar year `today` is in, all of it. */
  readonly thisYear: FeeTotals & { readonly year: number }
  readonly nextStatements: NextStatements
  /** Nine bars: the four quarters before this one, this one, and the four after. */
  readonly byQuarter: readonly QuarterBar[]
}

/** Bars on each side of the current quarter on the dashboard's chart. */
export const DASHBOARD_QUARTERS_EACH_SIDE = 4

/**
 * Subscriptions worked out per step of `feeDashboardSteps`: their lines over nine quarters take a
 * few milliseconds on a slow machine, so a page can stay responsive between steps.
 */
export const SUBSCRIPTIONS_PER_STEP = 100

/** Everything the fee dashboard shows, from one pass over the lines. */
export function feeDashboard(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  today: IsoDate,
): FeeDashboard {
  return runSteps(feeDashboardSteps(histories, priceList, today))
}

/**
 * `feeDashboard` in steps of `perStep` subscriptions: each step adds its subscriptions' lines to
 * the quarters' totals (sums of rounded lines, so any slicing gives the same cents) and keeps the
 * next statements' lines; the last one puts the figures together.
 */
export function* feeDashboardSteps(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  today: IsoDate,
  perStep = SUBSCRIPTIONS_PER_STEP,
): Steps<FeeDashboard> {
  const current = quarterOf(today)
  const quarters = quarterRange(
    addQuarters(current, -DASHBOARD_QUARTERS_EACH_SIDE),
    DASHBOARD_QUARTERS_EACH_SIDE * 2 + 1,
  )
  const currency = priceList.currency
  const firstIndex = quarterIndex(quarters[0]!)
  // The chart's nine quarters hold the whole calendar year and the next statements' quarter.
  const from = quarterStart(quarters[0]!)
  const to = quarterEnd(quarters[quarters.length - 1]!)
  const next = nextStatementQuarter(today)
  const nextIndex = quarterIndex(next)
  /** Minor units by quarter (from the first bar) and kind. */
  const totals = quarters.map((): Record<FeeKind, number> => ({ sale: 0, recurring: 0 }))
  const nextGroups = new Map<string, StatementGroup>()
  for (const slice of slices(histories, perStep)) {
    const lines = unorderedFeeLines(slice, priceList, from, to)
    for (const line of lines) {
      if (line.amount.currency !== currency) throw new Error(`Cannot add ${line.amount.currency} to ${currency}`)
      totals[quarterIndexOf(line.earnedOn) - firstIndex]![line.kind] += line.amount.minor
    }
    groupStatementLines(
      nextGroups,
      lines.filter(line => quarterIndexOf(line.earnedOn) === nextIndex),
    )
    yield
  }

  const feesOf = (sale: number, recurring: number): FeeTotals => ({
    sale: money(sale, currency),
    recurring: money(recurring, currency),
    total: money(sale + recurring, currency),
  })
  const quarterFeesOf = (quarter: Quarter): QuarterFees => {
    const { sale, recurring } = totals[quarterIndex(quarter) - firstIndex]!
    return { quarter, issuedOn: statementDate(quarter), ...feesOf(sale, recurring) }
  }
  const bars = quarters.map((quarter): QuarterBar => {
    const order = compareQuarters(quarter, current)
    return { ...quarterFeesOf(quarter), position: order < 0 ? 'past' : order === 0 ? 'current' : 'future' }
  })
  const year = current.year
  const yearTotals = totals.filter((_, index) => quarterFromIndex(firstIndex + index).year === year)
  return {
    currency,
    today,
    thisQuarter: bars[DASHBOARD_QUARTERS_EACH_SIDE]!,
    thisYear: {
      year,
      ...feesOf(
        yearTotals.reduce((minor, quarter) => minor + quarter.sale, 0),
        yearTotals.reduce((minor, quarter) => minor + quarter.recurring, 0),
      ),
    },
    nextStatements: { ...quarterFeesOf(next), statements: statementsOfGroups(nextGroups, currency) },
    byQuarter: bars,
  }
}
