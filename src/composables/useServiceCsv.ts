import type { ServiceRecord } from '@/domain/ledger/services'
import Papa from 'papaparse'
import { useI18n } from 'vue-i18n'
import { SERVICE_CSV_COLUMNS, serviceCsvRows } from '@/domain/ledger/serviceCsv'
import { downloadCsv } from './csvFile'

/** Downloads services as a CSV file whose headers and words are in the interface's language. */
export function useServiceCsv() {
  const { t } = useI18n()

  function download(
    services: readonly ServiceRecord[],
    tenantNames: ReadonlyMap<string, string>,
    fileName: string,
  ): void {
    const rows = serviceCsvRows(services, {
      tenant: id => tenantNames.get(id) ?? id,
      kind: service => t(`services.kinds.${service.kind}`),
      status: service => t(`services.statuses.${service.status}`),
      unit: service => t(`services.units.${service.unit}`, service.quantity),
      billing: service => t(`services.billing.${service.billing}`),
    })
    const fields = SERVICE_CSV_COLUMNS.map(column => t(`services.csv.${column}`))
    downloadCsv(
      Papa.unparse({ fields, data: rows.map(row => SERVICE_CSV_COLUMNS.map(column => row[column])) }),
      fileName,
    )
  }

  return { download }
}
