import type { ExternalSharing, SettingKey, TenantSettings } from '@/domain/console/settings'
import type { UnreadableReason } from '../contract/settings'
import type { TenantSettingsSource } from './exchangeSettings'
import type { RelayConnection } from './relayClient'
import { exchangePath } from './exchangeRelay'
import { relayCall, relayRefusalIn } from './relayClient'

/** SharePoint's `sharingCapability` values (Graph's `sharingCapabilities` enum). */
type SharingCapability =
  'disabled' | 'existingExternalUserSharingOnly' | 'externalUserSharingOnly' | 'externalUserAndGuestSharing'

interface RelaySharePointSettings {
  readonly sharingCapability?: SharingCapability
  readonly isSiteCreationEnabled?: boolean
}

/** The relay's refusal code where its app lacks SharePoint's application permission in the tenant. */
export const APP_PERMISSION_MISSING = 'appPermissionMissing'
/** Its refusal where the technician holds neither SharePoint Administrator nor Global Administrator there. */
export const ROLE_MISSING = 'roleMissing'

export const SHAREPOINT_RELAY_SETTINGS = [
  'sharepoint.externalSharing',
  'sharepoint.userSiteCreation',
] as const satisfies readonly SettingKey[]

/**
 * The console's levels as SharePoint names them: "New and existing external users" is SharePoint's "New and existing
 * guests".
 */
const TO_SHAREPOINT: Readonly<Record<ExternalSharing, SharingCapability>> = {
  off: 'disabled',
  existingExternalUsers: 'existingExternalUserSharingOnly',
  externalUsers: 'externalUserSharingOnly',
}

/**
 * What was read, in the console's terms. SharePoint's widest level ("Anyone", links without sign-in,
 * `externalUserAndGuestSharing`) is wider than any level the console offers: left unknown rather than shown as a
 * narrower one, so it never reads as drift nor looks already restricted.
 */
function valuesOf(body: RelaySharePointSettings | undefined): Partial<TenantSettings> {
  const sharing = (Object.keys(TO_SHAREPOINT) as ExternalSharing[]).find(
    level => TO_SHAREPOINT[level] === body?.sharingCapability,
  )
  return {
    ...(sharing ? { 'sharepoint.externalSharing': sharing } : {}),
    ...(typeof body?.isSiteCreationEnabled === 'boolean'
      ? { 'sharepoint.userSiteCreation': body.isSiteCreationEnabled }
      : {}),
  }
}

/**
 * SharePoint's external sharing and site creation through the partner relay, which reads and writes them app-only
 * (`/api/tenants/{id}/sharepoint/settings`: Microsoft 365 refuses them to a technician's delegated access). Where the
 * relay's app lacks its permission in a tenant (consented before it was granted, or by a technician who couldn't
 * grant it), or the technician the role that may change them there, the settings stay unknown, and say why
 * (`unreadableBecause`).
 */
export function relaySharePointSettings(relay: RelayConnection): TenantSettingsSource {
  const refused = new Map<string, UnreadableReason>()
  /** Tenants whose sharing was last read at SharePoint's "Anyone" level. */
  const widest = new Set<string>()
  const path = (tenantId: string) => exchangePath(tenantId, '/sharepoint/settings')
  return {
    keys: SHAREPOINT_RELAY_SETTINGS,

    read: async tenantId => {
      try {
        const { body } = await relayCall<RelaySharePointSettings>(relay, {
          method: 'GET',
          path: path(tenantId),
          what: "read the tenant's SharePoint settings",
        })
        refused.delete(tenantId)
        const values = valuesOf(body)
        // Read, but wider than the console's levels: said as such, never as a failed read.
        if (body?.sharingCapability === 'externalUserAndGuestSharing') widest.add(tenantId)
        else widest.delete(tenantId)
        return values
      } catch (error) {
        const code = relayRefusalIn(error)?.envelope.code
        if (code !== APP_PERMISSION_MISSING && code !== ROLE_MISSING) throw error
        refused.set(tenantId, code)
        return {}
      }
    },

    unreadableBecause: tenantId => {
      const reason = refused.get(tenantId)
      if (reason) return Object.fromEntries(SHAREPOINT_RELAY_SETTINGS.map(key => [key, reason]))
      return widest.has(tenantId) ? { 'sharepoint.externalSharing': 'anyoneLinks' } : {}
    },

    write: async (tenantId, changes) => {
      const sharing = changes['sharepoint.externalSharing']
      const siteCreation = changes['sharepoint.userSiteCreation']
      if (sharing === undefined && siteCreation === undefined) return {}
      const answer = await relayCall<RelaySharePointSettings>(relay, {
        method: 'PATCH',
        path: path(tenantId),
        body: {
          ...(sharing === undefined ? {} : { sharingCapability: TO_SHAREPOINT[sharing] }),
          ...(siteCreation === undefined ? {} : { isSiteCreationEnabled: siteCreation }),
        },
        what: "change the tenant's SharePoint settings",
        field: field =>
          field === 'sharingCapability'
            ? 'sharepoint.externalSharing'
            : field === 'isSiteCreationEnabled'
              ? 'sharepoint.userSiteCreation'
              : undefined,
      })
      refused.delete(tenantId)
      return valuesOf(answer.body)
    },
  }
}
