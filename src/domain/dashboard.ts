import type { OfferId } from './catalogue'
import type { IsoDate } from './dates'
import type { FeeDashboard, QuarterBar, QuarterFees } from './fees/feeStatements'
import type { UpcomingDate } from './fees/renewals'
import type { AddOnsInPeriod } from './ledger/addOnRevenue'
import type { AddOn } from './ledger/addOns'
import type { CurrencyCode, Money } from './money'
import type { PriceList } from './pricing/pricing'
import type { TenantStatus } from './tenant/policy'
import type { Steps } from './steps'
import type { Subscription, TenantWithSubscriptions } from './tenant/tenant'
import { catalogue } from './catalogue'
import { historiesFromSubscriptions } from './fees/feeHistory'
import { feeDashboard, feeDashboardSteps } from './fees/feeStatements'
import { compareUpcoming, upcomingDates } from './fees/renewals'
import { addOnRevenueByQuarter, addOnsInPeriod, bookedInOtherCurrencies } from './ledger/addOnRevenue'
import { money } from './money'
import { monthlyBilling } from './pricing/pricing'
import { runSteps, slices } from './steps'
import { liveSubscriptions, TENANT_STATUSES, tenantStatus } from './tenant/policy'

/**
 * The commerce dashboard: the partner's business at a glance, as pure functions of its tenants,
 * subscriptions, services, price list and today's date. Fees follow `fees.ts`, services
 * `serviceRevenue.ts`, renewals `renewals.ts`; this file only puts them side by side.
 */

export type TenantCounts = Readonly<Record<TenantStatus, number>> & { readonly total: number }

/** Tenants by the status the tenant list shows (`tenantStatus`). */
export function tenantCounts(tenants: readonly TenantWithSubscriptions[], today: IsoDate): TenantCounts {
  const counts = Object.fromEntries(TENANT_STATUSES.map(status => [status, 0])) as Record<TenantStatus, number>
  for (const { subscriptions } of tenants) counts[tenantStatus(subscriptions, today)]++
  return { ...counts, total: tenants.length }
}

export interface OfferSeats {
  readonly offerId: OfferId
  /** Seats of live paid subscriptions: what clients are billed for. */
  readonly paid: number
  /** Seats of trials still running. */
  readonly trial: number
}

/** Seats of live subscriptions by offer, in catalogue order; offers nobody has are left out. */
export function seatsByOffer(subscriptions: readonly Subscription[], today: IsoDate): OfferSeats[] {
  const byOffer = new Map<OfferId, { paid: number; trial: number }>()
  for (const subscription of liveSubscriptions(subscriptions, today)) {
    const seats = byOffer.get(subscription.offerId) ?? { paid: 0, trial: 0 }
    seats[subscription.state === 'trial' ? 'trial' : 'paid'] += subscription.seats
    byOffer.set(subscription.offerId, seats)
  }
  return catalogue.offers
    .filter(offer => byOffer.has(offer.id))
    .map(offer => ({ offerId: offer.id, ...byOffer.get(offer.id)! }))
}

/** One bar of the fees chart: the fee engine's quarter with the services revenue beside it. */
export interface DashboardQuarter extends QuarterBar {
  readonly services: Money
}

/** What a prospect may see too: clients, seats, billing and the dates coming up. */
export interface ClientFigures {
  readonly today: IsoDate
  readonly currency: CurrencyCode
  readonly tenants: TenantCounts
  readonly seatsByOffer: readonly OfferSeats[]
  /** What clients are billed this month at the partner's prices (`monthlyBilling`). */
  readonly monthlyBilling: Money
  /** Renewals and trial ends in the next 90 days, soonest first. */
  readonly upcoming: readonly UpcomingDate[]
}

/** What the partner earns: fees and services. Kept apart so presentation mode never works them out. */
export interface PartnerFigures {
  readonly today: IsoDate
  readonly currency: CurrencyCode
  /** Fees this quarter, this year, the next statements and the nine quarters of the chart. */
  readonly fees: FeeDashboard
  /** The chart's nine quarters, stacked sale fee / recurring fee / services. */
  readonly quarters: readonly DashboardQuarter[]
  /** Services booked and delivered this calendar year. */
  readonly services: AddOnsInPeriod
  /** Booked services in another currency, left out of the chart's services. */
  readonly servicesInOtherCurrencies: number
}

export type CommerceDashboard = ClientFigures & PartnerFigures

/** Tenants worked out per step of `clientFigureSteps`. */
export const TENANTS_PER_STEP = 250

