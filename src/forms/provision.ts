import type { OfferId } from '@/domain/catalogue'
import type { BillingChoice, OfferLine, ProvisionRequest } from '@/domain/tenant/provisioning'
import type { ValidationIssue } from '@/domain/validation'
import { catalogue } from '@/domain/catalogue'
import { validateOfferLines } from '@/domain/tenant/provisioning'
import {
  validateCompanyName,
  validateContactName,
  validateDomainPrefix,
  validateEmail,
  validatePhone,
} from '@/domain/validation'

/** What the person has typed so far; seat counts stay text until they are checked. */
export interface ProvisionForm {
  companyName: string
  contactName: string
  contactEmail: string
  contactPhone: string
  country: string
  language: string
  domainPrefix: string
  /** True once the person edits the prefix: from then on it no longer follows the company name. */
  domainPrefixEdited: boolean
  selectedOffers: OfferId[]
  seats: Record<OfferId, string>
  billing: BillingChoice
  /** The partner baseline to start from, or '' for Microsoft's defaults. */
  baselineId: string
}

export type ProvisionStep = 'company' | 'domain' | 'offers' | 'review'
export const PROVISION_STEPS: readonly ProvisionStep[] = ['company', 'domain', 'offers', 'review']

export function emptyProvisionForm(): ProvisionForm {
  return {
    companyName: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    country: 'FR',
    language: 'fr',
    domainPrefix: '',
    domainPrefixEdited: false,
    selectedOffers: [],
    seats: Object.fromEntries(catalogue.offers.map(offer => [offer.id, String(offer.minimumSeats)])) as Record<
      OfferId,
      string
    >,
    billing: 'paid',
    baselineId: '',
  }
}

/** Blank is "required" and anything not a number is "not a whole number", before the domain's range rules. */
function parseSeats(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? Number.NaN : Number(trimmed.replace(/\s/g, ''))
}

export function offerLines(form: ProvisionForm): OfferLine[] {
  return form.selectedOffers.map(offerId => ({ offerId, seats: parseSeats(form.seats[offerId]) }))
}

export function toProvisionRequest(form: ProvisionForm): ProvisionRequest & { baselineId: string | null } {
  return {
    baselineId: form.baselineId || null,
    companyName: form.companyName,
    contactName: form.contactName,
    contactEmail: form.contactEmail,
    contactPhone: form.contactPhone,
    country: form.country,
    language: form.language,
    domainPrefix: form.domainPrefix,
    lines: offerLines(form),
    billing: form.billing,
  }
}

function seatTextIssues(form: ProvisionForm): ValidationIssue[] {
  return form.selectedOffers
    .filter(offerId => form.seats[offerId].trim() !== '' && Number.isNaN(parseSeats(form.seats[offerId])))
    .map(offerId => ({ field: `seats.${offerId}`, code: 'notWholeNumber' }))
}

/** The domain's checks for the fields on one step, so a step can't be left with a known problem. */
export function stepIssues(
  step: ProvisionStep,
  form: ProvisionForm,
  takenPrefixes: ReadonlySet<string>,
): ValidationIssue[] {
  switch (step) {
    case 'company':
      return [
        ...validateCompanyName(form.companyName),
        ...validateContactName(form.contactName),
        ...validateEmail(form.contactEmail),
        ...validatePhone(form.contactPhone),
      ]
    case 'domain':
      return validateDomainPrefix(form.domainPrefix, takenPrefixes)
    case 'offers': {
      const textIssues = seatTextIssues(form)
      const flagged = new Set(textIssues.map(issue => issue.field))
      return [
        ...textIssues,
        ...validateOfferLines(offerLines(form), form.billing).filter(issue => !flagged.has(issue.field)),
      ]
    }
    case 'review':
      return []
  }
}

/** Which step shows a field, to send the person back to the first problem the backend found. */
export function stepOfField(field: string): ProvisionStep {
  if (field === 'domainPrefix') return 'domain'
  if (field === 'offers' || field === 'billing' || field === 'baselineId' || field.startsWith('seats.')) return 'offers'
  return 'company'
}
