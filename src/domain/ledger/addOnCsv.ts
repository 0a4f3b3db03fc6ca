import type { AddOn } from './addOns'
import { escapeFormulaRow } from '../csvCells'
import { addOnAmount, addOnDate, decimalAmount } from './addOns'

/** The export's columns, in order; amounts are decimal numbers a spreadsheet can add up. */
export const ADD_ON_CSV_COLUMNS = [
  'tenant',
  'date',
  'kind',
  'description',
  'status',
  'quantity',
  'unit',
  'unitPrice',
  'amount',
  'currency',
  'billing',
  'technician',
] as const
export type AddOnCsvColumn = (typeof ADD_ON_CSV_COLUMNS)[number]

/** The words an export uses, in the person's language: the interface supplies them. */
export interface AddOnCsvText {
  readonly tenant: (tenantId: string) => string
  readonly kind: (service: AddOn) => string
  readonly status: (service: AddOn) => string
  readonly unit: (service: AddOn) => string
  readonly billing: (service: AddOn) => string
}

/** One row per service, every cell formula-safe (a description may start with "=" or "+"). */
export function addOnCsvRows(services: readonly AddOn[], text: AddOnCsvText): Record<AddOnCsvColumn, string>[] {
  return services.map(service => {
    const row: Record<AddOnCsvColumn, string> = {
      tenant: text.tenant(service.tenantId),
      date: addOnDate(service),
      kind: text.kind(service),
      description: service.description,
      status: text.status(service),
      quantity: String(service.quantity),
      unit: text.unit(service),
      // Plain decimals, no currency sign or grouping for a spreadsheet to trip on.
      unitPrice: decimalAmount(service.unitPriceMinor, service.currency),
      amount: decimalAmount(addOnAmount(service).minor, service.currency),
      currency: service.currency,
      billing: text.billing(service),
      technician: service.technician,
    }
    return escapeFormulaRow(row as Record<AddOnCsvColumn, string>)
  })
}

/** `services-2025-03-10.csv`. */
export function addOnCsvFileName(date: string): string {
  return `services-${date}.csv`
}
