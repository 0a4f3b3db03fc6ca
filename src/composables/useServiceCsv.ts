import type { AddOn } from '@/domain/ledger/addOns'
import Papa from 'papaparse'
import { useI18n } from 'vue-i18n'
import { ADD_ON_CSV_COLUMNS, addOnCsvRows } from '@/domain/ledger/addOnCsv'
import { downloadCsv } from './csvFile'

/** Downloads services as a CSV file whose headers and words are in the interface's language. */
export function useServiceCsv() {
  const { t } = useI18n()

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
      Papa.unparse({ fields, data: rows.map(row => ADD_ON_CSV_COLUMNS.map(column => row[column])) }),
      fileName,
    )
  }

  return { download }
}
