import type { SettingsRepository, TenantConfiguration } from '../backend'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { GraphSharepointSettings, GraphSharingCapability } from './graphTypes'
import type { ExternalSharing, SettingKey, TenantSettings } from '@/domain/settings'
import { BackendError } from '../backend'
import { settingsChangeActivity } from '../records/settings'
import { checkSettingChanges } from '../settingChanges'
import { GRAPH_CAPABILITIES } from './capabilities'
import { graphCall } from './graphErrors'
import { signInNeededIn } from './tokens'
import { defaultSettings, isSettingKey, SETTING_KEYS } from '@/domain/settings'

/** The console's external sharing levels and SharePoint's sharing capabilities, both ways. */
const TO_GRAPH: Readonly<Record<ExternalSharing, GraphSharingCapability>> = {
  off: 'disabled',
  existingExternalUsers: 'existingExternalUserSharingOnly',
  externalUsers: 'externalUserSharingOnly',
}

/** "Anyone" links are wider than BPOS ever shared: the console shows them as sharing with external users. */
function fromGraph(capability: GraphSharepointSettings['sharingCapability']): ExternalSharing {
  switch (capability) {
    case 'existingExternalUserSharingOnly': return 'existingExternalUsers'
    case 'externalUserSharingOnly':
    case 'externalUserAndGuestSharing': return 'externalUsers'
    default: return 'off'
  }
}

const PATH = '/admin/sharepoint/settings'

/** What `sharepointSettings` gives; Graph has no read for the rest (Exchange, communications, workflows). */
const READ_THROUGH_GRAPH: ReadonlySet<SettingKey> = new Set(['sharepoint.externalSharing', 'sharepoint.userSiteCreation'])
/** The settings a configuration read through Graph can't know: shown as not readable, never counted as drift. */
export const UNREADABLE_ON_GRAPH: readonly SettingKey[] = SETTING_KEYS.filter(key => !READ_THROUGH_GRAPH.has(key))

/** Which baseline a tenant follows: a partner record by tenant. */
interface Following { readonly baselineId: string }

/** The settings repository, and what applying a baseline needs of it. */
export interface GraphSettings extends SettingsRepository {
  readonly configuration: (loaded: LoadedTenant) => Promise<TenantConfiguration>
  /** Saves changes already checked against the tenant's offers; the caller logs them its own way. */
  readonly write: (loaded: LoadedTenant, checked: Partial<TenantSettings>) => Promise<void>
  readonly follow: (tenantId: string, baselineId: string) => Promise<void>
  /** Tenants that followed a deleted baseline follow none. */
  readonly unfollow: (baselineId: string) => Promise<void>
}

/**
 * Tenant-wide settings on Microsoft 365: SharePoint's external sharing and site creation through
 * `sharepointSettings`; the others (Exchange, communications, workflows) are outside Graph: the
 * configuration names them unknown (their values are placeholders) and writes to them are refused
 * as unsupported. The baseline a tenant follows is a partner record.
 */
export function createSettingsRepository(context: GraphContext): GraphSettings {
  const { client, records } = context

  async function configurationOf(loaded: LoadedTenant, baselineId: string | null, { silentOnly = false } = {}): Promise<TenantConfiguration> {
    const sharePoint = await graphCall('read the SharePoint settings', () => client.get<GraphSharepointSettings>({ clientTenantId: loaded.tenant.id, silentOnly }, PATH))
    const settings: TenantSettings = {
      // Placeholders for what Graph can't read, named in `unknownSettings`: never a value to show or compare.
      ...defaultSettings(loaded.subscriptions, context.today()),
      'sharepoint.externalSharing': fromGraph(sharePoint.sharingCapability),
      'sharepoint.userSiteCreation': sharePoint.isSiteCreationEnabled === true,
    }
    return { tenantId: loaded.tenant.id, settings, baselineId, unknownSettings: UNREADABLE_ON_GRAPH }
  }

  const configuration = async (loaded: LoadedTenant) =>
    configurationOf(loaded, (await records.find<Following>('tenantBaseline', loaded.tenant.id))?.value.baselineId ?? null)

  async function write(loaded: LoadedTenant, checked: Partial<TenantSettings>): Promise<void> {
    const patch: Partial<GraphSharepointSettings> = {
      ...(checked['sharepoint.externalSharing'] === undefined ? {} : { sharingCapability: TO_GRAPH[checked['sharepoint.externalSharing']] }),
      ...(checked['sharepoint.userSiteCreation'] === undefined ? {} : { isSiteCreationEnabled: checked['sharepoint.userSiteCreation'] }),
    }
    if (Object.keys(patch).length > 0)
      await graphCall('save the SharePoint settings', () => client.patch({ clientTenantId: loaded.tenant.id }, PATH, patch))
  }

  return {
    configuration,
    write,

    get: async tenantId => configuration(await context.tenant(tenantId)),

    list: async () => {
      const [customers, following] = await Promise.all([context.customers(), records.list<Following>('tenantBaseline')])
      const followed = new Map(following.map(record => [record.key, record.value.baselineId]))
      // For drift on the tenant list: read silently, and leave out a tenant that wants the technician
      // to sign in again (the list names it) rather than send the whole page to its sign-in.
      const read = await Promise.all(customers.map(async (customer) => {
        try {
          const loaded = await context.load(customer, { silentOnly: true })
          return await configurationOf(loaded, followed.get(customer.tenantId) ?? null, { silentOnly: true })
        }
        catch (error) {
          if (signInNeededIn(error))
            return null
          throw error
        }
      }))
      return read.filter(configuration => configuration !== null)
    },

    update: async (tenantId, changes) => {
      const loaded = await context.consoleTenant(tenantId)
      const outside = Object.keys(changes).filter(key => isSettingKey(key) && !GRAPH_CAPABILITIES.setting(key).available)
      if (outside.length > 0)
        throw new BackendError('unsupported', `Microsoft 365 can't change ${outside.join(', ')} through Graph`)
      const checked = checkSettingChanges(loaded, changes, context.today())
      const before = await configuration(loaded)
      const activity = settingsChangeActivity(loaded.tenant, before.settings, checked)
      if (!activity)
        return before
      await write(loaded, checked)
      await context.log(activity)
      return configuration(loaded)
    },

    follow: async (tenantId, baselineId) => {
      const stored = await records.current<Following>('tenantBaseline', tenantId)
      if (stored)
        await records.update(stored, { baselineId }, `Follows baseline ${baselineId}`)
      else
        await records.create('tenantBaseline', tenantId, tenantId, { baselineId }, `Follows baseline ${baselineId}`)
    },

    unfollow: async (baselineId) => {
      for (const record of await records.list<Following>('tenantBaseline')) {
        if (record.value.baselineId === baselineId)
          await records.remove(record)
      }
    },
  }
}
