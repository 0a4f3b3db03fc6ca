import type { AddOn, AddOnBilling, AddOnInput, AddOnKind, AddOnUnit, MailSource } from '@/domain/ledger/addOns'
import type { ValidationIssue } from '@/domain/validation'
import { decimalAmount, parseUnitPrice, validateAddOnInput } from '@/domain/ledger/addOns'
import { minorDigits } from '@/domain/pricing/priceList'

/** The service form as typed: numbers and dates stay text until the form is sent. */
export interface ServiceForm {
  kind: AddOnKind
  description: string
  quantity: string
  unit: AddOnUnit
  unitPrice: string
  billing: AddOnBilling
  mailSource: MailSource | ''
  quotedOn: string
  startOn: string
  deliveredOn: string
  technician: string
  notes: string
}

/** What a service is and costs, as typed: the part of the form the ledger and the quotes share. */
export type ServiceLineForm = Pick<
  ServiceForm,
  'kind' | 'description' | 'quantity' | 'unit' | 'unitPrice' | 'billing' | 'mailSource'
>

export function emptyServiceForm(today: string): ServiceForm {
  return {
    kind: 'installation',
    description: '',
    quantity: '1',
    unit: 'days',
    unitPrice: '',
    billing: 'oneOff',
    mailSource: '',
    quotedOn: today,
    startOn: '',
    deliveredOn: '',
    technician: '',
    notes: '',
  }
}

/** A stored service back in the form, its price written with a point and the currency's decimals. */
export function serviceForm(service: AddOn): ServiceForm {
  return {
    kind: service.kind,
    description: service.description,
    quantity: String(service.quantity),
    unit: service.unit,
    unitPrice: decimalAmount(service.unitPriceMinor, service.currency),
    billing: service.billing,
    mailSource: service.mailSource ?? '',
    quotedOn: service.quotedOn,
    startOn: service.startOn ?? '',
    deliveredOn: service.deliveredOn ?? '',
    technician: service.technician,
    notes: service.notes,
  }
}

/**
 * A typed quantity and unit price read as numbers, with what the form itself can tell is wrong
 * (a price that isn't one, a quantity that isn't a number): shared by the ledger and the quotes.
 */
export function readServiceAmounts(
  quantity: string,
  unitPrice: string,
  currency: string,
): { quantity: number; unitPriceMinor: number; issues: ValidationIssue[] } {
  const price = parseUnitPrice(unitPrice, minorDigits(currency))
  const quantityText = quantity.trim().replace(',', '.')
  const read = quantityText === '' ? Number.NaN : Number(quantityText)
  return {
    quantity: read,
    unitPriceMinor: 'minor' in price ? price.minor : 0,
    issues: [
      ...('issue' in price ? [price.issue] : []),
      ...(quantityText !== '' && Number.isNaN(read) ? [{ field: 'quantity', code: 'notNumber' } as const] : []),
    ],
  }
}

/**
 * The form's own readings replace the domain's issues on the same field ("required" when something unreadable was
 * typed).
 */
export function withOwnIssues(domain: readonly ValidationIssue[], own: readonly ValidationIssue[]): ValidationIssue[] {
  return [...domain.filter(issue => !own.some(mine => mine.field === issue.field)), ...own]
}

/**
 * The form as a service input priced in `currency`, with what the form itself can tell is wrong (a price that isn't
 * one).
 */
export function toServiceInput(form: ServiceForm, currency: string): { input: AddOnInput; issues: ValidationIssue[] } {
  const amounts = readServiceAmounts(form.quantity, form.unitPrice, currency)
  const input: AddOnInput = {
    kind: form.kind,
    description: form.description,
    quantity: amounts.quantity,
    unit: form.unit,
    unitPriceMinor: amounts.unitPriceMinor,
    billing: form.billing,
    mailSource: form.mailSource === '' ? null : form.mailSource,
    quotedOn: form.quotedOn,
    startOn: form.startOn === '' ? null : form.startOn,
    deliveredOn: form.deliveredOn === '' ? null : form.deliveredOn,
    technician: form.technician,
    notes: form.notes,
  }
  return { input, issues: withOwnIssues(validateAddOnInput(input, currency), amounts.issues) }
}
