import type { ActivityEntry } from '@/domain/activityLog'
import { useI18n } from 'vue-i18n'
import { ACTIVITY_CSV_COLUMNS, activityCsvRows } from '@/domain/activityLog'
import { downloadCsv } from './csvFile'
import { useCsvDialect } from './useCsvDialect'
import { useActivityChangeText } from './useActivityChangeText'
import { useActivityText } from './useActivityText'

/** Downloads activity entries as a CSV file in the interface's language, one line per change. */
export function useActivityCsv() {
  const { t } = useI18n()
  const { describe } = useActivityText()
  const { field, value } = useActivityChangeText()
  const { unparse } = useCsvDialect()

  function toCsv(entries: readonly ActivityEntry[]): string {
    const rows = activityCsvRows(entries, {
      area: area => t(`activityLog.areas.${area}`),
      what: describe,
      field,
      value,
    })
    return unparse(rows, { columns: [...ACTIVITY_CSV_COLUMNS] })
  }

  function download(entries: readonly ActivityEntry[], fileName: string): void {
    downloadCsv(toCsv(entries), fileName)
  }

  return { download }
}
