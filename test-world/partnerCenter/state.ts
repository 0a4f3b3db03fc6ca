import type { Catalogue } from '../../src/domain/catalogue'
import type { GraphWorld } from '../graph/world'
import { randomUUID } from 'node:crypto'
import { readJson } from '../graph/readJson'

/**
 * What the Partner Center test server keeps beside the Graph world it shares: the partner's
 * customers and their license-based subscriptions. A customer is a GDAP customer of that world
 * (the same tenant id) and each subscription stands for one of its subscribed SKUs.
 */

export interface PartnerCenterSubscription {
  id: string
  offerId: string
  offerName: string
  friendlyName: string
  quantity: number
  unitType: string
  creationDate: string
  effectiveStartDate: string
  commitmentEndDate: string
  status: 'active' | 'suspended' | 'deleted'
  autoRenewEnabled: boolean
  billingType: string
  billingCycle: string
  termDuration: string
  contractType: string
  orderId: string
  attributes: { objectType: 'Subscription' }
}

export interface PartnerCenterState {
  /** Subscriptions by customer (tenant) id. */
  readonly subscriptions: Map<string, PartnerCenterSubscription[]>
}

const catalogue = readJson<Catalogue>(new URL('../../src/domain/catalogue.json', import.meta.url))

/** The catalogue's offer a Partner Center offer id buys (ids without case, as Partner Center compares them). */
export function offerOf(offerId: string) {
  return catalogue.offers.find(offer => offer.partnerCenterOfferId.toUpperCase() === offerId.toUpperCase())
}

export function offerBySku(skuPartNumber: string) {
  return catalogue.offers.find(offer => offer.skuPartNumber === skuPartNumber)
}

export function newSubscription(
  fields: { id?: string; offerId: string; quantity: number; orderId: string; termDuration?: string },
  now = new Date(),
): PartnerCenterSubscription {
  const offer = offerOf(fields.offerId)
  const start = now.toISOString()
  const end = new Date(now.getTime() + 30 * 86_400_000).toISOString()
  return {
    id: fields.id ?? randomUUID(),
    offerId: fields.offerId,
    offerName: offer?.id ?? fields.offerId,
    friendlyName: offer?.id ?? fields.offerId,
    quantity: fields.quantity,
    unitType: 'Licenses',
    creationDate: start,
    effectiveStartDate: start,
    commitmentEndDate: end,
    status: 'active',
    autoRenewEnabled: true,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: fields.termDuration ?? 'P1M',
    contractType: 'subscription',
    orderId: fields.orderId,
    attributes: { objectType: 'Subscription' },
  }
}

/**
 * The seeded customers' subscriptions: one per subscribed SKU the catalogue sells, its id the SKU's commerce
 * subscription.
 */
function seed(world: GraphWorld): PartnerCenterState {
  const subscriptions = new Map<string, PartnerCenterSubscription[]>()
  for (const customer of world.customers) {
    const skus = world.tenants.get(customer.tenantId)?.skus ?? []
    subscriptions.set(
      customer.tenantId,
      skus.flatMap(sku => {
        const offer = offerBySku(sku.skuPartNumber)
        return offer
          ? [
              newSubscription({
                id: sku.subscriptionIds[0],
                offerId: offer.partnerCenterOfferId,
                quantity: sku.prepaidUnits.enabled,
                orderId: randomUUID(),
              }),
            ]
          : []
      }),
    )
  }
  return { subscriptions }
}

const states = new WeakMap<GraphWorld, PartnerCenterState>()

/** The state for this world: a reseeded world (the Graph server's reset) starts Partner Center afresh too. */
export function partnerCenterStateOf(world: GraphWorld): PartnerCenterState {
  let state = states.get(world)
  if (!state) {
    state = seed(world)
    states.set(world, state)
  }
  return state
}
