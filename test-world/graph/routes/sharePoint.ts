import type { GraphCall, Route } from '../router'
import type { SharepointSettings } from '../world'
import { badRequest, json } from '../http'
import { bodyOf, context, directoryOf, route } from '../router'

/** Settings Graph lets an admin change through `PATCH /admin/sharepoint/settings` (the rest are read-only here). */
const WRITABLE_SETTINGS = new Set([
  'sharingCapability',
  'isSiteCreationEnabled',
  'isResharingByExternalUsersEnabled',
  'personalSiteDefaultStorageLimitInMB',
  'tenantDefaultTimezone',
])

function settingsResponse(call: GraphCall, settings: SharepointSettings) {
  return json({ '@odata.context': context(call, 'admin/sharepoint/settings/$entity'), ...settings })
}

function updateSettings(call: GraphCall) {
  const directory = directoryOf(call)
  const body = bodyOf<Partial<SharepointSettings>>(call, 'sharepointSettings')
  const refused = Object.keys(body).find(key => !WRITABLE_SETTINGS.has(key))
  if (refused) throw badRequest(`Property '${refused}' cannot be updated.`, 'invalidRequest')
  directory.sharepointSettings = { ...directory.sharepointSettings, ...body }
  return settingsResponse(call, directory.sharepointSettings)
}

export const sharePointRoutes: Route[] = [
  route(
    'GET',
    '/admin/sharepoint/settings',
    call => settingsResponse(call, directoryOf(call).sharepointSettings),
    'sharepointSettings',
  ),
  route('PATCH', '/admin/sharepoint/settings', updateSettings, 'sharepointSettings'),
]
