import type { GraphWorld, SubscribedSku } from './world'

/**
 * Eventual consistency between Partner Center and Graph: what Partner Center does (a new customer,
 * a seat change) shows in Graph only some time later. Each change is stored with the time Graph
 * starts to show it ("visible after"), and checked where Graph reads the world; the world itself
 * holds what Partner Center holds. The delays are the Partner Center server's (its options and its
 * `/_test/propagation`): the changes are its own.
 */

export interface PropagationDelays {
  /** From `POST /customers` until the customer is a GDAP customer in Graph and its tenant reads. */
  readonly customerMs: number
  /** From a subscription's new quantity until `subscribedSkus.prepaidUnits.enabled` counts it. */
  readonly seatsMs: number
}

/**
 * Short for tests, long enough for the console to meet the lag. Microsoft gives no figure for
 * either delay (see the rules below); in production they run to minutes.
 */
export const DEFAULT_PROPAGATION: PropagationDelays = { customerMs: 3000, seatsMs: 3000 }

interface SeatChanges {
  /** `prepaidUnits.enabled` as Graph showed it before the first change still on its way. */
  readonly before: number
  /** Each change's quantity and when Graph shows it, in the order Partner Center took them. */
  readonly changes: { readonly enabled: number; readonly visibleAfter: number }[]
}

interface PropagationState {
  /** Tenant id → when its customer shows in Graph. */
  readonly customers: Map<string, number>
  /** subscribedSku id → its seat changes not all shown yet. */
  readonly seats: Map<string, SeatChanges>
}

const states = new WeakMap<GraphWorld, PropagationState>()

function stateOf(world: GraphWorld): PropagationState {
  let state = states.get(world)
  if (!state) {
    state = { customers: new Map(), seats: new Map() }
    states.set(world, state)
  }
  return state
}

/**
 * A customer Partner Center just created. Rule: Partner Center's "Create a customer" creates the
 * customer's Microsoft Entra tenant and "a relationship between the reseller and customer (used
 * for delegated admin privileges)"
 * (https://learn.microsoft.com/partner-center/developer/create-a-customer); Graph lists a
 * `delegatedAdminCustomer` once "at least one delegated admin relationship exists"
 * (https://learn.microsoft.com/graph/api/resources/delegatedadmincustomer), and a relationship's
 * access assignments go from `pending` to `active` before its roles apply
 * (https://learn.microsoft.com/graph/api/resources/delegatedadminrelationships-api-overview,
 * "Lifecycle of a GDAP relationship access assignment"). None of these pages says how long that
 * takes: the delay is this server's choice.
 */
export function propagateCustomer(world: GraphWorld, tenantId: string, delayMs: number, now = Date.now()): void {
  if (delayMs > 0) stateOf(world).customers.set(tenantId, now + delayMs)
}

/**
 * Whether Graph shows this tenant yet: listed among the partner's GDAP customers, and readable
 * with a token for it. Until then its tenant exists (the token is issued) but the technician's
 * access doesn't apply yet, so Graph answers 403 `Authorization_RequestDenied`, "Insufficient
 * privileges to complete the operation.", as it does for a caller without the role
 * (https://learn.microsoft.com/graph/errors: 403 Forbidden, access to the resource is denied,
 * the user may lack the permission).
 */
export function customerVisible(world: GraphWorld, tenantId: string, now = Date.now()): boolean {
  const visibleAfter = states.get(world)?.customers.get(tenantId)
  return visibleAfter === undefined || visibleAfter <= now
}

/** The partner's GDAP customers as Graph lists them now. */
export function visibleCustomers(world: GraphWorld, now = Date.now()): GraphWorld['customers'] {
  return world.customers.filter(customer => customerVisible(world, customer.tenantId, now))
}

/**
 * A subscription's quantity Partner Center just changed (the SKU's `prepaidUnits.enabled` in the
 * world is already the new one). Rule: "Change the quantity of licenses in a customer
 * subscription" answers with the subscription at its new quantity
 * (https://learn.microsoft.com/partner-center/developer/change-the-quantity-of-a-subscription);
 * `prepaidUnits.enabled` is "the number of units that are enabled for the active subscription"
 * (https://learn.microsoft.com/graph/api/resources/licenseunitsdetail). Neither page says when
 * the second follows the first, nor does any other Microsoft page found: the delay is this server's.
 */
export function propagateSeats(
  world: GraphWorld,
  sku: SubscribedSku,
  before: number,
  delayMs: number,
  now = Date.now(),
): void {
  if (delayMs <= 0 && !stateOf(world).seats.has(sku.id)) return
  const state = stateOf(world)
  const pending = state.seats.get(sku.id) ?? { before, changes: [] }
  pending.changes.push({ enabled: sku.prepaidUnits.enabled, visibleAfter: now + Math.max(0, delayMs) })
  state.seats.set(sku.id, pending)
}

/** `prepaidUnits.enabled` as Graph shows it now: the latest change already shown, else the figure before them. */
export function enabledSeatsShown(world: GraphWorld, sku: SubscribedSku, now = Date.now()): number {
  const pending = states.get(world)?.seats.get(sku.id)
  if (!pending) return sku.prepaidUnits.enabled
  const shown = pending.changes.filter(change => change.visibleAfter <= now).at(-1)
  if (shown === pending.changes.at(-1)) states.get(world)!.seats.delete(sku.id)
  return shown?.enabled ?? pending.before
}

/** A tenant's subscribed SKUs as Graph answers them now (copies where a seat change is still on its way). */
export function skusShown(world: GraphWorld, skus: readonly SubscribedSku[], now = Date.now()): SubscribedSku[] {
  return skus.map(sku => {
    const enabled = enabledSeatsShown(world, sku, now)
    return enabled === sku.prepaidUnits.enabled ? sku : { ...sku, prepaidUnits: { ...sku.prepaidUnits, enabled } }
  })
}
