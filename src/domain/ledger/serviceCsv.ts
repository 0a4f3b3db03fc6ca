import type { ServiceRecord } from './services'
import { escapeFormula } from '../activityLog'
import { decimalAmount, serviceAmount, serviceDate } from './services'

/** The export's columns, in order; amounts are decimal numbers a spreadsheet can add up. */
export const SERVICE_CSV_COLUMNS = [
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
export type ServiceCsvColumn = (typeof SERVICE_CSV_COLUMNS)[number]

/** The words an export uses, in the person's language: the interface supplies them. */
export interface ServiceCsvText {
  readonly tenant: (tenantId: string) => string
  readonly kind: (service: ServiceRecord) => string
  readonly status: (service: ServiceRecord) => string
  readonly unit: (service: ServiceRecord) => string
  readonly billing: (service: ServiceRecord) => string
}

/** One row per service, every cell formula-safe (a description may start with "=" or "+"). */
export function serviceCsvRows(
  services: readonly ServiceRecord[],
  text: ServiceCsvText,
): Record<ServiceCsvColumn, string>[] {
  return services.map(service => {
    const row: Record<ServiceCsvColumn, string> = {
      tenant: text.tenant(service.tenantId),
      date: serviceDate(service),
      kind: text.kind(service),
      description: service.description,
      status: text.status(service),
      quantity: String(service.quantity),
      unit: text.unit(service),
      // Plain decimals, no currency sign or grouping for a spreadsheet to trip on.
      unitPrice: decimalAmount(service.unitPriceMinor, service.currency),
      amount: decimalAmount(serviceAmount(service).minor, service.currency),
      currency: service.currency,
      billing: text.billing(service),
      technician: service.technician,
    }
    return Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, escapeFormula(cell)])) as Record<
      ServiceCsvColumn,
      string
    >
  })
}

/** `services-2025-03-10.csv`. */
export function serviceCsvFileName(date: string): string {
  return `services-${date}.csv`
}
