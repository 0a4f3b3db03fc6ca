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

/**
 * A domain prefix to start from, derived from the company name ("Boulangerie Dupré & Fils" →
 * "boulangerie-dupre-fils"); the person can change it, and it is validated like any other.
 */
export function suggestDomainPrefix(companyName: string): string {
  return companyName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '')
}
