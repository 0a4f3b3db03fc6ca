import type { OfferId } from '@/domain/catalogue'
import type { IsoDate } from '@/domain/dates'
import type { AgreementAcceptance, PostalAddress } from '@/domain/tenant/postalAddress'
import type { BillingChoice, OfferLine, ProvisionRequest } from '@/domain/tenant/provisioning'
import type { ValidationIssue } from '@/domain/validation'
import { catalogue } from '@/domain/catalogue'
import {
  emptyAgreement,
  emptyPostalAddress,
  splitPersonName,
  validateAgreement,
  validatePostalAddress,
} from '@/domain/tenant/postalAddress'
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
  address: { -readonly [K in keyof PostalAddress]: PostalAddress[K] }
  agreement: { -readonly [K in keyof AgreementAcceptance]: AgreementAcceptance[K] }
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

export type ProvisionStep = 'company' | 'address' | 'domain' | 'offers' | 'review'
export const PROVISION_STEPS: readonly ProvisionStep[] = ['company', 'address', 'domain', 'offers', 'review']

/** A blank form; the agreement's date starts as `today`, the day a partner usually records it. */
export function emptyProvisionForm(today: IsoDate): ProvisionForm {
  return {
    companyName: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    country: 'FR',
    address: emptyPostalAddress(),
    agreement: emptyAgreement(today),
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
    address: { ...form.address },
    agreement: { ...form.agreement },
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
  today: IsoDate,
): ValidationIssue[] {
  switch (step) {
    case 'company':
      return [
        ...validateCompanyName(form.companyName),
        ...validateContactName(form.contactName),
        ...validateEmail(form.contactEmail),
        ...validatePhone(form.contactPhone),
      ]
    case 'address':
      return [...validatePostalAddress(form.address, form.country), ...validateAgreement(form.agreement, today)]
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
  if (field.startsWith('address.') || field.startsWith('agreement.')) return 'address'
  if (field === 'offers' || field === 'billing' || field === 'baselineId' || field.startsWith('seats.')) return 'offers'
  return 'company'
}

/**
 * The agreement's signatory starts as the company's contact (most often the same person), once, while its fields are
 * still empty; the person can change it.
 */
export function withContactAsSignatory(form: ProvisionForm): void {
  const { agreement } = form
  if (agreement.firstName || agreement.lastName || agreement.email) return
  if (form.contactName.trim()) Object.assign(agreement, splitPersonName(form.contactName))
  agreement.email = form.contactEmail.trim()
  agreement.phone ||= form.contactPhone.trim()
}
