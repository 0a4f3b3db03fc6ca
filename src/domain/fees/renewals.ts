import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { Subscription, TenantWithSubscriptions } from '../tenant/tenant'
import { addDays } from '../dates'
import { isLive } from '../tenant/policy'
import { addMonths } from './feeCalendar'
import { historyFromSubscription, subscriptionTimeline } from './feeHistory'

/**
 * Dates a partner acts on: contract renewals and trial ends.
 *
 * A paid subscription is a yearly contract from its sale (the fee engine's "first-year contract
 * value"): it renews on each anniversary of its sale date, or of its conversion date for a
 * converted trial (the date `historyFromSubscription` takes as the sale). A 29 February sale
 * renews on 28 February in other years. A cancelled subscription renews no more. A trial ends
 * on its `trialEndsOn` day (its last day of service).
 */

/** The contract's next anniversary on or after `today`; null for a trial or a cancelled subscription. */
export function nextRenewal(subscription: Subscription, today: IsoDate): IsoDate | null {
  if (subscription.state !== 'active') return null
  const { soldOn } = subscriptionTimeline(historyFromSubscription(subscription))
  if (soldOn === null) return null
  // Counted from the sale date each time (addMonths clamps, so 29 Feb stays a month end): this
  // year's anniversary, or next year's once it has passed; never the sale date itself.
  const years = Math.max(1, Number(today.slice(0, 4)) - Number(soldOn.slice(0, 4)))
  const anniversary = addMonths(soldOn, 12 * years)
  return anniversary >= today ? anniversary : addMonths(soldOn, 12 * (years + 1))
}

export interface UpcomingDate {
  readonly kind: 'renewal' | 'trialEnd'
  readonly on: IsoDate
  readonly tenantId: string
  readonly companyName: string
  readonly subscriptionId: string
  readonly offerId: OfferId
  readonly seats: number
}

/** Default window of the dashboard's list. */
export const UPCOMING_DAYS = 90

/**
 * Renewals and trial ends from `today` to `today + days`, both included, soonest first (then by
 * company name and subscription, so the order is stable).
 */
export function upcomingDates(
  tenants: readonly TenantWithSubscriptions[],
  today: IsoDate,
  days = UPCOMING_DAYS,
): UpcomingDate[] {
  const last = addDays(today, days)
  const found: UpcomingDate[] = []
  for (const { tenant, subscriptions } of tenants) {
    for (const subscription of subscriptions) {
      const base = {
        tenantId: tenant.id,
        companyName: tenant.companyName,
        subscriptionId: subscription.id,
        offerId: subscription.offerId,
        seats: subscription.seats,
      }
      const renewal = nextRenewal(subscription, today)
      if (renewal !== null && renewal <= last) found.push({ ...base, kind: 'renewal', on: renewal })
      const trialEnd = subscription.state === 'trial' && isLive(subscription, today) ? subscription.trialEndsOn : null
      if (trialEnd !== null && trialEnd <= last) found.push({ ...base, kind: 'trialEnd', on: trialEnd })
    }
  }
  return found.sort(compareUpcoming)
}

// `localeCompare`'s own order, with the collator made once: thousands of dates sort in a few milliseconds.
const names = new Intl.Collator()

/** Soonest first, then by company name and subscription, so the order is stable. */
export function compareUpcoming(a: UpcomingDate, b: UpcomingDate): number {
  return (
    (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) ||
    names.compare(a.companyName, b.companyName) ||
    (a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1 : 0)
  )
}
