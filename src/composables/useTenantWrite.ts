import type { Tenant, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isBackendError } from '@/backends/backend'
import { useValidationMessages } from '@/composables/useValidationMessages'
import { useCurrentTenantStore } from '@/stores/currentTenant'

/** Where a refusal that belongs to no field (console closed, storage, a record gone) is kept. */
const FORM_ERROR = 'form'

/**
 * Runs one change to the open tenant (a subscription, a domain): says it is working, keeps each
 * refusal by the field that caused it, and hands the changed tenant to the store, so the header,
 * overview and tenant list follow at once. Each form has its own, so its errors stay its own.
 */
export function useTenantWrite() {
  const { t } = useI18n()
  const { byField } = useValidationMessages()
  const current = useCurrentTenantStore()
  const busy = ref(false)
  const errors = ref<Record<string, string>>({})

  function messagesFor(error: unknown): Record<string, string> {
    if (isBackendError(error, 'validation')) return byField(error.issues)
    if (isBackendError(error, 'consoleUnavailable')) return { [FORM_ERROR]: t('tenant.console.unavailable') }
    if (isBackendError(error, 'conflict')) return { [FORM_ERROR]: t('backend.conflict') }
    return { [FORM_ERROR]: t('tenant.settings.saveFailed') }
  }

  /**
   * Resolves to whether the change was saved (the reason it wasn't is in `errors`). `onSaved` runs
   * before the store takes the changed tenant, while the form is still there (a cancelled
   * subscription's card goes away with it).
   */
  async function run(
    write: () => Promise<TenantWithSubscriptions | Tenant>,
    onSaved?: (changed: TenantWithSubscriptions) => void,
  ): Promise<boolean> {
    busy.value = true
    errors.value = {}
    try {
      const changed = await write()
      // Domain writes return the tenant alone: its subscriptions are as they were.
      const next =
        'subscriptions' in changed ? changed : { tenant: changed, subscriptions: current.tenant?.subscriptions ?? [] }
      onSaved?.(next)
      await current.replaceTenant(next)
      return true
    } catch (error) {
      errors.value = messagesFor(error)
      // A record another tab removed: show the tenant as it now is.
      if (isBackendError(error, 'notFound') && current.tenant) await current.open(current.tenant.tenant.id)
      return false
    } finally {
      busy.value = false
    }
  }

  /** Shows what the form itself found wrong before asking the backend (a seat count that isn't a number). */
  function refuse(issues: readonly ValidationIssue[]): void {
    errors.value = byField(issues)
  }

  /** The first refusal for a field the form doesn't show itself, so no refusal goes unsaid. */
  function otherError(...shownFields: string[]): string {
    return Object.entries(errors.value).find(([field]) => !shownFields.includes(field))?.[1] ?? ''
  }

  return { run, refuse, busy, errors, otherError }
}
