import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { CurrencyCode, Money } from '../money'
import type { PriceList } from '../pricing/pricing'
import type { SubscriptionHistory, SubscriptionTimeline } from './feeHistory'
import { money, sum } from '../money'
import { monthlyPrice } from '../pricing/pricing'
import { addMonths, firstOfMonthOnOrAfter, firstOfNextMonth, isCalendarDate } from './feeCalendar'
import { seatsOn, subscriptionTimeline } from './feeHistory'

/**
 * The partner fee engine: "12 % of the sale plus 6 % a year, the first year included (18 % in
 * year one)", as the BPOS partner programme paid it (see sources/BPOS.md).
 *
 * Sale fee: 12 % of the first-year contract value of the seats sold (seats × monthly list price
 * × 12), paid in four instalments of 3 %. The first falls due on the sale date, the others 3, 6
 * and 9 months later on the same day of the month (a day the month lacks becomes its last day:
 * a sale on 30 November has instalments on 30 Nov, 28/29 Feb, 30 May, 30 Aug). Seats added later
 * are a new sale of those seats, with their own four instalments from the date they were added.
 * A trial earns nothing; its conversion date is the sale date.
 *
 * Recurring fee: 6 % a year of what the client is billed, that is 6 % of each month's billing
 * (seats × monthly list price): 1/12 of 6 % of the annual billing each month, for as long as the
 * subscription runs. Billing is by calendar month without proration: a month is billed, for the
 * seats held that day, when the subscription is live on the month's first day. So the first
 * billed month is the sale month for a sale on the 1st, the next month otherwise; seats removed
 * (or added) mid-month change the billing from the next month's first day.
 *
 * Cancellation: the subscription is not live from its cancellation date on. Nothing that falls
 * due on or after that date is earned: the month in progress stays billed (its first day came
 * before), no later month is, and sale-fee instalments not yet due lapse. Removing seats does not
 * lapse instalments: only a cancellation does.
 *
 * With these rules any 12 months from the sale date hold exactly the four instalments and twelve
 * billed months: 45 seats × $10 = $450 a month, $5,400 a year → sale fee $648 (4 × $162) +
 * recurring $324 (12 × $27) = $972 in year one (18 %), $324 in each later year (6 %).
 *
 * Amounts: each line (one instalment, or one month of one subscription) is computed exactly from
 * integer minor units and rounded once, half away from zero; totals are sums of rounded lines.
 * Every figure is in the price list's currency, at the list's prices.
 *
 * Periods are half-open date ranges: `from` included, `to` excluded (a quarter is
 * `quarterStart(q)` to `quarterEnd(q)`). Lines are dated by `earnedOn`: an instalment's due date,
 * or a billed month's first day.
 */

export const FEE_SCHEDULE = {
  /** The sale fee, in basis points (1/100 of a percent) of the first-year contract value. */
  saleRateBasisPoints: 1200,
  /** The sale fee is paid in this many equal instalments… */
  saleInstalments: 4,
  /** …this many months apart, the first on the sale date. */
  monthsBetweenInstalments: 3,
  /** The recurring fee, in basis points of each month's billing (6 % a year of what is billed). */
  recurringRateBasisPoints: 600,
} as const

const BASIS_POINTS = 10_000
const MONTHS_IN_CONTRACT_YEAR = 12

export type FeeKind = 'sale' | 'recurring'
export const FEE_KINDS: readonly FeeKind[] = ['sale', 'recurring']

interface FeeLineBase {
  /** Stable and unique across every line of every subscription. */
  readonly id: string
  readonly tenantId: string
  readonly subscriptionId: string
  readonly offerId: OfferId
  readonly kind: FeeKind
  /** When the line falls due: an instalment's due date, or a billed month's first day. */
  readonly earnedOn: IsoDate
  /** The seats the line pays on: seats sold (sale) or seats billed that month (recurring). */
  readonly seats: number
  /** What the rate applies to: the first-year contract value of the seats sold, or the month's billing. */
  readonly base: Money
  /** This line's rate in basis points: 300 (3 %) per instalment, 600 (6 %) per month. */
  readonly rateBasisPoints: number
  /** `base × rate`, rounded once to the minor unit, half away from zero. */
  readonly amount: Money
}

export interface SaleFeeLine extends FeeLineBase {
  readonly kind: 'sale'
  /** The date of the sale (or of the seat addition) the instalment belongs to. */
  readonly soldOn: IsoDate
  /** 1 to 4. */
  readonly instalment: number
  readonly instalments: number
}

