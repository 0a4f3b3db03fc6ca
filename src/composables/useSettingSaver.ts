import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isBackendError } from '@/backends/backend'
import { useValidationMessages } from '@/composables/useValidationMessages'
import { useCurrentTenant } from '@/data/currentTenant'

/**
 * Saves one tenant setting at a time, as a switch is flipped: tracks which one is saving, says
 * "saved" politely, and puts a refusal next to the setting that caused it.
 */
export function useSettingSaver() {
  const { t } = useI18n()
  const { message } = useValidationMessages()
  const current = useCurrentTenant()
  const saving = ref<SettingKey | null>(null)
  const errors = ref<Partial<Record<SettingKey, string>>>({})
  const announcement = ref('')

  async function save<K extends SettingKey>(key: K, value: TenantSettings[K], label: string): Promise<void> {
    saving.value = key
    errors.value = { ...errors.value, [key]: undefined }
    announcement.value = ''
    try {
      await current.updateSettings({ [key]: value } as Partial<TenantSettings>)
      announcement.value = t('tenant.settings.saved', { setting: label })
    } catch (error) {
      const issue = isBackendError(error) ? error.issues[0] : undefined
      errors.value = {
        ...errors.value,
        [key]: issue
          ? message(issue)
          : isBackendError(error, 'consoleUnavailable')
            ? t('tenant.console.unavailable')
            : t('tenant.settings.saveFailed'),
      }
    } finally {
      saving.value = null
    }
  }

  return { save, saving, errors, announcement }
}
