import type { UnparseConfig } from 'papaparse'
import Papa from 'papaparse'
import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { csvDecimal, csvDelimiter, languageCsvDialect } from '@/domain/csvDialect'
import { useDisplayStore } from '@/stores/display'

/**
 * The CSV dialect exports are written in: the one Settings names, else the console's language's
 * (French: semicolons and decimal commas, as French Excel opens them).
 */
export function useCsvDialect() {
  const { locale } = useI18n()
  const { csv } = storeToRefs(useDisplayStore())
  const dialect = computed(() => (csv.value === 'auto' ? languageCsvDialect(locale.value) : csv.value))

  /** Papa's `unparse` with the dialect's delimiter. */
  function unparse(data: Parameters<typeof Papa.unparse>[0], config: UnparseConfig = {}): string {
    return Papa.unparse(data, { ...config, delimiter: csvDelimiter(dialect.value) })
  }

  /** A plain decimal ("45.00") as the dialect writes it. */
  function decimal(value: string): string {
    return csvDecimal(value, dialect.value)
  }

  return { dialect, unparse, decimal }
}
