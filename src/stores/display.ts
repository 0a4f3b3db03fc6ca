import type { CsvDialect } from '@/domain/csvDialect'
import type { ThemeChoice } from '@/theme'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { chooseTheme, storedTheme } from '@/theme'
import { readStored, writeStored } from '@/webStorage'

const CSV_KEY = 'bpos.csvDialect'

/** How CSV files are written: as the console's language expects (`auto`), or one dialect always. */
export type CsvChoice = 'auto' | CsvDialect

/**
 * How the console looks and writes its files in this browser: light, dark or the system's, and
 * the CSV dialect. Remembered in web storage, like the language.
 */
export const useDisplayStore = defineStore('display', () => {
  const theme = ref<ThemeChoice>(storedTheme())
  const stored = readStored(CSV_KEY)
  const csv = ref<CsvChoice>(stored === 'comma' || stored === 'semicolon' ? stored : 'auto')
  const systemDark = ref(false)
  if (typeof matchMedia === 'function') {
    const query = matchMedia('(prefers-color-scheme: dark)')
    systemDark.value = query.matches
    query.addEventListener('change', event => (systemDark.value = event.matches))
  }
  /** Whether the page is dark now (charts pick their colours by it). */
  const dark = computed(() => (theme.value === 'system' ? systemDark.value : theme.value === 'dark'))

  watch(theme, chooseTheme)
  watch(csv, choice => writeStored(CSV_KEY, choice))

  return { theme, csv, dark }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDisplayStore, import.meta.hot))
