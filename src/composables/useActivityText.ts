import type { ActivityEntry } from '@/domain/activityLog'
import { useI18n } from 'vue-i18n'
import { isOfferId } from '@/domain/catalogue'

/** One sentence per logged change, in the interface's language, from its action code and details. */
export function useActivityText() {
  const { t, te } = useI18n()

  return (entry: ActivityEntry): string => {
    const key = `activity.${entry.action}`
    if (!te(key)) return entry.action
    // Offer ids in the details (`standard-suite`) read as the offer's name in the person's language.
    const details = Object.fromEntries(
      Object.entries(entry.details).map(([name, value]) => [
        name,
        typeof value === 'string' && isOfferId(value) ? t(`offers.${value}.name`) : value,
      ]),
    )
    return t(key, details)
  }
}
