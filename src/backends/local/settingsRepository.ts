import type { SettingKey, TenantSettings } from '@/domain/settings'
import type { ActivityArea } from '@/domain/tenant'
import type { ValidationIssue } from '@/domain/validation'
import type { SettingsRepository, TenantConfiguration } from '../backend'
import type { LoadedTenant, LocalContext } from './context'
import { defaultSettings, diffSettings, isSettingKey, SETTING_DEFINITIONS, settingAvailability, validateSettingValue } from '@/domain/settings'
import { BackendError } from '../backend'

/** The stored configuration, or Microsoft's defaults for a tenant nobody has customised yet. */
export async function configurationOf(context: LocalContext, { tenant, subscriptions }: LoadedTenant): Promise<TenantConfiguration> {
  return await context.db.configurations.get(tenant.id)
    ?? { tenantId: tenant.id, settings: defaultSettings(subscriptions, context.today()), baselineId: null }
}

/**
 * Refuses changes the tenant's offers can't carry (`featureUnavailable`) or values a setting
 * doesn't accept (`validation`); returns the changes as typed settings otherwise.
 */
export function checkSettingChanges(loaded: LoadedTenant, changes: Record<string, unknown>, today: string): Partial<TenantSettings> {
  const unavailable: ValidationIssue[] = []
  const invalid: ValidationIssue[] = []
  for (const [key, value] of Object.entries(changes)) {
    if (!isSettingKey(key)) {
      invalid.push({ field: key, code: 'unknown', params: { value: key } })
      continue
    }
    const availability = settingAvailability(key, loaded.subscriptions, today)
    if (!availability.available)
      unavailable.push({ field: key, code: 'notAvailable' })
    else
      invalid.push(...validateSettingValue(key, value, loaded.subscriptions, today))
  }
  if (unavailable.length > 0)
    throw new BackendError('featureUnavailable', `${loaded.tenant.companyName}'s offers don't include ${unavailable.map(issue => issue.field).join(', ')}`, unavailable)
  if (invalid.length > 0)
    throw new BackendError('validation', 'A setting value is not allowed', invalid)
  return changes as Partial<TenantSettings>
}

export function areaOf(keys: readonly SettingKey[]): ActivityArea {
  const areas = new Set(keys.map(key => SETTING_DEFINITIONS[key].area))
  return areas.size === 1 ? [...areas][0]! : 'baseline'
}

export function createSettingsRepository(context: LocalContext): SettingsRepository {
  const { db, run } = context

  return {
    get: tenantId => run('read the tenant settings', () => db.transaction('r', db.tenants, db.subscriptions, db.configurations, async () =>
      configurationOf(context, await context.loadTenant(tenantId)))),

    list: () => run('read the tenant settings', () => db.configurations.toArray()),

    update: (tenantId, changes) => run('save the settings', () =>
      db.transaction('rw', [db.tenants, db.subscriptions, db.configurations, db.activity, db.meta], async () => {
        const loaded = await context.loadConsoleTenant(tenantId)
        const checked = checkSettingChanges(loaded, changes, context.today())
        const current = await configurationOf(context, loaded)
        const moved = diffSettings(current.settings, checked)
        if (moved.length === 0)
          return current
        const next: TenantConfiguration = { ...current, settings: { ...current.settings, ...checked } }
        const at = context.now()
        await db.configurations.put(next)
        await context.log({
          area: areaOf(moved.map(change => change.key)),
          action: 'settings.changed',
          tenant: loaded.tenant,
          details: { count: moved.length },
          changes: moved.map(change => ({ field: change.key, before: change.before, after: change.after })),
        }, at)
        return next
      })),
  }
}
