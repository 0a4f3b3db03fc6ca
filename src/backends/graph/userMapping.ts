import type { LoadedTenant } from './graphContext'
import type { GraphUser } from './graphTypes'
import type { TenantUser, UserWorkload } from '@/domain/users/users'
import { findSku, getOffer } from '@/domain/catalogue'
import { disabledPlansFor, UNKNOWN_LICENCE, workloadsFromDisabledPlans } from '@/domain/users/servicePlans'
import { USER_WORKLOADS } from '@/domain/users/users'
import { userEditVersion } from './userVersion'

/** The user properties the console reads; Graph returns only a default few unless named. */
export const USER_SELECT =
  'id,givenName,surname,displayName,userPrincipalName,usageLocation,accountEnabled,assignedLicenses,createdDateTime'

const NO_SERVICES = Object.fromEntries(USER_WORKLOADS.map(service => [service, false])) as Record<UserWorkload, boolean>

/** The SKU of a subscription (its id is the skuId), its offer, and the catalogue's plan names for that SKU. */
export function licenceOf(loaded: LoadedTenant, subscriptionId: string) {
  const subscription = loaded.subscriptions.find(s => s.id === subscriptionId)
  const sku = loaded.skus.find(s => s.skuId === subscriptionId)
  const offer = subscription && getOffer(subscription.offerId)
  if (!subscription || !sku || !offer) return undefined
  const mapping = findSku(sku.skuPartNumber)?.sku ?? {
    skuPartNumber: offer.skuPartNumber,
    servicePlans: offer.servicePlans,
  }
  return { subscription, sku, offer, mapping }
}

/**
 * A Graph user as the console's user: the address split at the @, the first licence the catalogue
 * sells as its licence, each service on unless its plan is disabled (unknown when the SKU carries
 * no plan the catalogue maps for it, or when the user's only licences are SKUs it doesn't map),
 * blocked when sign-in is off.
 */
export function userFromGraph(loaded: LoadedTenant, user: GraphUser): TenantUser {
  const [alias = '', domain = ''] = user.userPrincipalName.toLowerCase().split('@')
  const assigned = user.assignedLicenses.find(licence => licenceOf(loaded, licence.skuId))
  const licence = assigned && licenceOf(loaded, assigned.skuId)
  const read = licence
    ? workloadsFromDisabledPlans(licence.offer, licence.mapping, licence.sku.servicePlans, assigned!.disabledPlans)
    : user.assignedLicenses.length > 0
      ? UNKNOWN_LICENCE
      : { services: NO_SERVICES, unknown: [] }
  const edited = {
    firstName: user.givenName ?? '',
    lastName: user.surname ?? '',
    alias,
    domain,
    usageLocation: user.usageLocation ?? '',
    subscriptionId: licence ? licence.subscription.id : null,
  }
  return {
    id: user.id,
    tenantId: loaded.tenant.id,
    ...edited,
    displayName: user.displayName ?? user.userPrincipalName,
    services: read.services,
    ...(read.unknown.length > 0 ? { unknownServices: read.unknown } : {}),
    exchange: {},
    blocked: user.accountEnabled === false,
    createdAt: user.createdDateTime ?? '',
    version: userEditVersion(edited),
  }
}

/** The `disabledPlans` to send for a user's services on a licence: the full set, as Graph replaces it. */
export function disabledPlans(
  loaded: LoadedTenant,
  user: GraphUser | undefined,
  subscriptionId: string,
  services: Readonly<Record<UserWorkload, boolean>>,
): string[] {
  const licence = licenceOf(loaded, subscriptionId)!
  const current = user?.assignedLicenses.find(a => a.skuId === subscriptionId)?.disabledPlans ?? []
  return disabledPlansFor(licence.offer, licence.mapping, licence.sku.servicePlans, services, current)
}
