import type { BackendAction, UnavailableReason } from '@/backends/backend'
import { useI18n } from 'vue-i18n'
import { useBackend } from '@/backends/current'

/**
 * Whether the backend can do some actions, and the sentence that says why not: the one place a
 * view asks, so nothing offers (or even tries) what the backend declares unavailable.
 */
export function useBackendCapability() {
  const { t } = useI18n()
  const { capabilities } = useBackend()

  function can(...actions: readonly BackendAction[]): boolean {
    return actions.every(action => capabilities.action(action).available)
  }

  /** `Not available on Microsoft 365: <reason>`. */
  function because(reason: UnavailableReason): string {
    return t('backend.unavailable.title', { reason: t(`backend.unavailable.${reason}`) })
  }

  /** The sentence for each distinct reason among the actions; '' when all are available. */
  function whyNot(...actions: readonly BackendAction[]): string {
    const reasons = new Set(
      actions.flatMap(action => {
        const capability = capabilities.action(action)
        return capability.available ? [] : [capability.reason]
      }),
    )
    return [...reasons].map(because).join(' ')
  }

  return { can, whyNot, because }
}
