import type { SubscriptionRepository } from '../backend'
import type { GraphContext } from '../graph/graphContext'
import type { RelayConnection } from '../relay/relayClient'
import type { ConfirmedSeats } from './confirmedSeats'
import { BackendError } from '../backend'
import { unsupported } from '../graph/capabilities'
import { relayCall } from '../relay/relayClient'
import { validateSeatChange } from '@/domain/tenant/subscriptionChanges'

/** What the relay answers a seat change: the Partner Center subscription it changed and the seats it confirmed. */
interface SeatsChanged {
  readonly subscriptionId: string
  readonly seats: number
}

/**
 * Subscriptions on Microsoft 365 with the partner relay: a seat change is its `PATCH /api/customers/{id}/seats`, which
 * finds the customer's Partner Center subscription by the offer's product and SKU and sets its quantity. The SKU's
 * seats in Graph follow some time later: meanwhile the tenant shows the seats Partner Center confirmed
 * (`confirmedSeats`). The other changes still say they go through Partner Center itself.
 */
export function createRelaySubscriptions(
  relay: RelayConnection,
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

    const { body } = await relayCall<SeatsChanged>(relay, {
      method: 'PATCH',
      path: `/api/customers/${encodeURIComponent(tenantId)}/seats`,
      body: { offerId: subscription.offerId, seats },
      what: `change the seats of ${loaded.tenant.companyName}'s ${subscription.offerId} in Partner Center`,
      // Partner Center's refusal of the quantity (below the licences assigned, a reduction window) is the seats'.
      field: relayField => (relayField === 'seats' ? `seats.${subscription.offerId}` : undefined),
    })
    // What Partner Center confirmed, which Graph counts later.
    const confirmed = body.seats
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
