import type { MaybeRefOrGetter } from 'vue'
import type { SettingChange } from '@/data/settings'
import type { SettingKey } from '@/domain/console/settings'
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useErrorVoice } from '@/data/errorVoice'
import { useSaveSetting } from '@/data/settings'

/**
 * Saves one tenant setting at a time, as a switch is flipped: says which one is saving, says
 * "saved" politely, and puts a refusal next to the setting that caused it.
 */
export function useSettingSaver(tenantId: MaybeRefOrGetter<string>) {
  const { t } = useI18n()
  const { say } = useErrorVoice()
  const saving = useSaveSetting(tenantId)
  const announcement = ref('')

  /** The setting being saved, while it is. */
  const busyKey = computed<SettingKey | null>(() =>
    saving.asyncStatus.value === 'loading' ? (saving.variables.value?.key ?? null) : null,
  )
  /** The last save's refusal, by the setting it was about. */
  const errors = computed<Partial<Record<SettingKey, string>>>(() => {
    const key = saving.variables.value?.key
    return key && saving.error.value ? { [key]: say(saving.error.value) } : {}
  })

  /** Saves `change`; `label` names the setting in the polite "saved". */
  async function save(change: SettingChange, label: string): Promise<void> {
    announcement.value = ''
    try {
      await saving.mutateAsync(change)
      announcement.value = t('tenant.settings.saved', { setting: label })
    } catch {
      // Shown by the setting, from the mutation's error.
    }
  }

  return { save, saving: busyKey, errors, announcement }
}
