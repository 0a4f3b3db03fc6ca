import type { SettingsRepository, TenantConfiguration } from '../backend'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { GraphSharepointSettings, GraphSharingCapability } from './graphTypes'
import type { ExternalSharing, TenantSettings } from '@/domain/settings'
import { BackendError } from '../backend'
import { settingsChangeActivity } from '../records/settings'
import { checkSettingChanges } from '../settingChanges'
import { GRAPH_CAPABILITIES } from './capabilities'
import { graphCall } from './graphErrors'
import { defaultSettings, isSettingKey } from '@/domain/settings'

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

/**
 * Tenant-wide settings on Microsoft 365: SharePoint's external sharing and site creation through
 * `sharepointSettings`; the others (Exchange, communications, workflows) are outside Graph, shown
 * at their defaults and refused as unsupported. No baselines yet, so no tenant follows one.
 */
export function createSettingsRepository(context: GraphContext): SettingsRepository {
  const { client } = context

  async function configurationOf(loaded: LoadedTenant): Promise<TenantConfiguration> {
    const sharePoint = await graphCall('read the SharePoint settings', () => client.get<GraphSharepointSettings>({ clientTenantId: loaded.tenant.id }, PATH))
    const settings: TenantSettings = {
      ...defaultSettings(loaded.subscriptions, context.today()),
      'sharepoint.externalSharing': fromGraph(sharePoint.sharingCapability),
      'sharepoint.userSiteCreation': sharePoint.isSiteCreationEnabled === true,
    }
    return { tenantId: loaded.tenant.id, settings, baselineId: null }
  }

  return {
    get: async tenantId => configurationOf(await context.tenant(tenantId)),

    list: async () => Promise.all((await context.customers()).map(async customer => configurationOf(await context.load(customer)))),

    update: async (tenantId, changes) => {
      const loaded = await context.consoleTenant(tenantId)
      const outside = Object.keys(changes).filter(key => isSettingKey(key) && !GRAPH_CAPABILITIES.setting(key).available)
      if (outside.length > 0)
        throw new BackendError('unsupported', `Microsoft 365 can't change ${outside.join(', ')} through Graph`)
      const checked = checkSettingChanges(loaded, changes, context.today())
      const before = await configurationOf(loaded)
      const patch: Partial<GraphSharepointSettings> = {
        ...(checked['sharepoint.externalSharing'] === undefined ? {} : { sharingCapability: TO_GRAPH[checked['sharepoint.externalSharing']] }),
        ...(checked['sharepoint.userSiteCreation'] === undefined ? {} : { isSiteCreationEnabled: checked['sharepoint.userSiteCreation'] }),
      }
      const activity = settingsChangeActivity(loaded.tenant, before.settings, checked)
      if (!activity)
        return before
      await graphCall('save the SharePoint settings', () => client.patch({ clientTenantId: tenantId }, PATH, patch))
      await context.log(activity)
      return configurationOf(loaded)
    },
  }
}
