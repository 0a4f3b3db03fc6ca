import type { ValidationIssue } from '@/domain/validation'
import { useI18n } from 'vue-i18n'
import { isBackendError } from '@/backends/backend'
import { useValidationMessages } from './useValidationMessages'

/** Where a refusal that belongs to no field (console closed, storage, a user gone) is kept. */
export const FORM_ERROR = 'form'

/**
 * Validation messages for users: the domain names a licence by its offer id, the person reads the
 * offer's name. Also turns any refusal into messages by field, so each one sits by its cause.
 */
export function useUserMessages() {
  const { t } = useI18n()
  const { message } = useValidationMessages()

  function issueMessage(issue: ValidationIssue): string {
    const offer = issue.params?.offer
    return message(
      offer === undefined ? issue : { ...issue, params: { ...issue.params, offer: t(`offers.${offer}.name`) } },
    )
  }

  function byField(issues: readonly ValidationIssue[]): Record<string, string> {
    const messages: Record<string, string> = {}
    for (const issue of issues) messages[issue.field] ??= issueMessage(issue)
    return messages
  }

  function refusal(error: unknown): Record<string, string> {
    if (isBackendError(error, 'validation') || isBackendError(error, 'featureUnavailable')) return byField(error.issues)
    if (isBackendError(error, 'consoleUnavailable')) return { [FORM_ERROR]: t('tenant.console.unavailable') }
    if (isBackendError(error, 'notFound')) return { [FORM_ERROR]: t('users.gone') }
    return { [FORM_ERROR]: t('tenant.settings.saveFailed') }
  }

  return { issueMessage, byField, refusal }
}
