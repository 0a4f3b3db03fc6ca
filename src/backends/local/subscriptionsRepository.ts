import type { OfferId } from '@/domain/catalogue'
import type { Subscription, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { SubscriptionRepository } from '../backend'
import type { ActivityDraft } from '../records/activity'
import type { LoadedTenant, LocalContext } from './context'
import { newSubscription } from '@/domain/tenant/provisioning'
import {
  cancelled,
  convertedToPaid,
  mergedSubscriptions,
  planMove,
  validateCancellation,
  validateConversion,
  validateMove,
  validateNewSubscription,
  validateSeatChange,
  withSeats,
} from '@/domain/tenant/subscriptionChanges'
import { BackendError } from '../backend'
import { refuseInvalid } from '../records/checks'

/** What one change stores: the subscriptions as they become, and the activity entry that says so. */
interface SubscriptionWrite {
  readonly subscription: Subscription
  /** A merge also changes the subscription the seats join. */
  readonly alsoChanged?: Subscription
  readonly activity: Omit<ActivityDraft, 'area' | 'tenant'>
}

function subscriptionOf({ tenant, subscriptions }: LoadedTenant, subscriptionId: string): Subscription {
  const subscription = subscriptions.find(s => s.id === subscriptionId)
  if (!subscription) throw new BackendError('notFound', `${tenant.companyName} has no subscription ${subscriptionId}`)
  return subscription
}

/**
 * Subscription changes are not console writes: a Deskless-only tenant must be able to buy or
 * move to an offer that gives it the console. Each change, the users it unlicenses and its
 * activity entry land in one transaction.
 */
export function createSubscriptionRepository(context: LocalContext): SubscriptionRepository {
  const { db, run } = context

  function write(
    operation: string,
    tenantId: string,
    change: (loaded: LoadedTenant) => Promise<SubscriptionWrite | null>,
  ): Promise<TenantWithSubscriptions> {
    return run(operation, () =>
      db.transaction('rw', [db.tenants, db.subscriptions, db.users, db.activity, db.meta], async () => {
        const loaded = await context.loadTenant(tenantId)
        const written = await change(loaded)
        if (!written) return loaded
        await db.subscriptions.bulkPut([written.subscription, ...(written.alsoChanged ? [written.alsoChanged] : [])])
        await context.log({ ...written.activity, area: 'subscription', tenant: loaded.tenant }, context.now())
        return context.loadTenant(tenantId)
      }),
    )
  }

  return {
    add: (tenantId, offerId, seats, billing) =>
      write('add the subscription', tenantId, async loaded => {
        const today = context.today()
        refuseInvalid(
          validateNewSubscription(offerId, seats, billing, loaded.subscriptions, today),
          'The new subscription breaks a rule',
        )
        return {
          subscription: newSubscription({ id: crypto.randomUUID(), tenantId, offerId, seats }, billing, today),
          activity: { action: 'subscription.added', details: { offer: offerId, seats, billing } },
        }
      }),

    changeSeats: (tenantId, subscriptionId, seats) =>
      write('change the seats', tenantId, async loaded => {
        const subscription = subscriptionOf(loaded, subscriptionId)
        refuseInvalid(validateSeatChange(subscription, seats, context.today()), 'The seat count breaks a rule')
        if (seats === subscription.seats) return null
        return {
          subscription: withSeats(subscription, seats, context.today()),
          activity: {
            action: 'subscription.seatsChanged',
            details: { offer: subscription.offerId, previousSeats: subscription.seats, seats },
            changes: [{ field: 'seats', before: subscription.seats, after: seats }],
          },
        }
      }),

    convertToPaid: (tenantId, subscriptionId) =>
      write('convert the trial', tenantId, async loaded => {
        const subscription = subscriptionOf(loaded, subscriptionId)
        refuseInvalid(
          validateConversion(subscription, loaded.subscriptions, context.today()),
          'Only a trial can become paid',
        )
        return {
          subscription: convertedToPaid(subscription, context.today()),
          activity: {
            action: 'subscription.converted',
            details: { offer: subscription.offerId, seats: subscription.seats },
            changes: [{ field: 'state', before: subscription.state, after: 'active' }],
          },
        }
      }),

    move: (tenantId, subscriptionId, toOfferId: OfferId) =>
      write('move the subscription', tenantId, async loaded => {
        const subscription = subscriptionOf(loaded, subscriptionId)
        const today = context.today()
        refuseInvalid(validateMove(subscription, toOfferId, loaded.subscriptions, today), 'This move is not allowed')
        const plan = planMove(subscription, toOfferId, loaded.subscriptions, today)
        const details = { offer: subscription.offerId, toOffer: toOfferId, seats: subscription.seats }
        if (plan.kind === 'switch') {
          // Same id, seats and state: the users holding its licences keep them, now on the new offer.
          return {
            subscription: { ...subscription, offerId: toOfferId },
            activity: {
              action: 'subscription.moved',
              details,
              changes: [{ field: 'offerId', before: subscription.offerId, after: toOfferId }],
            },
          }
        }
        // A mixed tenant: the seats and their users join the subscription it already runs.
        const merged = mergedSubscriptions(subscription, plan.into, today)
        await db.users.where('subscriptionId').equals(subscription.id).modify({ subscriptionId: plan.into.id })
        return {
          subscription: merged.ended,
          alsoChanged: merged.into,
          activity: {
            action: 'subscription.merged',
            details: { ...details, intoSeats: merged.into.seats },
            changes: [
              { field: 'seats', before: plan.into.seats, after: merged.into.seats },
              { field: 'state', before: subscription.state, after: 'cancelled' },
            ],
          },
        }
      }),

    cancel: (tenantId, subscriptionId) =>
      write('cancel the subscription', tenantId, async loaded => {
        const subscription = subscriptionOf(loaded, subscriptionId)
        refuseInvalid(validateCancellation(subscription), 'This subscription is already cancelled')
        // Users keep their accounts; they lose the licence the cancelled subscription gave them.
        const unlicensed = await db.users
          .where('subscriptionId')
          .equals(subscription.id)
          .modify({ subscriptionId: null })
        return {
          subscription: cancelled(subscription, context.today()),
          activity: {
            action: 'subscription.cancelled',
            details: { offer: subscription.offerId, seats: subscription.seats, users: unlicensed },
            changes: [
              { field: 'state', before: subscription.state, after: 'cancelled' },
              { field: 'assignedSeats', before: subscription.assignedSeats, after: 0 },
            ],
          },
        }
      }),
  }
}
