import type { SettingsRepository, TenantConfiguration } from '../backend'
import type { LoadedTenant, LocalContext } from './context'
import { defaultSettings } from '@/domain/console/settings'
import { settingsChangeActivity } from '../records/settings'
import { checkSettingChanges } from '../settingChanges'

/** The stored configuration, or Microsoft's defaults for a tenant nobody has customised yet. */
export async function configurationOf(
  context: LocalContext,
  { tenant, subscriptions }: LoadedTenant,
): Promise<TenantConfiguration> {
  return (
    (await context.db.configurations.get(tenant.id)) ?? {
      tenantId: tenant.id,
      settings: defaultSettings(subscriptions, context.today()),
      baselineId: null,
    }
  )
}

export function createSettingsRepository(context: LocalContext): SettingsRepository {
  const { db, run } = context

  return {
    get: tenantId =>
      run('read the tenant settings', () =>
        db.transaction('r', db.tenants, db.subscriptions, db.configurations, async () =>
          configurationOf(context, await context.loadTenant(tenantId)),
        ),
      ),

    list: () => run('read the tenant settings', () => db.configurations.toArray()),

    update: (tenantId, changes) =>
      run('save the settings', () =>
        db.transaction('rw', [db.tenants, db.subscriptions, db.configurations, db.activity, db.meta], async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          const checked = checkSettingChanges(loaded, changes, context.today())
          const current = await configurationOf(context, loaded)
          const activity = settingsChangeActivity(loaded.tenant, current.settings, checked)
          if (!activity) return current
          const next: TenantConfiguration = { ...current, settings: { ...current.settings, ...checked } }
          await db.configurations.put(next)
          await context.log(activity, context.now())
          return next
        }),
      ),
  }
}
