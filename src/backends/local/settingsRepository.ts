import type { SettingKey } from '@/domain/settings'
import type { ActivityArea } from '@/domain/tenant'
import type { SettingsRepository, TenantConfiguration } from '../backend'
import type { LoadedTenant, LocalContext } from './context'
import { defaultSettings, diffSettings, SETTING_DEFINITIONS } from '@/domain/settings'
import { checkSettingChanges } from '../settingChanges'

/** The stored configuration, or Microsoft's defaults for a tenant nobody has customised yet. */
export async function configurationOf(context: LocalContext, { tenant, subscriptions }: LoadedTenant): Promise<TenantConfiguration> {
  return await context.db.configurations.get(tenant.id)
    ?? { tenantId: tenant.id, settings: defaultSettings(subscriptions, context.today()), baselineId: null }
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
