import type { IsoDate } from '../dates'
import type { Quarter } from '../fees/feeCalendar'
import type { CurrencyCode, Money } from '../money'
import type { AddOn, AddOnStatus, BillingTotals } from './addOns'
import { quarterIndex, quarterIndexOf, quarterStart } from '../fees/feeCalendar'
import { money } from '../money'
import { addOnAmount, addOnDate, addOnTotals, filterAddOns } from './addOns'

/**
 * What the partner's own services bring in, for the dashboard.
 *
 * Booked: accepted and every step after it (scheduled, in progress, delivered, invoiced). A quote
 * is not yet business and a cancelled service never is. Delivered: delivered or invoiced.
 *
 * Revenue by quarter (the services part of the dashboard's chart), for booked services:
 * - a one-off service counts its whole amount in the quarter of its date, the ledger's own date
 *   (`addOnDate`: delivered, else scheduled, else quoted), so the chart and the Services page
 *   put a service in the same period;
 * - a monthly service counts its monthly amount for every calendar month from the month it
 *   starts (its start date, else the ledger's date) on, whole months; a running contract has no
 *   end, and one cancelled once running counts up to the month it ended (`endedOn`) included.
 * Only services in the price list's currency are added up; services recorded in another
 * currency (before the partner changed it) are counted apart, never converted.
 */

export const BOOKED_STATUSES: readonly AddOnStatus[] = ['accepted', 'scheduled', 'inProgress', 'delivered', 'invoiced']
export const DELIVERED_STATUSES: readonly AddOnStatus[] = ['delivered', 'invoiced']

export function isBooked(service: Pick<AddOn, 'status'>): boolean {
  return BOOKED_STATUSES.includes(service.status)
}

export function isDelivered(service: Pick<AddOn, 'status'>): boolean {
  return DELIVERED_STATUSES.includes(service.status)
}

export interface AddOnsInPeriod {
  /** The period's first and last days, both included (the ledger's filter rule). */
  readonly from: IsoDate
  readonly to: IsoDate
  /** One line per currency, one-off and monthly apart, as the Services page totals them. */
  readonly booked: readonly BillingTotals[]
  readonly delivered: readonly BillingTotals[]
}

/** Services booked and delivered whose date (`addOnDate`) falls from `from` to `to`, both included. */
export function addOnsInPeriod(services: readonly AddOn[], from: IsoDate, to: IsoDate): AddOnsInPeriod {
  const inPeriod = filterAddOns(services, { from, to })
  return {
    from,
    to,
    booked: addOnTotals(inPeriod.filter(isBooked)),
    delivered: addOnTotals(inPeriod.filter(isDelivered)),
  }
}

export interface QuarterAddOnRevenue {
  readonly quarter: Quarter
  readonly oneOff: Money
  readonly monthly: Money
  /** `oneOff + monthly`. */
  readonly total: Money
}

/** Months since year 0: consecutive months are consecutive numbers. */
function monthNumber(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
}

/** Calendar months of `quarter` from the month of `start` to the month of `end` (none: no end), 0 to 3. */
function monthsRunning(start: IsoDate, end: IsoDate | null, quarter: Quarter): number {
  const first = monthNumber(quarterStart(quarter))
  const from = Math.max(first, monthNumber(start))
  const to = Math.min(first + 2, end === null ? first + 2 : monthNumber(end))
  return Math.max(0, to - from + 1)
}

/** Booked, or a monthly contract that ran before it was cancelled. */
function earnsRevenue(service: AddOn): boolean {
  return isBooked(service) || (service.billing === 'monthly' && Boolean(service.endedOn))
}

/** Booked services' revenue in each of `quarters`, in `currency` (see the rules above). */
export function addOnRevenueByQuarter(
  services: readonly AddOn[],
  currency: CurrencyCode,
  quarters: readonly Quarter[],
): QuarterAddOnRevenue[] {
  const counted = services.filter(service => earnsRevenue(service) && service.currency === currency)
  return quarters.map(quarter => {
    const index = quarterIndex(quarter)
    let oneOff = 0
    let monthly = 0
    for (const service of counted) {
      const amount = addOnAmount(service).minor
      if (service.billing === 'oneOff') {
        if (quarterIndexOf(addOnDate(service)) === index) oneOff += amount
      } else {
        monthly += amount * monthsRunning(service.startOn ?? addOnDate(service), service.endedOn ?? null, quarter)
      }
    }
    return {
      quarter,
      oneOff: money(oneOff, currency),
      monthly: money(monthly, currency),
      total: money(oneOff + monthly, currency),
    }
  })
}

/** How many booked services are in another currency than `currency`, so left out of its sums. */
export function bookedInOtherCurrencies(services: readonly AddOn[], currency: CurrencyCode): number {
  return services.filter(service => isBooked(service) && service.currency !== currency).length
}
