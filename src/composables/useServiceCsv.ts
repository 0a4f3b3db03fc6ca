import type { AddOn } from '@/domain/ledger/addOns'
import { useI18n } from 'vue-i18n'
import { ADD_ON_CSV_COLUMNS, addOnCsvRows } from '@/domain/ledger/addOnCsv'
import { downloadCsv } from './csvFile'
import { useCsvDialect } from './useCsvDialect'

/** Downloads services as a CSV file whose headers and words are in the interface's language. */
export function useServiceCsv() {
  const { t } = useI18n()
  const { unparse, decimal } = useCsvDialect()
  // Numbers a spreadsheet adds up: written with the dialect's decimal mark.
  const NUMERIC = new Set<string>(['quantity', 'unitPrice', 'amount'])

  function download(services: readonly AddOn[], tenantNames: ReadonlyMap<string, string>, fileName: string): void {
    const rows = addOnCsvRows(services, {
      tenant: id => tenantNames.get(id) ?? id,
      kind: service => t(`services.kinds.${service.kind}`),
      status: service => t(`services.statuses.${service.status}`),
      unit: service => t(`services.units.${service.unit}`, service.quantity),
      billing: service => t(`services.billing.${service.billing}`),
    })
    const fields = ADD_ON_CSV_COLUMNS.map(column => t(`services.csv.${column}`))
    downloadCsv(
      unparse({
        fields,
        data: rows.map(row =>
          ADD_ON_CSV_COLUMNS.map(column => (NUMERIC.has(column) ? decimal(row[column]) : row[column])),
        ),
      }),
      fileName,
    )
  }

  return { download }
}
