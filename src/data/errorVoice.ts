import type { ValidationIssue } from '@/domain/validation'
import { useI18n } from 'vue-i18n'
import { ConsoleUnavailable, isBackendError, type BackendErrorCode } from '@/backends/backend'
import { relayRefusalIn } from '@/backends/relay/relayRefusal'
import { useValidationMessages } from '@/composables/useValidationMessages'

/** Where a refusal that belongs to no field is kept, so a form shows it once, beside its buttons. */
export const FORM_ERROR = 'form'

/** What a person is told went wrong: a backend's code, a tenant asking for a sign-in, or anything else. */
export type ErrorVoiceCode = BackendErrorCode | 'signInNeeded' | 'unexpected'

/** What was being done when it failed, said before the reason ("It couldn't be saved."). */
export type FailedAction = 'load' | 'save' | 'delete'

/**
 * A client tenant that wants the technician at its own authority again. The Graph adapter's
 * errors carry these names, which survive minifying and the Graph SDK rebuilding errors.
 */
const SIGN_IN_ERRORS = new Set(['TenantSignInNeeded', 'TenantConsentNeeded'])

function needsSignIn(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (SIGN_IN_ERRORS.has(current.name)) return true
  }
  return false
}

/**
 * Whether a storage failure is the browser's quota: the name survives Dexie wrapping it
 * (`inner`) or an adapter rethrowing it (`cause`), so each door says the same thing.
 */
function isQuotaFull(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true
    const { cause, inner } = current as { cause?: unknown; inner?: unknown }
    current = inner ?? cause
  }
  return false
}

/** The one rule that names a failure: every message the console shows for one starts here. */
export function errorVoiceCode(error: unknown): ErrorVoiceCode {
  if (isBackendError(error)) return error.code
  if (needsSignIn(error)) return 'signInNeeded'
  return 'unexpected'
}

/** The fields a validation refusal names (none for any other failure), for a form that shows each on its own step. */
export function validationIssues(error: unknown): readonly ValidationIssue[] {
  return isBackendError(error, 'validation') ? error.issues : []
}

/** Codes that another attempt can't fix: the input, the tenant's offers or the data source must change first. */
const FINAL_CODES = new Set<ErrorVoiceCode>([
  'validation',
  'consoleUnavailable',
  'featureUnavailable',
  'unsupported',
  'invalidImport',
  'pending',
])

/** Whether trying the same thing again may work (a busy service, a blocked storage, a lost connection). */
export function retryMayHelp(error: unknown): boolean {
  return !FINAL_CODES.has(errorVoiceCode(error))
}

/**
 * The console's one voice for failures: any error, from any backend, becomes the sentence a
 * person reads, in their language. A validation refusal speaks through its first issue; forms
 * take `byField` to put each refusal next to the field that caused it.
 */
export function useErrorVoice() {
  const { t } = useI18n()
  const validation = useValidationMessages()

  /**
   * The partner relay's correlation id after a failure it took part in, what its log and
   * Microsoft's support find the call by; nothing for any other failure.
   */
  function reference(error: unknown): string {
    const id = relayRefusalIn(error)?.correlationId
    return id ? ` ${t('errors.reference', { id })}` : ''
  }

  /** Why it failed, in one sentence; with `action`, what failed is said first. */
  function say(error: unknown, action?: FailedAction): string {
    const code = errorVoiceCode(error)
    const firstIssue = isBackendError(error, 'validation') ? error.issues[0] : undefined
    // A full storage says what to free, whichever screen met it; other storage refusals share the code's sentence.
    const reason = firstIssue
      ? validation.message(firstIssue)
      : code === 'storage' && isQuotaFull(error)
        ? t('errors.storageFull')
        : error instanceof ConsoleUnavailable
          ? t(`errors.noConsole.${error.reason}`)
          : relayRefusalIn(error)?.envelope.code === 'appPermissionMissing'
            ? t('errors.appPermissionMissing')
            : relayRefusalIn(error)?.envelope.code === 'roleMissing'
              ? t('errors.roleMissing')
              : t(`errors.code.${code}`)
    return (action ? `${t(`errors.action.${action}`)} ${reason}` : reason) + reference(error)
  }

  /** Each refusal by the field it belongs to; what belongs to no field is under `FORM_ERROR`. */
  function byField(error: unknown): Record<string, string> {
    if (isBackendError(error, 'validation') && error.issues.length > 0) {
      const messages = validation.byField(error.issues)
      return Object.fromEntries(Object.entries(messages).map(([field, text]) => [field, text + reference(error)]))
    }
    return { [FORM_ERROR]: say(error) }
  }

  return { say, byField }
}
