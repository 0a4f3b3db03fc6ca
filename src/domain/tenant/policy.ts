import type { FeatureId, Offer, OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { Subscription } from './tenant'
import { getOffer } from '../catalogue'

/** A subscription that still gives its users service on `today`: not cancelled, not an ended trial. */
export function isLive(subscription: Subscription, today: IsoDate): boolean {
  if (subscription.state === 'cancelled') return false
  if (subscription.state === 'trial') return subscription.trialEndsOn === null || subscription.trialEndsOn >= today
  return true
}

export function liveSubscriptions(subscriptions: readonly Subscription[], today: IsoDate): Subscription[] {
  return subscriptions.filter(s => isLive(s, today))
}

function uniqueOffers(subscriptions: readonly Subscription[]): Offer[] {
  return [...new Set(subscriptions.map(s => s.offerId))].map(getOffer)
}

export type ConsoleAccess =
  | { readonly available: true }
  | { readonly available: false; readonly reason: 'desklessOnly'; readonly offers: readonly OfferId[] }
  | { readonly available: false; readonly reason: 'noLiveSubscription' }

/**
 * BPOS gave the application-administration console with every offer but the Deskless ones:
 * a tenant has it as soon as one live subscription grants it.
 */
export function consoleAccess(subscriptions: readonly Subscription[], today: IsoDate): ConsoleAccess {
  const offers = uniqueOffers(liveSubscriptions(subscriptions, today))
  if (offers.length === 0) return { available: false, reason: 'noLiveSubscription' }
  if (offers.some(offer => offer.grantsConsole)) return { available: true }
  return { available: false, reason: 'desklessOnly', offers: offers.map(offer => offer.id) }
}

/** The switches one subscription can carry, from the catalogue's capability data. */
export function subscriptionFeatures(subscription: Subscription): readonly FeatureId[] {
  return getOffer(subscription.offerId).features
}

/** The switches a tenant's live subscriptions can carry between them. */
export function tenantFeatures(subscriptions: readonly Subscription[], today: IsoDate): Set<FeatureId> {
  return new Set(liveSubscriptions(subscriptions, today).flatMap(s => subscriptionFeatures(s)))
}

/** Live offers that need Office Pro on the client's workstations (every offer but the entry level). */
export function offersNeedingOfficePro(subscriptions: readonly Subscription[], today: IsoDate): OfferId[] {
  return uniqueOffers(liveSubscriptions(subscriptions, today))
    .filter(offer => offer.needsOfficePro)
    .map(offer => offer.id)
}

/**
 * Why a tenant needs Office Pro or not. A tenant with nothing running is not "in the browser":
 * its trial ended (or it cancelled), and that is what it is told, not that its offers are Deskless.
 */
export type OfficeProNeed =
  | { readonly kind: 'needed'; readonly offers: readonly OfferId[] }
  | { readonly kind: 'browserOnly' }
  | { readonly kind: 'trialEnded' | 'cancelled' }

export function officeProNeed(subscriptions: readonly Subscription[], today: IsoDate): OfficeProNeed {
  const status = tenantStatus(subscriptions, today)
  if (status === 'trialExpired') return { kind: 'trialEnded' }
  if (status === 'cancelled') return { kind: 'cancelled' }
  const offers = offersNeedingOfficePro(subscriptions, today)
  return offers.length > 0 ? { kind: 'needed', offers } : { kind: 'browserOnly' }
}

/**
 * Why a tenant without an application console has none: only Deskless offers run, its trial
 * ended, or all is cancelled. Null when it has one.
 */
export function noConsoleReason(
  subscriptions: readonly Subscription[],
  today: IsoDate,
): 'desklessOnly' | 'trialEnded' | 'cancelled' | null {
  if (consoleAccess(subscriptions, today).available) return null
  return noConsoleReasonOf(tenantStatus(subscriptions, today))
}

/** The same, from a tenant's status alone (as the tenant list has it), for a tenant known to have no console. */
export function noConsoleReasonOf(status: TenantStatus): 'desklessOnly' | 'trialEnded' | 'cancelled' {
  return status === 'trialExpired' ? 'trialEnded' : status === 'cancelled' ? 'cancelled' : 'desklessOnly'
}

/** A trial's end date is "ends on" while it runs and "ended on" once past. */
export function trialHasEnded(subscription: Subscription, today: IsoDate): boolean {
  return subscription.state === 'trial' && subscription.trialEndsOn !== null && subscription.trialEndsOn < today
}

export function needsOfficePro(subscriptions: readonly Subscription[], today: IsoDate): boolean {
  return offersNeedingOfficePro(subscriptions, today).length > 0
}

export type TenantStatus = 'active' | 'trial' | 'trialExpired' | 'cancelled'

export const TENANT_STATUSES: readonly TenantStatus[] = ['active', 'trial', 'trialExpired', 'cancelled']

/** Paid beats trial; a tenant with only ended trials is `trialExpired`, with nothing left `cancelled`. */
export function tenantStatus(subscriptions: readonly Subscription[], today: IsoDate): TenantStatus {
  const live = liveSubscriptions(subscriptions, today)
  if (live.some(s => s.state === 'active')) return 'active'
  if (live.length > 0) return 'trial'
  return subscriptions.some(s => s.state === 'trial') ? 'trialExpired' : 'cancelled'
}

/** The earliest end among live trials, if any. */
export function trialEndsOn(subscriptions: readonly Subscription[], today: IsoDate): IsoDate | null {
  const ends = liveSubscriptions(subscriptions, today)
    .filter(s => s.state === 'trial' && s.trialEndsOn !== null)
    .map(s => s.trialEndsOn as IsoDate)
    .sort()
  return ends[0] ?? null
}

export type SubscriptionStatus = TenantStatus

/** One subscription's state on `today`: a trial past its end day reads as `trialExpired`. */
export function subscriptionStatus(subscription: Subscription, today: IsoDate): SubscriptionStatus {
  if (subscription.state === 'trial' && !isLive(subscription, today)) return 'trialExpired'
  return subscription.state
}
