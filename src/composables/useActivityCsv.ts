import type { ActivityEntry } from '@/domain/tenant'
import Papa from 'papaparse'
import { useI18n } from 'vue-i18n'
import { ACTIVITY_CSV_COLUMNS, activityCsvRows } from '@/domain/activityLog'
import { useActivityChangeText } from './useActivityChangeText'
import { useActivityText } from './useActivityText'

/** Downloads activity entries as a CSV file in the interface's language, one line per change. */
export function useActivityCsv() {
  const { t } = useI18n()
  const describe = useActivityText()
  const { field, value } = useActivityChangeText()

  function toCsv(entries: readonly ActivityEntry[]): string {
    const rows = activityCsvRows(entries, { area: area => t(`activityLog.areas.${area}`), what: describe, field, value })
    return Papa.unparse(rows, { columns: [...ACTIVITY_CSV_COLUMNS] })
  }

  function download(entries: readonly ActivityEntry[], fileName: string): void {
    // The byte-order mark tells Excel the file is UTF-8, so "Dupré" doesn't turn into "DuprÃ©".
    const blob = new Blob(['\uFEFF', toCsv(entries)], { type: 'text/csv;charset=utf-8' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = fileName
    link.click()
    URL.revokeObjectURL(link.href)
  }

  return { download }
}
