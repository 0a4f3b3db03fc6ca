import type { ActivityArea } from '@/domain/activityLog'
import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import type { Tenant } from '@/domain/tenant/tenant'
import type { ActivityDraft } from './activity'
import { diffSettings, SETTING_DEFINITIONS } from '@/domain/console/settings'

/** The log's area for a change: the settings' own when they share one, else a baseline's (several areas). */
export function areaOf(keys: readonly SettingKey[]): ActivityArea {
  const areas = new Set(keys.map(key => SETTING_DEFINITIONS[key].area))
  return areas.size === 1 ? [...areas][0]! : 'baseline'
}

/**
 * The activity entry of changing `current` by `checked`; `null` when nothing moves. A setting the backend couldn't
 * read (`unknown`: its value in `current` is a placeholder) always moves, logged with no value before: comparing it
 * with its placeholder would drop a change that happens to match it.
 */
export function settingsChangeActivity(
  tenant: Pick<Tenant, 'id' | 'companyName'>,
  current: TenantSettings,
  checked: Partial<TenantSettings>,
  unknown: readonly SettingKey[] = [],
): ActivityDraft | null {
  const known = Object.fromEntries(Object.entries(checked).filter(([key]) => !unknown.includes(key as SettingKey)))
  const moved = [
    ...diffSettings(current, known).map(change => ({ key: change.key, before: change.before, after: change.after })),
    ...unknown.filter(key => checked[key] !== undefined).map(key => ({ key, before: null, after: checked[key]! })),
  ]
  if (moved.length === 0) return null
  return {
    area: areaOf(moved.map(change => change.key)),
    action: 'settings.changed',
    tenant,
    details: { count: moved.length },
    changes: moved.map(change => ({ field: change.key, before: change.before, after: change.after })),
  }
}
