import type { ActivityChange, ActivityValue } from '@/domain/activityLog'
import { useI18n } from 'vue-i18n'
import { useFormat } from './useFormat'
import { activityValueKind, ADD_ON_CODE_FIELDS } from '@/domain/activityLog'
import { isSettingKey } from '@/domain/console/settings'

/**
 * Names a change's field and values as people read them: setting keys by their label, switches
 * On/Off, sizes in MB or GB, sharing levels, offers, subscription states and countries by name,
 * dates as the interface's language writes them;
 * unknown fields keep their code.
 */
export function useActivityChangeText() {
  const { t, te } = useI18n()
  const format = useFormat()

  function field(name: string): string {
    if (isSettingKey(name)) return t(`consoleSettings.${name}.label`)
    const key = `activityLog.fields.${name}`
    return te(key) ? t(key) : name
  }

  function value(name: string, raw: ActivityValue): string {
    switch (activityValueKind(name, raw)) {
      case 'empty':
        return t('activityLog.values.none')
      case 'unknown':
        return t('activityLog.values.unknown')
      case 'onOff':
        return t(raw ? 'activityLog.values.on' : 'activityLog.values.off')
      case 'mailboxSize':
        return format.megabytes(Number(raw))
      case 'externalSharing':
        return t(`consoleSettings.sharepoint.externalSharing.levels.${String(raw)}`)
      case 'offer':
        return t(`offers.${String(raw)}.name`)
      case 'subscriptionState':
        return t(`tenants.status.${String(raw)}`)
      case 'country':
        return format.country(String(raw))
      case 'serviceCode':
        // Units read in the plural ("days"), as a unit on its own does.
        return t(`services.${ADD_ON_CODE_FIELDS[name]}.${String(raw)}`, 2)
      case 'quoteStatus':
        return t(`quotes.statuses.${String(raw)}`)
      case 'date':
        return format.date(String(raw))
      case 'number':
        return format.number(Number(raw))
      case 'text':
        return String(raw)
    }
  }

  /** "External federation: Off → On". */
  function change({ field: name, before, after }: ActivityChange): string {
    return t('activityLog.change', { field: field(name), before: value(name, before), after: value(name, after) })
  }

  return { field, value, change }
}
