import type { SettingKey, SettingValue } from '@/domain/settings'
import { useI18n } from 'vue-i18n'
import { useFormat } from './useFormat'
import { SETTING_DEFINITIONS } from '@/domain/settings'

/** Names a tenant setting and writes its value as a person reads it (On, 5 GB, "Off: only people in the company"). */
export function useSettingText() {
  const { t } = useI18n()
  const format = useFormat()

  function label(key: SettingKey): string {
    return t(`consoleSettings.${key}.label`)
  }

  function value(key: SettingKey, setting: SettingValue): string {
    switch (SETTING_DEFINITIONS[key].kind) {
      case 'switch':
        return setting ? t('common.on') : t('common.off')
      case 'mailboxSize':
        return format.megabytes(Number(setting))
      case 'externalSharing':
        return t(`consoleSettings.sharepoint.externalSharing.levels.${String(setting)}`)
    }
  }

  return { label, value }
}