export function clientFigures(
  tenants: readonly TenantWithSubscriptions[],
  priceList: PriceList,
  today: IsoDate,
): ClientFigures {
  return runSteps(clientFigureSteps(tenants, priceList, today))
}

/**
 * `clientFigures` in steps of `perStep` tenants: each step counts its tenants, seats, billing and
 * dates to come, the last one puts them together (counts and cents add up the same in any slices).
 */
export function* clientFigureSteps(
  tenants: readonly TenantWithSubscriptions[],
  priceList: PriceList,
  today: IsoDate,
  perStep = TENANTS_PER_STEP,
): Steps<ClientFigures> {
  const counts = tenantCounts([], today) as Record<TenantStatus | 'total', number>
  const seats = new Map<OfferId, OfferSeats>()
  let billing = 0
  const upcoming: UpcomingDate[] = []
  for (const slice of slices(tenants, perStep)) {
    const sliceCounts = tenantCounts(slice, today)
    for (const status of TENANT_STATUSES) counts[status] += sliceCounts[status]
    counts.total += sliceCounts.total
    const subscriptions = slice.flatMap(tenant => tenant.subscriptions)
    for (const offer of seatsByOffer(subscriptions, today)) {
      const sofar = seats.get(offer.offerId)
      seats.set(
        offer.offerId,
        sofar ? { ...sofar, paid: sofar.paid + offer.paid, trial: sofar.trial + offer.trial } : offer,
      )
    }
    billing += monthlyBilling(subscriptions, priceList, today).minor
    upcoming.push(...upcomingDates(slice, today))
    yield
  }
  return {
    today,
    currency: priceList.currency,
    tenants: counts,
    seatsByOffer: catalogue.offers.flatMap(offer => seats.get(offer.id) ?? []),
    monthlyBilling: money(billing, priceList.currency),
    upcoming: upcoming.sort(compareUpcoming),
  }
}

export function partnerFigures(
  tenants: readonly TenantWithSubscriptions[],
  services: readonly AddOn[],
  priceList: PriceList,
  today: IsoDate,
): PartnerFigures {
  return runSteps(partnerFigureSteps(tenants, services, priceList, today))
}

/** `partnerFigures` in steps: the fee engine's (`feeDashboardSteps`), then the services in one. */
export function* partnerFigureSteps(
  tenants: readonly TenantWithSubscriptions[],
  services: readonly AddOn[],
  priceList: PriceList,
  today: IsoDate,
): Steps<PartnerFigures> {
  const fees = yield* feeDashboardSteps(
    historiesFromSubscriptions(tenants.flatMap(tenant => tenant.subscriptions)),
    priceList,
    today,
  )
  const currency = priceList.currency
  const revenue = addOnRevenueByQuarter(
    services,
    currency,
    fees.byQuarter.map(bar => bar.quarter),
  )
  const year = today.slice(0, 4)
  return {
    today,
    currency,
    fees,
    quarters: fees.byQuarter.map((bar, index) => ({ ...bar, services: revenue[index]?.total ?? money(0, currency) })),
    services: addOnsInPeriod(services, `${year}-01-01`, `${year}-12-31`),
    servicesInOtherCurrencies: bookedInOtherCurrencies(services, currency),
  }
}

/** Everything the dashboard shows, from the partner's tenants, services and price list on `today`. */
export function commerceDashboard(
  tenants: readonly TenantWithSubscriptions[],
  services: readonly AddOn[],
  priceList: PriceList,
  today: IsoDate,
): CommerceDashboard {
  return { ...clientFigures(tenants, priceList, today), ...partnerFigures(tenants, services, priceList, today) }
}

export interface TenantEarnings {
  readonly currency: CurrencyCode
  /** Fees from this tenant in the calendar year, all of it (lines after today are a forecast). */
  readonly thisYear: FeeDashboard['thisYear']
  /** This tenant's part of the next statements: their quarter, date and amounts by fee type. */
  readonly nextStatement: QuarterFees
}

/** What one tenant earns the partner: the dashboard's fee figures for its subscriptions alone. */
export function tenantEarnings(
  subscriptions: readonly Subscription[],
  priceList: PriceList,
  today: IsoDate,
): TenantEarnings {
  const {
    currency,
    thisYear,
    nextStatements: next,
  } = feeDashboard(historiesFromSubscriptions(subscriptions), priceList, today)
  const nextStatement: QuarterFees = {
    quarter: next.quarter,
    issuedOn: next.issuedOn,
    sale: next.sale,
    recurring: next.recurring,
    total: next.total,
  }
  return { currency, thisYear, nextStatement }
}
