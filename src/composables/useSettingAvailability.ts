import type { TenantSettingsScope } from '@/components/tenant/tenantSettingsScope'
import type { UnavailableReason } from '@/data/capabilities'
import type { SettingAvailability, SettingKey } from '@/domain/console/settings'
import type { IsoDate } from '@/domain/dates'
import type { Subscription } from '@/domain/tenant/tenant'
import { useI18n } from 'vue-i18n'
import { settingCapabilityOf, useCapabilities } from '@/data/capabilities'
import { settingAvailability } from '@/domain/console/settings'

/**
 * Whether a setting shows as a control: the backend must be able to change it, then the tenant's offers must carry it.
 */
export type ShownAvailability =
  SettingAvailability | { readonly available: false; readonly reason: 'backend'; readonly because: UnavailableReason }

/** Says why a setting isn't there to change, whichever of the backend or the offers keeps it out. */
export function useSettingAvailability() {
  const { t } = useI18n()
  const { because } = useCapabilities()

  function availability(key: SettingKey, subscriptions: readonly Subscription[], today: IsoDate): ShownAvailability {
    const capability = settingCapabilityOf(key)
    return capability.available
      ? settingAvailability(key, subscriptions, today)
      : { available: false, reason: 'backend', because: capability.reason }
  }

  function unavailableText(shown: ShownAvailability): string {
    if (shown.available) return ''
    switch (shown.reason) {
      case 'backend':
        return because(shown.because)
      case 'noConsole':
        return t('tenant.settings.unavailableNoConsole')
      case 'notInOffers':
        return t('tenant.settings.unavailableNotInOffers', {
          offers: shown.offers.map(offer => t(`offers.${offer}.name`)).join(', ') || t('tenant.settings.noOffer'),
        })
    }
  }

  /** Why a setting shows no value: the backend couldn't read it (with why, where it knows); '' when it could. */
  function notReadableText(key: SettingKey, scope: Pick<TenantSettingsScope, 'unknown' | 'unknownBecause'>): string {
    if (!scope.unknown?.includes(key)) return ''
    const reason = scope.unknownBecause?.[key]
    return reason ? t(`tenant.settings.notReadableBecause.${reason}`) : t('tenant.settings.notReadable')
  }

  return { availability, unavailableText, notReadableText }
}
