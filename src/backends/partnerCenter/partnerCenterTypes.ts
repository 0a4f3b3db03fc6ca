/**
 * The Partner Center REST shapes the console sends and reads (v1, camelCase as Partner Center
 * answers; it accepts either case): customers, orders and license-based subscriptions. Source:
 * learn.microsoft.com/partner-center/developer "Create a customer", "Create an order for a
 * customer", "Change the quantity of a subscription", "Partner Center REST error codes".
 */

export interface PartnerCenterAddress {
  readonly country: string
  readonly firstName: string
  readonly lastName: string
  readonly phoneNumber: string
}

export interface PartnerCenterCustomerRequest {
  /** The new tenant's initial domain, `<prefix>.onmicrosoft.com`. */
  readonly companyProfile: { readonly domain: string }
  readonly billingProfile: {
    readonly email: string
    /** e.g. `fr-FR`: the customer's language and country. */
    readonly culture: string
    readonly language: string
    readonly companyName: string
    readonly defaultAddress: PartnerCenterAddress
  }
}

export interface PartnerCenterCustomer {
  /** The customer's id: its Microsoft Entra tenant id. */
  readonly id: string
  readonly companyProfile: { readonly tenantId: string; readonly domain: string; readonly companyName: string }
  /** The new tenant's first administrator, as Partner Center made it (never kept by the console). */
  readonly userCredentials?: { readonly userName: string; readonly password: string }
}

export interface PartnerCenterOrderLineItem {
  readonly lineItemNumber: number
  /** The catalogue's `partnerCenterOfferId`. */
  readonly offerId: string
  readonly quantity: number
  /** New-commerce term: a month, renewed monthly, as BPOS billed. */
  readonly termDuration: 'P1M'
}

export interface PartnerCenterOrderRequest {
  readonly referenceCustomerId: string
  readonly billingCycle: 'monthly'
  readonly lineItems: readonly PartnerCenterOrderLineItem[]
}

export interface PartnerCenterOrder {
  readonly id: string
  readonly lineItems: readonly (PartnerCenterOrderLineItem & { readonly subscriptionId: string })[]
  readonly status: string
}

export interface PartnerCenterSubscription {
  readonly id: string
  readonly offerId: string
  readonly quantity: number
  /** `active`, `suspended` or `deleted`. */
  readonly status: string
  readonly [property: string]: unknown
}

/** Partner Center's error body. */
export interface PartnerCenterErrorBody {
  readonly code: number | string
  readonly description: string
}
