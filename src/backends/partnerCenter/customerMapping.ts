import type { PartnerCenterCustomerRequest, PartnerCenterOrderRequest } from './partnerCenterTypes'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import { getOffer } from '@/domain/catalogue'

/** Microsoft 365's initial domains: Partner Center creates `<prefix>.onmicrosoft.com`. */
export const MICROSOFT_INITIAL_DOMAIN_SUFFIX = 'onmicrosoft.com'

export function initialDomainOf(prefix: string): string {
  return `${prefix.trim()}.${MICROSOFT_INITIAL_DOMAIN_SUFFIX}`
}

/**
 * Partner Center wants a first and a last name: the last word is the family name ("Élodie Dupré"), a single word is
 * both.
 */
export function splitContactName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/)
  const lastName = words.pop() ?? ''
  return { firstName: words.join(' ') || lastName, lastName }
}

/** The customer Partner Center creates for a provisioning request (already validated by the domain). */
export function customerRequest(request: ProvisionRequest): PartnerCenterCustomerRequest {
  return {
    companyProfile: { domain: initialDomainOf(request.domainPrefix) },
    billingProfile: {
      email: request.contactEmail.trim(),
      culture: `${request.language}-${request.country}`,
      language: request.language,
      companyName: request.companyName.trim(),
      defaultAddress: {
        country: request.country,
        ...splitContactName(request.contactName),
        phoneNumber: request.contactPhone.trim(),
      },
    },
  }
}

/** One order for every offer and its seats, each by the catalogue's Partner Center offer id. */
export function orderRequest(customerId: string, request: ProvisionRequest): PartnerCenterOrderRequest {
  return {
    referenceCustomerId: customerId,
    billingCycle: 'monthly',
    lineItems: request.lines.map((line, lineItemNumber) => ({
      lineItemNumber,
      offerId: getOffer(line.offerId).partnerCenterOfferId,
      quantity: line.seats,
      termDuration: 'P1M',
    })),
  }
}
