import type { BackendCapabilities, SettingsRepository, TenantConfiguration } from '../backend'
import type { TenantSettingsSource } from '../relay/exchangeSettings'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import { BackendError } from '../backend'
import { checkSettingChanges } from '../settingChanges'
import { settingsChangeActivity } from '../records/settings'
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
  /**
   * Writes the settings another source holds (Exchange's, through the partner relay), unlogged: a
   * baseline logs its own entry. Nothing to write without such a source.
   */
  readonly writeElsewhere: (tenantId: string, changes: Partial<TenantSettings>) => Promise<void>
}

export interface GraphSettingsOptions {
  /** What this backend can change (Graph's own, or with the partner relay's Exchange settings). */
  readonly capabilities?: BackendCapabilities
  /** Settings read and written elsewhere than Graph: Exchange's protocols through the partner relay. */
  readonly elsewhere?: TenantSettingsSource
}

/**
 * Tenant-wide settings on Microsoft 365, none of which Graph reads or writes for a partner
 * technician: the configuration names them unknown (their values are placeholders) and writes are
 * refused as unsupported, except those another source (the partner relay) reads and writes for
 * the tenant page. The tenant list's drift reads none of them: a call per tenant to Exchange.
 * The baseline a tenant follows is a partner record.
 */
export function createSettingsRepository(
  context: GraphContext,
  { capabilities = GRAPH_CAPABILITIES, elsewhere }: GraphSettingsOptions = {},
): GraphSettings {
  const { records } = context

  /** What the other source read; nothing when it can't answer (its settings then stay unknown, never drift). */
  const readElsewhere = (tenantId: string): Promise<Partial<TenantSettings>> =>
    elsewhere ? elsewhere.read(tenantId).catch(() => ({})) : Promise.resolve({})

  function configurationOf(
    loaded: LoadedTenant,
    baselineId: string | null,
    read: Partial<TenantSettings> = {},
  ): TenantConfiguration {
    // Placeholders for what couldn't be read, named in `unknownSettings`: never a value to show or compare.
    const settings: TenantSettings = { ...defaultSettings(loaded.subscriptions, context.today()), ...read }
    const unknownSettings = UNREADABLE_ON_GRAPH.filter(key => !(key in read))
    const because = elsewhere?.unreadableBecause?.(loaded.tenant.id) ?? {}
    const unknownBecause = Object.fromEntries(Object.entries(because).filter(([key]) => !(key in read)))
    return {
      tenantId: loaded.tenant.id,
      settings,
      baselineId,
      unknownSettings,
      ...(Object.keys(unknownBecause).length > 0 ? { unknownBecause } : {}),
    }
  }

  const configuration = async (loaded: LoadedTenant) => {
    const [following, read] = await Promise.all([
      records.find<Following>('tenantBaseline', loaded.tenant.id),
      readElsewhere(loaded.tenant.id),
    ])
    return configurationOf(loaded, following?.value.baselineId ?? null, read)
  }

  return {
    configuration,

    get: async tenantId => configuration(await context.tenant(tenantId)),

    // For drift on the tenant list: which baseline each customer follows, a partner record. Nothing is
    // read in the tenants themselves: Graph gives a technician none of these settings, and the relay's
    // Exchange protocols would cost a call to Exchange per tenant (they are read on the tenant's page).
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
      const checked = checkSettingChanges(loaded, changes, context.today())
      const outside = Object.keys(changes).filter(
        key => isSettingKey(key) && (!capabilities.setting(key).available || !elsewhere?.keys.includes(key)),
      )
      if (outside.length > 0)
        throw new BackendError(
          'unsupported',
          `Microsoft 365 can't change ${outside.join(', ')} for a partner technician`,
        )
      const current = await configuration(loaded)
      const activity = settingsChangeActivity(loaded.tenant, current.settings, checked, current.unknownSettings)
      if (!activity || !elsewhere) return current
      const written = await elsewhere.write(loaded.tenant.id, checked)
      await context.log(activity)
      // What was known before, with what the write read back: a value it couldn't read back is unknown again.
      const known = SETTING_KEYS.filter(key => !current.unknownSettings?.includes(key) && !elsewhere.keys.includes(key))
      return configurationOf(loaded, current.baselineId, {
        ...Object.fromEntries(known.map(key => [key, current.settings[key]])),
        ...written,
      })
    },

    follow: async (tenantId, baselineId) => {
      const stored = await records.current<Following>('tenantBaseline', tenantId)
      if (stored) await records.update(stored, { baselineId }, `Follows baseline ${baselineId}`)
      else await records.create('tenantBaseline', tenantId, tenantId, { baselineId }, `Follows baseline ${baselineId}`)
    },

    writeElsewhere: async (tenantId, changes) => {
      const own = Object.entries(changes).filter(([key]) => elsewhere?.keys.includes(key as SettingKey))
      if (elsewhere && own.length > 0) await elsewhere.write(tenantId, Object.fromEntries(own))
    },

    unfollow: async baselineId => {
      for (const record of await records.list<Following>('tenantBaseline')) {
        if (record.value.baselineId === baselineId) await records.remove(record)
      }
    },
  }
}
