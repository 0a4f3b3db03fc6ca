import type { BackendAction, Capability, UnavailableReason } from '@/backends/backend'
import type { SettingKey } from '@/domain/console/settings'
import { useI18n } from 'vue-i18n'
import { useBackend } from '@/backends/current'
import { INITIAL_DOMAIN_SUFFIX } from '@/domain/catalogue'

export type { BackendAction, Capability, UnavailableReason } from '@/backends/backend'

/** Whether the backend can do one action, and why not when it can't (no translation: a view's own words follow). */
export function capabilityOf(action: BackendAction): Capability {
  return useBackend().capabilities.action(action)
}

/** Whether a tenant-wide setting can be read and changed on this backend. */
export function settingCapabilityOf(key: SettingKey): Capability {
  return useBackend().capabilities.setting(key)
}

/**
 * How a user import lands here: in one transaction (`allOrNothing`), or row by row where the
 * service has none (Microsoft 365), so some rows may be created while others are refused.
 */
export function userImportMode(): 'allOrNothing' | 'rowByRow' {
  return useBackend().capabilities.userImport ?? 'allOrNothing'
}

/** The suffix a new tenant's initial domain gets: BPOS's on the demo, `onmicrosoft.com` on Microsoft 365. */
export function initialDomainSuffix(): string {
  return useBackend().initialDomainSuffix ?? INITIAL_DOMAIN_SUFFIX
}

/**
 * Whether the backend can do some actions, and the sentence that says why not: the one place the
 * console asks, so nothing offers (or even tries) what the backend declares unavailable.
 */
export function useCapabilities() {
  const { t } = useI18n()

  function can(...actions: readonly BackendAction[]): boolean {
    return actions.every(action => capabilityOf(action).available)
  }

  /** `Not available on Microsoft 365: <reason>`. */
  function because(reason: UnavailableReason): string {
    return t('backend.unavailable.title', { reason: t(`backend.unavailable.${reason}`) })
  }

  /** The sentence for each distinct reason among the actions; '' when all are available. */
  function whyNot(...actions: readonly BackendAction[]): string {
    const reasons = new Set(
      actions.flatMap(action => {
        const capability = capabilityOf(action)
        return capability.available ? [] : [capability.reason]
      }),
    )
    return [...reasons].map(because).join(' ')
  }

  return { can, whyNot, because }
}
