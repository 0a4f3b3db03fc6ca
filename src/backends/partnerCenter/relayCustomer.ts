import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import { trimmedAddress } from '@/domain/tenant/postalAddress'

/** Microsoft 365's initial domains: Partner Center creates `<prefix>.onmicrosoft.com`. */
export const MICROSOFT_INITIAL_DOMAIN_SUFFIX = 'onmicrosoft.com'

export function initialDomainOf(prefix: string): string {
  return `${prefix.trim()}.${MICROSOFT_INITIAL_DOMAIN_SUFFIX}`
}

/**
 * The relay's `POST /api/customers` body (relay/src/partnerCenter/customers.ts) for a provisioning request the domain
 * accepted: the address in Partner Center's names, the agreement's signatory as the customer's contact, and a line per
 * offer by the console's own offer id, which the relay maps to the catalogue item of the country by product and SKU.
 * Monthly, billed monthly: the term the console sells.
 */
export function customerBody(request: ProvisionRequest, customerId?: string) {
  const address = trimmedAddress(request.address)
  const { agreement } = request
  return {
    ...(customerId ? { customerId } : {}),
    domain: initialDomainOf(request.domainPrefix),
    companyName: request.companyName.trim(),
    email: request.contactEmail.trim(),
    culture: `${request.language}-${request.country}`,
    language: request.language,
    address: {
      addressLine1: address.addressLine1,
      ...(address.addressLine2 ? { addressLine2: address.addressLine2 } : {}),
      city: address.city,
      ...(address.state ? { state: address.state } : {}),
      postalCode: address.postalCode,
      country: request.country,
    },
    contact: {
      firstName: agreement.firstName.trim(),
      lastName: agreement.lastName.trim(),
      email: agreement.email.trim(),
      ...(agreement.phone.trim() ? { phoneNumber: agreement.phone.trim() } : {}),
    },
    dateAgreed: agreement.dateAgreed,
    lines: request.lines.map(line => ({
      offerId: line.offerId,
      seats: line.seats,
      termDuration: 'P1M',
      billingCycle: 'monthly',
    })),
  }
}

const FIELDS: Readonly<Record<string, string>> = {
  domain: 'domainPrefix',
  companyName: 'companyName',
  email: 'contactEmail',
  culture: 'language',
  language: 'language',
  'address.country': 'country',
  'contact.firstName': 'agreement.firstName',
  'contact.lastName': 'agreement.lastName',
  'contact.email': 'agreement.email',
  'contact.phoneNumber': 'agreement.phone',
  // Partner Center refused the agreement's record: about who accepted it, or when.
  contact: 'agreement.accepted',
  dateAgreed: 'agreement.dateAgreed',
  lines: 'offers',
}

/** The form's field for one the relay names: `address.postalCode` is the form's too, `lines[1].seats` an offer's. */
export function provisioningField(request: Pick<ProvisionRequest, 'lines'>) {
  return (relayField: string): string | undefined => {
    if (FIELDS[relayField]) return FIELDS[relayField]
    if (/^address\.(addressLine1|addressLine2|city|state|postalCode)$/.test(relayField)) return relayField
    const line = /^lines\[(\d+)\]\.(\w+)$/.exec(relayField)
    if (!line) return undefined
    const offerId = request.lines[Number(line[1])]?.offerId
    return line[2] === 'seats' && offerId ? `seats.${offerId}` : 'offers'
  }
}
