import type { GraphDelegatedAdminCustomer, GraphDomain, GraphOrganization, GraphSubscribedSku } from './graphTypes'
import type { IsoDate } from '@/domain/dates'
import type { Subscription, SubscriptionState, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { findOfferBySku } from '@/domain/catalogue'

/** Graph's `capabilityStatus`: Enabled and Warning (grace period) still serve users; the rest don't. */
function stateOf(sku: GraphSubscribedSku): SubscriptionState {
  return sku.capabilityStatus === 'Enabled' || sku.capabilityStatus === 'Warning' ? 'active' : 'cancelled'
}

/**
 * A tenant's subscriptions as the console knows them: one per SKU the catalogue sells (found by
 * skuPartNumber, its id the skuId), seats bought from `prepaidUnits` (enabled, plus those in
 * their grace period), seats used from `consumedUnits`. SKUs the catalogue doesn't sell are left out.
 */
export function subscriptionsFromSkus(
  tenantId: string,
  skus: readonly GraphSubscribedSku[],
  startedOn: IsoDate,
): Subscription[] {
  return skus.flatMap(sku => {
    const offer = findOfferBySku(sku.skuPartNumber)
    if (!offer) return []
    const state = stateOf(sku)
    return [
      {
        id: sku.skuId,
        tenantId,
        offerId: offer.id,
        seats: sku.prepaidUnits.enabled + sku.prepaidUnits.warning,
        assignedSeats: sku.consumedUnits,
        state,
        startedOn,
        trialEndsOn: null,
        cancelledOn: null,
      },
    ]
  })
}

export interface TenantSources {
  readonly customer: GraphDelegatedAdminCustomer
  readonly organization: GraphOrganization
  readonly skus: readonly GraphSubscribedSku[]
  readonly domains: readonly GraphDomain[]
}

/** A client tenant from what Graph says of it: its GDAP name, its organization, its SKUs and domains. */
export function tenantFromGraph({ customer, organization, skus, domains }: TenantSources): TenantWithSubscriptions {
  const createdAt = organization.createdDateTime ?? new Date(0).toISOString()
  return {
    tenant: {
      id: customer.tenantId,
      companyName: customer.displayName ?? organization.displayName ?? customer.tenantId,
      contact: {
        name: '',
        email: organization.technicalNotificationMails[0] ?? '',
        phone: organization.businessPhones[0] ?? '',
      },
      country: organization.countryLetterCode ?? '',
      language: (organization.preferredLanguage ?? '').split('-')[0] ?? '',
      domains: domains.map(domain => ({
        name: domain.id,
        isInitial: domain.isInitial,
        isDefault: domain.isDefault,
        verified: domain.isVerified,
      })),
      createdAt,
    },
    subscriptions: subscriptionsFromSkus(customer.tenantId, skus, createdAt.slice(0, 10)),
  }
}
