import type { MaybeRefOrGetter } from 'vue'
import type { SettingChange } from '@/data/settings'
import type { SettingKey, SettingValue } from '@/domain/console/settings'
import { computed, toValue } from 'vue'
import { useI18n } from 'vue-i18n'
import { useTenant } from '@/data/currentTenant'
import { useErrorVoice } from '@/data/errorVoice'
import { useSaveSetting } from '@/data/settings'
import { useNotificationsStore } from '@/stores/notifications'

/** How a setting's save is said and taken back. */
export interface SettingSaveOptions {
  /** The setting's name, as its control shows it. */
  readonly label: string
  /** The value stored before, which Undo writes back; none (no Undo) when it was one the console can't write. */
  readonly previous?: SettingValue
  /** How a value that isn't on/off reads ("New and existing external users", "2 GB"). */
  readonly valueText?: (value: SettingValue) => string
  /** Asked before Undo writes the previous value back (widening sharing again); false leaves it. */
  readonly beforeUndo?: (previous: SettingValue) => Promise<boolean>
}

/**
 * Saves one tenant setting at a time, as its control changes: says which one is saving, shows the
 * save in the shell's notification area ("POP3 turned off for Boulangerie Dupré") with an Undo
 * that writes the previous value back the same way, and puts a refusal next to the setting.
 */
export function useSettingSaver(tenantId: MaybeRefOrGetter<string>) {
  const { t } = useI18n()
  const { say } = useErrorVoice()
  const notifications = useNotificationsStore()
  const saving = useSaveSetting(tenantId)
  const { data: tenant } = useTenant(tenantId)

  /** The setting being saved, while it is. */
  const busyKey = computed<SettingKey | null>(() =>
    saving.asyncStatus.value === 'loading' ? (saving.variables.value?.key ?? null) : null,
  )
  /** The last save's refusal, by the setting it was about. */
  const errors = computed<Partial<Record<SettingKey, string>>>(() => {
    const key = saving.variables.value?.key
    return key && saving.error.value ? { [key]: say(saving.error.value) } : {}
  })

  /** "POP3 turned off for Boulangerie Dupré", "External sharing set to … for …". */
  function savedText(value: SettingValue, options: SettingSaveOptions): string {
    const named = { setting: options.label, tenant: tenant.value?.tenant.companyName ?? toValue(tenantId) }
    if (typeof value === 'boolean') return t(value ? 'tenant.settings.turnedOn' : 'tenant.settings.turnedOff', named)
    return t('tenant.settings.setTo', { ...named, value: options.valueText?.(value) ?? String(value) })
  }

  /** Saves `change`; once stored, says so with an Undo back to `options.previous`. */
  async function save(change: SettingChange, options: SettingSaveOptions): Promise<void> {
    try {
      await saving.mutateAsync(change)
    } catch {
      return // Shown by the setting, from the mutation's error.
    }
    const previous = options.previous
    if (previous === undefined) return notifications.notify(savedText(change.value, options))
    notifications.notify(savedText(change.value, options), {
      undo: async () => {
        if (options.beforeUndo && !(await options.beforeUndo(previous))) return null
        const back = { key: change.key, value: previous } as SettingChange
        await saving.mutateAsync(back)
        return savedText(back.value, options)
      },
    })
  }

  return { save, saving: busyKey, errors }
}
