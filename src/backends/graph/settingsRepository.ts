import type { SettingsRepository, TenantConfiguration } from '../backend'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import { BackendError } from '../backend'
import { checkSettingChanges } from '../settingChanges'
import { GRAPH_CAPABILITIES } from './capabilities'
import { defaultSettings, isSettingKey, SETTING_KEYS } from '@/domain/console/settings'

/**
 * Graph reads no tenant-wide setting for a partner technician: Exchange's, communications' and
 * workflows' have no Graph API, and SharePoint's (`/admin/sharepoint/settings`) are refused to a
 * delegated GDAP token (test-world/graph/permissions.ts says where that is reported); they come
 * back app-only with the partner relay. Shown as not readable, never counted as drift.
 */
export const UNREADABLE_ON_GRAPH: readonly SettingKey[] = SETTING_KEYS

/** Which baseline a tenant follows: a partner record by tenant. */
interface Following {
  readonly baselineId: string
}

/** The settings repository, and what applying a baseline needs of it. */
export interface GraphSettings extends SettingsRepository {
  readonly configuration: (loaded: LoadedTenant) => Promise<TenantConfiguration>
  readonly follow: (tenantId: string, baselineId: string) => Promise<void>
  /** Tenants that followed a deleted baseline follow none. */
  readonly unfollow: (baselineId: string) => Promise<void>
}

/**
 * Tenant-wide settings on Microsoft 365, none of which Graph reads or writes for a partner
 * technician: the configuration names them unknown (their values are placeholders) and writes are
 * refused as unsupported. The baseline a tenant follows is a partner record.
 */
export function createSettingsRepository(context: GraphContext): GraphSettings {
  const { records } = context

  function configurationOf(loaded: LoadedTenant, baselineId: string | null): TenantConfiguration {
    // Placeholders for what Graph can't read, named in `unknownSettings`: never a value to show or compare.
    const settings: TenantSettings = defaultSettings(loaded.subscriptions, context.today())
    return { tenantId: loaded.tenant.id, settings, baselineId, unknownSettings: UNREADABLE_ON_GRAPH }
  }

  const configuration = async (loaded: LoadedTenant) =>
    configurationOf(
      loaded,
      (await records.find<Following>('tenantBaseline', loaded.tenant.id))?.value.baselineId ?? null,
    )

  return {
    configuration,

    get: async tenantId => configuration(await context.tenant(tenantId)),

    // For drift on the tenant list: which baseline each customer follows, a partner record. There is
    // nothing to read in the tenants themselves (Graph gives a technician none of these settings).
    list: async () => {
      const [customers, following] = await Promise.all([context.customers(), records.list<Following>('tenantBaseline')])
      const followed = new Map(following.map(record => [record.key, record.value.baselineId]))
      const placeholders = defaultSettings([], context.today())
      return customers.map(customer => ({
        tenantId: customer.tenantId,
        settings: placeholders,
        baselineId: followed.get(customer.tenantId) ?? null,
        unknownSettings: UNREADABLE_ON_GRAPH,
      }))
    },

    update: async (tenantId, changes) => {
      const loaded = await context.consoleTenant(tenantId)
      // The offers' rules first (a setting they don't include is refused as such), then this backend's reach.
      checkSettingChanges(loaded, changes, context.today())
      const outside = Object.keys(changes).filter(
        key => isSettingKey(key) && !GRAPH_CAPABILITIES.setting(key).available,
      )
      if (outside.length > 0)
        throw new BackendError(
          'unsupported',
          `Microsoft 365 can't change ${outside.join(', ')} for a partner technician`,
        )
      return configuration(loaded)
    },

    follow: async (tenantId, baselineId) => {
      const stored = await records.current<Following>('tenantBaseline', tenantId)
      if (stored) await records.update(stored, { baselineId }, `Follows baseline ${baselineId}`)
      else await records.create('tenantBaseline', tenantId, tenantId, { baselineId }, `Follows baseline ${baselineId}`)
    },

    unfollow: async baselineId => {
      for (const record of await records.list<Following>('tenantBaseline')) {
        if (record.value.baselineId === baselineId) await records.remove(record)
      }
    },
  }
}
