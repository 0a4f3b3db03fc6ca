import type { OfferId } from './catalogue'
import type { IsoDate, Subscription } from './tenant'
import { TRIAL_DAYS } from './catalogue'
import { addDays } from './dates'

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
export const PROVISIONING_COUNTRIES = [
  'FR',
  'BE',
  'CH',
  'LU',
  'MC',
  'CA',
  'GB',
  'IE',
  'DE',
  'ES',
  'IT',
  'NL',
  'US',
] as const

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

/**
 * A subscription bought today: a trial counts today as its first day (its last is today + 29)
 * and is not a sale; a paid one is sold today, which its billing history records.
 */
export function newSubscription(
  line: { readonly id: string; readonly tenantId: string; readonly offerId: OfferId; readonly seats: number },
  billing: BillingChoice,
  today: IsoDate,
): Subscription {
  const trial = billing === 'trial'
  return {
    ...line,
    assignedSeats: 0,
    state: trial ? 'trial' : 'active',
    startedOn: today,
    trialEndsOn: trial ? addDays(today, TRIAL_DAYS - 1) : null,
    cancelledOn: null,
    billingEvents: trial ? [] : [{ on: today, kind: 'sold', seats: line.seats }],
  }
}
