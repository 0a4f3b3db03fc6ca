import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { ValidationIssue } from '../validation'
import type { BillingChoice } from './provisioning'
import type { Subscription } from './tenant'
import { catalogue, findOffer } from '../catalogue'
import { withBillingEvent } from '../fees/feeHistory'
import { isLive } from './policy'
import { validateSeats } from './provisioning'

/**
 * The moves a subscription may make to another offer, keeping its id, seats and assigned users:
 * from each Deskless offer to its Standard counterpart, which is how a Deskless-only tenant gets
 * the application console without re-creating its users.
 */
export const OFFER_MOVES: Readonly<Partial<Record<OfferId, readonly OfferId[]>>> = {
  'deskless-suite': ['standard-suite'],
  'exchange-deskless': ['exchange-online'],
  'sharepoint-deskless': ['sharepoint-online'],
}

export function allowedMoves(offerId: OfferId): readonly OfferId[] {
  return OFFER_MOVES[offerId] ?? []
}

/** How a subscription is billed: a trial is free until it ends, everything else is paid. */
export function billingOf(subscription: Subscription): BillingChoice {
  return subscription.state === 'trial' ? 'trial' : 'paid'
}

/** A tenant has at most one live subscription per offer: more seats go on the one it has. */
function hasLiveOffer(
  subscriptions: readonly Subscription[],
  offerId: OfferId,
  today: IsoDate,
  except?: string,
): boolean {
  return subscriptions.some(s => s.offerId === offerId && s.id !== except && isLive(s, today))
}

/** Catalogue offers the tenant can add today: those it has no live subscription to. */
export function addableOffers(subscriptions: readonly Subscription[], today: IsoDate): OfferId[] {
  return catalogue.offers.map(offer => offer.id).filter(id => !hasLiveOffer(subscriptions, id, today))
}

/** A new building block: a known offer the tenant doesn't run yet, with seats as provisioning allows them. */
export function validateNewSubscription(
  offerId: string,
  seats: number,
  billing: string,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): ValidationIssue[] {
  const offer = findOffer(offerId)
  if (!offer) return [{ field: 'offerId', code: offerId === '' ? 'required' : 'unknown', params: { value: offerId } }]
  if (billing !== 'trial' && billing !== 'paid')
    return [{ field: 'billing', code: 'unknown', params: { value: billing } }]
  if (hasLiveOffer(subscriptions, offer.id, today))
    return [{ field: 'offerId', code: 'duplicateOffer', params: { value: offer.id } }]
  return validateSeats({ offerId: offer.id, seats }, billing)
}

/**
 * New seats for a running subscription: the provisioning rules (whole, offer minimum, 10,000,
 * 20 on a trial), and never fewer than the licences users already hold.
 */
export function validateSeatChange(subscription: Subscription, seats: number, today: IsoDate): ValidationIssue[] {
  if (!isLive(subscription, today)) return [{ field: 'subscription', code: 'notLive' }]
  const issues = validateSeats({ offerId: subscription.offerId, seats }, billingOf(subscription))
  if (issues.length > 0) return issues
  if (seats < subscription.assignedSeats)
    return [
      {
        field: `seats.${subscription.offerId}`,
        code: 'belowAssigned',
        params: { assigned: subscription.assignedSeats },
      },
    ]
  return []
}

/**
 * Where a move lands: the subscription itself changes offer, or, when the tenant already runs
 * the target offer (a mixed tenant), its seats and users join that subscription and it ends.
 */
export type MovePlan = { readonly kind: 'switch' } | { readonly kind: 'merge'; readonly into: Subscription }

export function planMove(
  subscription: Subscription,
  toOfferId: OfferId,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): MovePlan {
  const into = subscriptions.find(s => s.offerId === toOfferId && s.id !== subscription.id && isLive(s, today))
  return into ? { kind: 'merge', into } : { kind: 'switch' }
}

/**
 * A move allowed by `OFFER_MOVES`, of a running subscription. The seats move with the users, so
 * they must suit the target offer, with the seats already there when it joins a running one;
 * a trial of the target is converted first (joining it would make paid seats a trial).
 */
export function validateMove(
  subscription: Subscription,
  toOfferId: string,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): ValidationIssue[] {
  if (!isLive(subscription, today)) return [{ field: 'subscription', code: 'notLive' }]
  const target = findOffer(toOfferId)
  if (!target || !allowedMoves(subscription.offerId).includes(target.id))
    return [{ field: 'offerId', code: 'moveNotAllowed', params: { from: subscription.offerId, to: toOfferId } }]
  const plan = planMove(subscription, target.id, subscriptions, today)
  if (plan.kind === 'switch')
    return validateSeats({ offerId: target.id, seats: subscription.seats }, billingOf(subscription))
  if (plan.into.state === 'trial') return [{ field: 'offerId', code: 'targetIsTrial', params: { value: target.id } }]
  return validateSeats({ offerId: target.id, seats: plan.into.seats + subscription.seats }, 'paid')
}

/**
 * The subscriptions a merge leaves, today: the target with the moved seats added (a new sale of
 * those seats, as any seats added) and its users, and the moved one ended.
 */
export function mergedSubscriptions(
  subscription: Subscription,
  into: Subscription,
  today: IsoDate,
): { readonly into: Subscription; readonly ended: Subscription } {
  const grown = withSeats(into, into.seats + subscription.seats, today)
  return {
    into: { ...grown, assignedSeats: into.assignedSeats + subscription.assignedSeats },
    ended: cancelled(subscription, today),
  }
}

/**
 * A trial, running or ended, can become paid (the client decides to buy), unless the tenant
 * already runs another subscription to the same offer.
 */
export function validateConversion(
  subscription: Subscription,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): ValidationIssue[] {
  if (subscription.state !== 'trial') return [{ field: 'subscription', code: 'notTrial' }]
  if (hasLiveOffer(subscriptions, subscription.offerId, today, subscription.id))
    return [{ field: 'offerId', code: 'duplicateOffer', params: { value: subscription.offerId } }]
  return []
}

export function validateCancellation(subscription: Subscription): ValidationIssue[] {
  return subscription.state === 'cancelled' ? [{ field: 'subscription', code: 'notLive' }] : []
}

/** The subscription with its seats changed today; added seats are a new sale of those seats. */
export function withSeats(subscription: Subscription, seats: number, today: IsoDate): Subscription {
  return { ...withBillingEvent(subscription, { on: today, kind: 'seatsChanged', seats }), seats }
}

/** The trial converted to paid today: its conversion is its sale, with the seats it has. */
export function convertedToPaid(subscription: Subscription, today: IsoDate): Subscription {
  return {
    ...withBillingEvent(subscription, { on: today, kind: 'sold', seats: subscription.seats }),
    state: 'active',
    trialEndsOn: null,
  }
}

/** The subscription cancelled today; its users lose the licence, so none stays assigned. */
export function cancelled(subscription: Subscription, today: IsoDate): Subscription {
  return {
    ...withBillingEvent(subscription, { on: today, kind: 'cancelled' }),
    state: 'cancelled',
    cancelledOn: today,
    assignedSeats: 0,
  }
}
