import type { ActivityEntry } from '@/domain/tenant'
import { useI18n } from 'vue-i18n'

/** One sentence per logged change, in the interface's language, from its action code and details. */
export function useActivityText() {
  const { t, te } = useI18n()

  return (entry: ActivityEntry): string => {
    const key = `activity.${entry.action}`
    return te(key) ? t(key, { ...entry.details }) : entry.action
  }
}