export interface RecurringFeeLine extends FeeLineBase {
  readonly kind: 'recurring'
  /** The billed month, `YYYY-MM`. */
  readonly month: string
}

export type FeeLine = SaleFeeLine | RecurringFeeLine

export interface FeeTotals {
  readonly sale: Money
  readonly recurring: Money
  /** `sale + recurring`. */
  readonly total: Money
}

/** `numerator / denominator` rounded to a whole number, halves away from zero, in exact integer arithmetic. */
export function divideRoundingHalfAwayFromZero(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} exactly`)
  const magnitude = Math.abs(numerator)
  const remainder = magnitude % denominator
  const quotient = (magnitude - remainder) / denominator + (remainder * 2 >= denominator ? 1 : 0)
  return numerator < 0 && quotient !== 0 ? -quotient : quotient
}

/** `base × basisPoints / 10,000 / parts`, rounded once. */
function applyRate(base: Money, basisPoints: number, parts = 1): Money {
  return money(divideRoundingHalfAwayFromZero(base.minor * basisPoints, BASIS_POINTS * parts), base.currency)
}

function checkPeriod(from: IsoDate, to: IsoDate): void {
  if (!isCalendarDate(from) || !isCalendarDate(to))
    throw new RangeError(`A fee period runs between calendar dates YYYY-MM-DD, got ${from} to ${to}`)
}

function checkPriced(history: SubscriptionHistory, priceList: PriceList): void {
  if (!Number.isSafeInteger(priceList.prices[history.offerId]))
    throw new RangeError(
      `The ${priceList.currency} price list has no price for ${history.offerId} (subscription ${history.subscriptionId})`,
    )
}

interface Schedule {
  readonly earned: SaleFeeLine[]
  readonly lapsed: SaleFeeLine[]
}

function saleSchedule(history: SubscriptionHistory, timeline: SubscriptionTimeline, priceList: PriceList): Schedule {
  const { saleInstalments, saleRateBasisPoints, monthsBetweenInstalments } = FEE_SCHEDULE
  const rate = saleRateBasisPoints / saleInstalments
  const earned: SaleFeeLine[] = []
  const lapsed: SaleFeeLine[] = []
  for (const sale of timeline.sales) {
    const base = money(
      monthlyPrice(history.offerId, sale.seats, priceList).minor * MONTHS_IN_CONTRACT_YEAR,
      priceList.currency,
    )
    for (let instalment = 1; instalment <= saleInstalments; instalment++) {
      const earnedOn = addMonths(sale.on, (instalment - 1) * monthsBetweenInstalments)
      const line: SaleFeeLine = {
        id: `${history.subscriptionId}:sale:${sale.eventIndex}:${instalment}`,
        tenantId: history.tenantId,
        subscriptionId: history.subscriptionId,
        offerId: history.offerId,
        kind: 'sale',
        earnedOn,
        seats: sale.seats,
        base,
        rateBasisPoints: rate,
        amount: applyRate(base, saleRateBasisPoints, saleInstalments),
        soldOn: sale.on,
        instalment,
        instalments: saleInstalments,
      }
      const isLapsed = timeline.cancelledOn !== null && earnedOn >= timeline.cancelledOn
      ;(isLapsed ? lapsed : earned).push(line)
    }
  }
  return { earned, lapsed }
}

function recurringLines(
  history: SubscriptionHistory,
  timeline: SubscriptionTimeline,
  priceList: PriceList,
  from: IsoDate,
  to: IsoDate,
): RecurringFeeLine[] {
  if (timeline.soldOn === null) return []
  const rate = FEE_SCHEDULE.recurringRateBasisPoints
  const lines: RecurringFeeLine[] = []
  // Months at the same seats share their (immutable) amounts: fewer objects over long periods.
  let priced = { seats: 0, base: money(0, priceList.currency), amount: money(0, priceList.currency) }
  const first = firstOfMonthOnOrAfter(timeline.soldOn > from ? timeline.soldOn : from)
  for (
    let day = first;
    day < to && (timeline.cancelledOn === null || day < timeline.cancelledOn);
    day = firstOfNextMonth(day)
  ) {
    const seats = seatsOn(timeline, day)
    if (seats !== priced.seats) {
      const base = monthlyPrice(history.offerId, seats, priceList)
      priced = { seats, base, amount: applyRate(base, rate) }
    }
    const month = day.slice(0, 7)
    lines.push({
      id: `${history.subscriptionId}:recurring:${month}`,
      tenantId: history.tenantId,
      subscriptionId: history.subscriptionId,
      offerId: history.offerId,
      kind: 'recurring',
      earnedOn: day,
      seats,
      base: priced.base,
      rateBasisPoints: rate,
      amount: priced.amount,
      month,
    })
  }
  return lines
}

/** Date order; on one day the sale fee comes before the recurring fee, then by id. */
export function compareFeeLines(a: FeeLine, b: FeeLine): number {
  if (a.earnedOn !== b.earnedOn) return a.earnedOn < b.earnedOn ? -1 : 1
  if (a.kind !== b.kind) return a.kind === 'sale' ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function linesOf(history: SubscriptionHistory, priceList: PriceList, from: IsoDate, to: IsoDate): FeeLine[] {
  checkPriced(history, priceList)
  const timeline = subscriptionTimeline(history)
  if (from >= to) return []
  const inPeriod = (line: FeeLine) => line.earnedOn >= from && line.earnedOn < to
  const sale = saleSchedule(history, timeline, priceList).earned.filter(inPeriod)
  return [...sale, ...recurringLines(history, timeline, priceList, from, to)]
}

/**
 * The fees one subscription earns from `from` (included) to `to` (excluded), line by line, in
 * date order. Lines after today are a forecast: they assume the history does not change.
 */
export function feeLines(history: SubscriptionHistory, priceList: PriceList, from: IsoDate, to: IsoDate): FeeLine[] {
  checkPeriod(from, to)
  return linesOf(history, priceList, from, to).sort(compareFeeLines)
}

/** Every subscription's lines over one period, in date order. */
export function allFeeLines(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  from: IsoDate,
  to: IsoDate,
): FeeLine[] {
  return unorderedFeeLines(histories, priceList, from, to).sort(compareFeeLines)
}

/** The same lines as `allFeeLines`, in no particular order: enough for sums and grouping, and faster. */
export function unorderedFeeLines(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  from: IsoDate,
  to: IsoDate,
): FeeLine[] {
  checkPeriod(from, to)
  return histories.flatMap(history => linesOf(history, priceList, from, to))
}

/** The sale-fee instalments a cancellation made lapse (empty while the subscription runs). */
export function lapsedInstalments(history: SubscriptionHistory, priceList: PriceList): SaleFeeLine[] {
  checkPriced(history, priceList)
  const timeline = subscriptionTimeline(history)
  return saleSchedule(history, timeline, priceList).lapsed
}

/** Sums lines by kind (they must all be in `currency`). */
export function feeTotals(lines: readonly FeeLine[], currency: CurrencyCode): FeeTotals {
  const byKind: Record<FeeKind, Money[]> = { sale: [], recurring: [] }
  for (const line of lines) byKind[line.kind].push(line.amount)
  const sale = sum(byKind.sale, currency)
  const recurring = sum(byKind.recurring, currency)
  return { sale, recurring, total: money(sale.minor + recurring.minor, currency) }
}

/** What the partner earns over a period (`from` included, `to` excluded), by kind. */
export function feesForPeriod(
  histories: readonly SubscriptionHistory[],
  priceList: PriceList,
  from: IsoDate,
  to: IsoDate,
): FeeTotals {
  return feeTotals(unorderedFeeLines(histories, priceList, from, to), priceList.currency)
}

export interface ContractYearFees extends FeeTotals {
  /** The year's first day: the sale date, or its anniversary. */
  readonly from: IsoDate
  /** The first day after the year (excluded). */
  readonly to: IsoDate
}

export interface YearOneAndTwo {
  readonly soldOn: IsoDate
  /** From the sale date to the day before its first anniversary: 18 % of the billing when nothing changes. */
  readonly yearOne: ContractYearFees
  /** The following twelve months: 6 % when nothing changes. */
  readonly yearTwo: ContractYearFees
}

/**
 * A subscription's fees in the first two years from its sale (or conversion) date, as the
 * programme's "18 % in year one, 6 % after" reads; null while it is not sold (a trial).
 */
export function yearOneAndTwo(history: SubscriptionHistory, priceList: PriceList): YearOneAndTwo | null {
  const { soldOn } = subscriptionTimeline(history)
  if (soldOn === null) return null
  const year = (from: IsoDate, to: IsoDate): ContractYearFees => ({
    from,
    to,
    ...feeTotals(feeLines(history, priceList, from, to), priceList.currency),
  })
  const anniversary = addMonths(soldOn, 12)
  return { soldOn, yearOne: year(soldOn, anniversary), yearTwo: year(anniversary, addMonths(soldOn, 24)) }
}
