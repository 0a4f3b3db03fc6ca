import type { CountryCatalogue } from './catalogue.js'
import type { PartnerCenter } from './client.js'
import { PartnerCenterRefusal } from './client.js'
import { FieldRefusal } from './customers.js'

/**
 * A seat change for one of the console's offers in a customer: the customer's subscription found by the
 * `productId:skuId` its catalogue item starts with, since a new-commerce subscription's `offerId` is the whole
 * three-part catalogue item, whose availability part changes (8c, https://learn.microsoft.com/partner-center/developer/change-the-quantity-of-a-subscription,
 * its new-commerce sample), then patched whole with its new quantity, as that page asks.
 */

interface Customer {
  readonly billingProfile?: { readonly defaultAddress?: { readonly country?: string } }
}

interface Subscription {
  readonly id: string
  readonly offerId: string
  readonly status?: string
  readonly quantity: number
}

export interface SeatChange {
  readonly offerId: string
  readonly seats: number
}

/** The request body as a seat change, or a 400 naming the field at fault. */
export function seatChangeFrom(body: Record<string, unknown>): SeatChange {
  if (typeof body.offerId !== 'string' || body.offerId.trim() === '')
    throw new FieldRefusal(400, 'badRequest', 'offerId is required.', 'offerId')
  if (!Number.isInteger(body.seats) || (body.seats as number) < 1)
    throw new FieldRefusal(400, 'badRequest', 'The seats must be a whole number of at least 1.', 'seats')
  return { offerId: body.offerId.trim(), seats: body.seats as number }
}

export async function changeSeats(
  partnerCenter: PartnerCenter,
  catalogueOf: (country: string) => Promise<CountryCatalogue>,
  customerId: string,
  change: SeatChange,
) {
  const customerPath = `/customers/${encodeURIComponent(customerId)}`
  const customer = await partnerCenter<Customer>('GET', customerPath)
  const country = customer.billingProfile?.defaultAddress?.country?.toUpperCase() ?? ''
  const item = (await catalogueOf(country)).items.find(i => i.offerId === change.offerId)
  if (!item)
    throw new FieldRefusal(404, 'notFound', `No offer ${change.offerId} is sold through Partner Center.`, 'offerId')
  const prefix = `${item.productId}:${item.skuId}`.toUpperCase()
  const { items = [] } = await partnerCenter<{ items?: Subscription[] }>('GET', `${customerPath}/subscriptions`)
  const matching = items.filter(
    s =>
      s.status === 'active' && (s.offerId.toUpperCase() === prefix || s.offerId.toUpperCase().startsWith(`${prefix}:`)),
  )
  if (matching.length !== 1)
    throw new FieldRefusal(
      matching.length === 0 ? 404 : 409,
      matching.length === 0 ? 'notFound' : 'conflict',
      matching.length === 0
        ? `The customer has no active ${item.title} subscription.`
        : `The customer has ${matching.length} active ${item.title} subscriptions: change the seats in Partner Center.`,
      'offerId',
    )
  const subscription = matching[0]!
  try {
    const changed = await partnerCenter<Subscription>(
      'PATCH',
      `${customerPath}/subscriptions/${encodeURIComponent(subscription.id)}`,
      { ...subscription, quantity: change.seats },
    )
    return {
      subscriptionId: changed.id,
      offerId: change.offerId,
      catalogItemId: changed.offerId,
      seats: changed.quantity,
    }
  } catch (error) {
    // Partner Center's refusal of the quantity (below the licences assigned, a new-commerce reduction window) is
    // about the seats.
    if (error instanceof PartnerCenterRefusal && error.status === 400)
      throw new FieldRefusal(400, error.code, error.message, 'seats')
    throw error
  }
}
