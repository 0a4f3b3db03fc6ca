import type { Offer } from './catalogue'
import type { UserService } from './users'
import { USER_SERVICES } from './users'

/** A Microsoft 365 service plan of a SKU: its id differs per SKU and tenant, its name does not. */
export interface ServicePlan {
  readonly servicePlanId: string
  readonly servicePlanName: string
}

/** The plan carrying each service the offer includes, found by name among the SKU's plans. */
function managedPlans(offer: Offer, plans: readonly ServicePlan[]): Map<UserService, ServicePlan> {
  const byName = new Map(plans.map(plan => [plan.servicePlanName, plan]))
  const managed = new Map<UserService, ServicePlan>()
  for (const service of offer.services) {
    const name = offer.servicePlans[service]
    const plan = name === undefined ? undefined : byName.get(name)
    if (!plan)
      throw new Error(`The ${offer.skuPartNumber} SKU has no ${name ?? service} service plan`)
    managed.set(service, plan)
  }
  return managed
}

/**
 * The services a user has on a licence: each service the offer includes is on unless its plan
 * is among the licence's disabled plans; the rest are off.
 */
export function servicesFromDisabledPlans(offer: Offer, plans: readonly ServicePlan[], disabledPlanIds: readonly string[]): Record<UserService, boolean> {
  const managed = managedPlans(offer, plans)
  const disabled = new Set(disabledPlanIds)
  return Object.fromEntries(USER_SERVICES.map((service) => {
    const plan = managed.get(service)
    return [service, plan !== undefined && !disabled.has(plan.servicePlanId)]
  })) as Record<UserService, boolean>
}

/**
 * The licence's full `disabledPlans` for the services wanted (Graph replaces the whole set on
 * each assignment): the plans of services switched off, plus any plan the console doesn't manage
 * that was already disabled, so a change made elsewhere survives.
 */
export function disabledPlansFor(offer: Offer, plans: readonly ServicePlan[], services: Readonly<Record<UserService, boolean>>, currentlyDisabled: readonly string[]): string[] {
  const managed = managedPlans(offer, plans)
  const managedIds = new Set([...managed.values()].map(plan => plan.servicePlanId))
  const kept = currentlyDisabled.filter(id => !managedIds.has(id))
  const switchedOff = [...managed].filter(([service]) => !services[service]).map(([, plan]) => plan.servicePlanId)
  return [...kept, ...switchedOff]
}
