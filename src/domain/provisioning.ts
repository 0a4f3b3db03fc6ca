import type { OfferId } from './catalogue'

export type BillingChoice = 'trial' | 'paid'

export interface OfferLine {
  readonly offerId: OfferId
  readonly seats: number
}

/** What the provisioning form sends; every backend validates it with `validateProvisionRequest`. */
export interface ProvisionRequest {
  readonly companyName: string
  readonly contactName: string
  readonly contactEmail: string
  readonly contactPhone: string
  readonly country: string
  readonly language: string
  readonly domainPrefix: string
  readonly lines: readonly OfferLine[]
  readonly billing: BillingChoice
}

/** Countries offered when provisioning: where BPOS was sold first, France leading. */
export const PROVISIONING_COUNTRIES = ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'GB', 'IE', 'DE', 'ES', 'IT', 'NL', 'US'] as const

/** Languages a tenant's users can get. */
export const TENANT_LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'nl'] as const
