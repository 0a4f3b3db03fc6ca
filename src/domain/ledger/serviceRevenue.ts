import type { IsoDate } from '../dates'
import type { Quarter } from '../fees/feeCalendar'
import type { CurrencyCode, Money } from '../money'
import type { BillingTotals, ServiceRecord, ServiceStatus } from './services'
import { quarterIndex, quarterIndexOf, quarterStart } from '../fees/feeCalendar'
import { money } from '../money'
import { filterServices, serviceAmount, serviceDate, serviceTotals } from './services'

/**
 * What the partner's own services bring in, for the dashboard.
 *
 * Booked: accepted and every step after it (scheduled, in progress, delivered, invoiced). A quote
 * is not yet business and a cancelled service never is. Delivered: delivered or invoiced.
 *
 * Revenue by quarter (the services part of the dashboard's chart), for booked services:
 * - a one-off service counts its whole amount in the quarter of its date, the ledger's own date
 *   (`serviceDate`: delivered, else scheduled, else quoted), so the chart and the Services page
 *   put a service in the same period;
 * - a monthly service counts its monthly amount for every calendar month from the month it
 *   starts (its start date, else the ledger's date) on, whole months; a running contract has no
 *   end, and one cancelled once running counts up to the month it ended (`endedOn`) included.
 * Only services in the price list's currency are added up; services recorded in another
 * currency (before the partner changed it) are counted apart, never converted.
 */

export const BOOKED_STATUSES: readonly ServiceStatus[] = [
  'accepted',
  'scheduled',
  'inProgress',
  'delivered',
  'invoiced',
]
export const DELIVERED_STATUSES: readonly ServiceStatus[] = ['delivered', 'invoiced']

export function isBooked(service: Pick<ServiceRecord, 'status'>): boolean {
  return BOOKED_STATUSES.includes(service.status)
}

export function isDelivered(service: Pick<ServiceRecord, 'status'>): boolean {
  return DELIVERED_STATUSES.includes(service.status)
}

export interface ServicesInPeriod {
  /** The period's first and last days, both included (the ledger's filter rule). */
  readonly from: IsoDate
  readonly to: IsoDate
  /** One line per currency, one-off and monthly apart, as the Services page totals them. */
  readonly booked: readonly BillingTotals[]
  readonly delivered: readonly BillingTotals[]
}

/** Services booked and delivered whose date (`serviceDate`) falls from `from` to `to`, both included. */
export function servicesInPeriod(services: readonly ServiceRecord[], from: IsoDate, to: IsoDate): ServicesInPeriod {
  const inPeriod = filterServices(services, { from, to })
  return {
    from,
    to,
    booked: serviceTotals(inPeriod.filter(isBooked)),
    delivered: serviceTotals(inPeriod.filter(isDelivered)),
  }
}

export interface QuarterServiceRevenue {
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
function earnsRevenue(service: ServiceRecord): boolean {
  return isBooked(service) || (service.billing === 'monthly' && Boolean(service.endedOn))
}

/** Booked services' revenue in each of `quarters`, in `currency` (see the rules above). */
export function serviceRevenueByQuarter(
  services: readonly ServiceRecord[],
  currency: CurrencyCode,
  quarters: readonly Quarter[],
): QuarterServiceRevenue[] {
  const counted = services.filter(service => earnsRevenue(service) && service.currency === currency)
  return quarters.map(quarter => {
    const index = quarterIndex(quarter)
    let oneOff = 0
    let monthly = 0
    for (const service of counted) {
      const amount = serviceAmount(service).minor
      if (service.billing === 'oneOff') {
        if (quarterIndexOf(serviceDate(service)) === index) oneOff += amount
      } else {
        monthly += amount * monthsRunning(service.startOn ?? serviceDate(service), service.endedOn ?? null, quarter)
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
export function bookedInOtherCurrencies(services: readonly ServiceRecord[], currency: CurrencyCode): number {
  return services.filter(service => isBooked(service) && service.currency !== currency).length
}
