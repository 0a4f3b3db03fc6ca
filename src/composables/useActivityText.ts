import type { ActivityEntry } from '@/domain/activityLog'
import { useI18n } from 'vue-i18n'
import { isOfferId } from '@/domain/catalogue'

/** A logged change's sentence, in parts: its message, the values it names, and which of them people typed. */
export interface ActivitySentence {
  /** The message key, or null for an action this console doesn't know (the code is shown as it is). */
  readonly key: string | null
  readonly params: Readonly<Record<string, string | number>>
  /** Params holding text people typed (a company or user name), which the page isolates in `<bdi>`. */
  readonly typed: readonly string[]
}

/** One sentence per logged change, in the interface's language, from its action code and details. */
export function useActivityText() {
  const { t, te } = useI18n()

  function sentence(entry: ActivityEntry): ActivitySentence {
    const key = `activity.${entry.action}`
    if (!te(key)) return { key: null, params: {}, typed: [] }
    const typed: string[] = []
    // Offer ids in the details (`standard-suite`) read as the offer's name in the person's language.
    const params = Object.fromEntries(
      Object.entries(entry.details).map(([name, value]) => {
        if (typeof value === 'string' && isOfferId(value)) return [name, t(`offers.${value}.name`)]
        if (typeof value === 'string') typed.push(name)
        return [name, value]
      }),
    )
    return { key, params, typed }
  }

  /** The sentence as plain text (a CSV cell). */
  function describe(entry: ActivityEntry): string {
    const { key, params } = sentence(entry)
    return key === null ? entry.action : t(key, params)
  }

  return { sentence, describe }
}
