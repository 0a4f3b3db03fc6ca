import type { SubscriptionRepository } from '../backend'
import type { GraphContext } from '../graph/graphContext'
import type { ConfirmedSeats } from './confirmedSeats'
import type { PartnerCenterClient } from './partnerCenterClient'
import type { PartnerCenterSubscription } from './partnerCenterTypes'
import { BackendError } from '../backend'
import { unsupported } from '../graph/capabilities'
import { partnerCenterCall } from './partnerCenterErrors'
import { getOffer } from '@/domain/catalogue'
import { validateSeatChange } from '@/domain/tenant/subscriptionChanges'

/**
 * Subscriptions on Microsoft 365 with Partner Center: seat changes are a PATCH of the Partner
 * Center subscription's quantity. The SKU's seats in Graph follow some time later: meanwhile the
 * tenant shows the seats Partner Center confirmed (`confirmedSeats`). The other changes still say
 * they go through Partner Center itself.
 */
export function createPartnerCenterSubscriptions(
  client: PartnerCenterClient,
  context: GraphContext,
  confirmedSeats: ConfirmedSeats,
): SubscriptionRepository {
  async function changeSeats(tenantId: string, subscriptionId: string, seats: number) {
    // Not a console write: a Deskless-only tenant may buy seats too. Seats as last confirmed, so a
    // second change before Graph counts the first starts from the right figure.
    const loaded = confirmedSeats.apply(await context.tenant(tenantId))
    const subscription = loaded.subscriptions.find(s => s.id === subscriptionId)
    if (!subscription)
      throw new BackendError('notFound', `${loaded.tenant.companyName} has no subscription ${subscriptionId}`)
    const issues = validateSeatChange(subscription, seats, context.today())
    if (issues.length > 0) throw new BackendError('validation', 'The seat count breaks a rule', issues)
    if (seats === subscription.seats) return { tenant: loaded.tenant, subscriptions: loaded.subscriptions }

    const offerId = getOffer(subscription.offerId).partnerCenterOfferId.toUpperCase()
    const customer = encodeURIComponent(tenantId)
    const what = `change the seats of ${loaded.tenant.companyName}'s ${subscription.offerId} in Partner Center`
    const { items } = await partnerCenterCall(what, () =>
      client.get<{ items: PartnerCenterSubscription[] }>(`/customers/${customer}/subscriptions`),
    )
    // The SKU's seats are the sum of its live Partner Center subscriptions: the largest takes the difference.
    const live = items
      .filter(item => item.offerId.toUpperCase() === offerId && item.status === 'active')
      .sort((a, b) => b.quantity - a.quantity)
    const target = live[0]
    const quantity = target && target.quantity + seats - subscription.seats
    if (!target || quantity! < 1)
      throw new BackendError(
        'remote',
        `${what}: Partner Center has no single active subscription for it that can take ${seats} seats; change it in Partner Center`,
      )
    const answer = await partnerCenterCall(what, () =>
      client.patch<PartnerCenterSubscription>(`/customers/${customer}/subscriptions/${encodeURIComponent(target.id)}`, {
        ...target,
        quantity,
      }),
    )
    // What Partner Center confirmed, which Graph counts later.
    const confirmed = seats + answer.quantity - quantity!
    confirmedSeats.confirm(tenantId, subscriptionId, subscription.seatsPropagatingFrom ?? subscription.seats, confirmed)
    await context.log({
      area: 'subscription',
      action: 'subscription.seatsChanged',
      tenant: loaded.tenant,
      details: { offer: subscription.offerId, previousSeats: subscription.seats, seats: confirmed },
      changes: [{ field: 'seats', before: subscription.seats, after: confirmed }],
    })
    const after = confirmedSeats.apply(await context.tenant(tenantId))
    return { tenant: after.tenant, subscriptions: after.subscriptions }
  }

  return {
    add: () => unsupported('subscriptions.add'),
    changeSeats,
    convertToPaid: () => unsupported('subscriptions.convertToPaid'),
    move: () => unsupported('subscriptions.move'),
    cancel: () => unsupported('subscriptions.cancel'),
  }
}
