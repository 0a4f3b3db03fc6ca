import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { Subscription, SubscriptionEvent } from '../tenant/tenant'
import { addDays } from '../dates'
import { isCalendarDate } from './feeCalendar'

export interface SubscriptionHistory {
  readonly subscriptionId: string
  readonly tenantId: string
  readonly offerId: OfferId
  readonly events: readonly SubscriptionEvent[]
}

/** Seats bought on a date: the first sale, or seats added later (a new sale of those seats). */
export interface SeatSale {
  readonly on: IsoDate
  readonly seats: number
  /** The index of the event that made the sale, to tell two sales on one day apart. */
  readonly eventIndex: number
}

/** A history checked and read once: what the fee rules need from it. */
export interface SubscriptionTimeline {
  /** The sale (or conversion) date; null while the subscription has not been sold (a trial). */
  readonly soldOn: IsoDate | null
  readonly cancelledOn: IsoDate | null
  readonly sales: readonly SeatSale[]
  /** The seat total from each date on, oldest first. */
  readonly seatSteps: readonly { readonly on: IsoDate; readonly seats: number }[]
}

function describe(history: SubscriptionHistory, index: number): string {
  return `Subscription ${history.subscriptionId}, event ${index + 1}`
}

/**
 * Checks a history and reads its sales, seat totals and cancellation.
 * Throws a `RangeError` naming the subscription and event when the history cannot be right.
 */
export function subscriptionTimeline(history: SubscriptionHistory): SubscriptionTimeline {
  let soldOn: IsoDate | null = null
  let cancelledOn: IsoDate | null = null
  let seats = 0
  let previousOn = ''
  const sales: SeatSale[] = []
  const seatSteps: { on: IsoDate; seats: number }[] = []
  history.events.forEach((event, index) => {
    const where = describe(history, index)
    if (!isCalendarDate(event.on)) throw new RangeError(`${where}: "${event.on}" is not a calendar date YYYY-MM-DD`)
    if (event.on < previousOn)
      throw new RangeError(`${where}: events must be in date order (${event.on} comes after ${previousOn})`)
    previousOn = event.on
    if (cancelledOn !== null) throw new RangeError(`${where}: nothing can follow the cancellation of ${cancelledOn}`)
    if (event.kind === 'cancelled') {
      if (soldOn === null) throw new RangeError(`${where}: a subscription is cancelled only after it is sold`)
      cancelledOn = event.on
      return
    }
    if (!Number.isSafeInteger(event.seats) || event.seats < 1)
      throw new RangeError(`${where}: seats must be a whole number of at least 1, got ${event.seats}`)
    if (event.kind === 'sold') {
      if (soldOn !== null) throw new RangeError(`${where}: a subscription is sold once (it was sold on ${soldOn})`)
      soldOn = event.on
      sales.push({ on: event.on, seats: event.seats, eventIndex: index })
    } else {
      if (soldOn === null) throw new RangeError(`${where}: seats change only after the subscription is sold`)
      if (event.seats > seats) sales.push({ on: event.on, seats: event.seats - seats, eventIndex: index })
    }
    seats = event.seats
    seatSteps.push({ on: event.on, seats })
  })
  return { soldOn, cancelledOn, sales, seatSteps }
}

/** The seats billed on `day`: the total after every event dated on or before it (0 before the sale). */
export function seatsOn(timeline: SubscriptionTimeline, day: IsoDate): number {
  let seats = 0
  for (const step of timeline.seatSteps) {
    if (step.on > day) break
    seats = step.seats
  }
  return seats
}

/** The subscription's history: its recorded events, else what its record alone tells. */
export function historyFromSubscription(subscription: Subscription): SubscriptionHistory {
  if (subscription.billingEvents)
    return {
      subscriptionId: subscription.id,
      tenantId: subscription.tenantId,
      offerId: subscription.offerId,
      events: subscription.billingEvents,
    }
  return historyFromRecord(subscription)
}

/**
 * The subscription with one more billing event, recorded on top of its history so far (derived
 * from the record when it has none yet). A trial is never sold: its seat changes and its
 * cancellation earn nothing and are not billing events; its conversion is its sale.
 */
export function withBillingEvent(subscription: Subscription, event: SubscriptionEvent): Subscription {
  const events = historyFromSubscription(subscription).events
  const sold = events.some(recorded => recorded.kind === 'sold')
  if (!sold && event.kind !== 'sold') return { ...subscription, billingEvents: events }
  return { ...subscription, billingEvents: [...events, event] }
}

/**
 * A history for a subscription that has no recorded events, from today's record alone.
 * The record keeps only the current seats, so they are taken as sold at the sale and never
 * changed; recording events as they happen gives exact fees. The rules:
 * - `trial`: not sold yet, no events (a trial earns nothing).
 * - a record that carries `trialEndsOn` but is no longer a trial was converted; without a
 *   recorded conversion date it is taken as converted when the trial ended (the day after
 *   `trialEndsOn`, its first paid day). Cancelled on or before that day, it was never sold.
 * - otherwise sold on `startedOn`.
 * - `cancelled`: cancelled on `cancelledOn`; a cancelled record without that date is taken as
 *   cancelled on its sale date, so it earns nothing rather than an amount nobody can check.
 */
function historyFromRecord(subscription: Subscription): SubscriptionHistory {
  const base = { subscriptionId: subscription.id, tenantId: subscription.tenantId, offerId: subscription.offerId }
  if (subscription.state === 'trial') return { ...base, events: [] }
  const day = (date: IsoDate) => date.slice(0, 10)
  const soldOn =
    subscription.trialEndsOn === null ? day(subscription.startedOn) : addDays(day(subscription.trialEndsOn), 1)
  const sold: SubscriptionEvent = { on: soldOn, kind: 'sold', seats: subscription.seats }
  if (subscription.state === 'active') return { ...base, events: [sold] }
  const cancelledOn = subscription.cancelledOn === null ? soldOn : day(subscription.cancelledOn)
  if (cancelledOn <= soldOn) return { ...base, events: [] }
  return { ...base, events: [sold, { on: cancelledOn, kind: 'cancelled' }] }
}

/** Histories for every subscription, e.g. those of `TenantWithSubscriptions` records. */
export function historiesFromSubscriptions(subscriptions: readonly Subscription[]): SubscriptionHistory[] {
  return subscriptions.map(historyFromSubscription)
}
