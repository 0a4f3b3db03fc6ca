import type { Offer, SkuMapping } from '../catalogue'
import type { ValidationIssue } from '../validation'
import type { TenantUser, UserWorkload } from './users'
import { USER_WORKLOADS } from './users'

/** A Microsoft 365 service plan of a SKU: its id differs per SKU and tenant, its name does not. */
export interface ServicePlan {
  readonly servicePlanId: string
  readonly servicePlanName: string
}

/**
 * A user's service as the console can tell it: on or off by its plan, or unknown when the
 * user's SKU carries no plan the catalogue maps for it (a "no Teams" SKU's meetings, a plan
 * Microsoft renamed, a SKU the catalogue doesn't map at all).
 */
export type UserWorkloadState = 'on' | 'off' | 'unknown'

/** What a licence says of a user's services; `services` holds `false` for the unknown ones, which mean nothing. */
export interface LicenceWorkloads {
  readonly services: Record<UserWorkload, boolean>
  readonly unknown: readonly UserWorkload[]
}

/** The plan carrying each service the offer includes, found by the SKU's plan name; services with none are unknown. */
function managedPlans(offer: Offer, sku: SkuMapping, plans: readonly ServicePlan[]) {
  const byName = new Map(plans.map(plan => [plan.servicePlanName, plan]))
  const managed = new Map<UserWorkload, ServicePlan>()
  const unknown: UserWorkload[] = []
  for (const service of offer.services) {
    const name = sku.servicePlans[service]
    const plan = name === undefined ? undefined : byName.get(name)
    if (plan) managed.set(service, plan)
    else unknown.push(service)
  }
  return { managed, unknown }
}

/**
 * The services a user has on a licence: each service the offer includes is on unless its plan
 * is among the licence's disabled plans, unknown when the SKU carries no plan for it; the rest are off.
 */
export function workloadsFromDisabledPlans(
  offer: Offer,
  sku: SkuMapping,
  plans: readonly ServicePlan[],
  disabledPlanIds: readonly string[],
): LicenceWorkloads {
  const { managed, unknown } = managedPlans(offer, sku, plans)
  const disabled = new Set(disabledPlanIds)
  const services = Object.fromEntries(
    USER_WORKLOADS.map(service => {
      const plan = managed.get(service)
      return [service, plan !== undefined && !disabled.has(plan.servicePlanId)]
    }),
  ) as Record<UserWorkload, boolean>
  return { services, unknown }
}

/** Every service unknown: the user holds a licence, but of a SKU the catalogue doesn't map. */
export const UNKNOWN_LICENCE: LicenceWorkloads = {
  services: Object.fromEntries(USER_WORKLOADS.map(service => [service, false])) as Record<UserWorkload, boolean>,
  unknown: USER_WORKLOADS,
}

/**
 * The licence's full `disabledPlans` for the services wanted (Graph replaces the whole set on
 * each assignment): the plans of services switched off, plus any plan the console doesn't manage
 * that was already disabled, so a change made elsewhere survives. A service whose plan is unknown
 * has no plan here to switch: it stays as it was.
 */
export function disabledPlansFor(
  offer: Offer,
  sku: SkuMapping,
  plans: readonly ServicePlan[],
  services: Readonly<Record<UserWorkload, boolean>>,
  currentlyDisabled: readonly string[],
): string[] {
  const { managed } = managedPlans(offer, sku, plans)
  const managedIds = new Set([...managed.values()].map(plan => plan.servicePlanId))
  const kept = currentlyDisabled.filter(id => !managedIds.has(id))
  const switchedOff = [...managed].filter(([service]) => !services[service]).map(([, plan]) => plan.servicePlanId)
  return [...kept, ...switchedOff]
}

/** Refuses switching a service whose plan is unknown: the console can't tell what it would change. */
export function unknownWorkloadChanges(
  changes: Readonly<Record<string, unknown>>,
  unknown: readonly UserWorkload[],
): ValidationIssue[] {
  return Object.keys(changes)
    .filter(key => changes[key] !== undefined && unknown.includes(key as UserWorkload))
    .map(key => ({ field: `services.${key}`, code: 'servicePlanUnknown' }))
}

/** A user's service: unknown where the backend couldn't tell, else on or off by their switch. */
export function userWorkloadState(
  user: Pick<TenantUser, 'services' | 'unknownServices'>,
  service: UserWorkload,
): UserWorkloadState {
  if (user.unknownServices?.includes(service)) return 'unknown'
  return user.services[service] ? 'on' : 'off'
}
