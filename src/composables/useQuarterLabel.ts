import type { Quarter } from '@/domain/fees/feeCalendar'
import { useI18n } from 'vue-i18n'

/** A calendar quarter as the interface writes it: "Q2 2026", "T2 2026". */
export function useQuarterLabel() {
  const { t } = useI18n()
  return (quarter: Quarter) => t('dashboard.quarter', { quarter: quarter.quarter, year: quarter.year })
}
