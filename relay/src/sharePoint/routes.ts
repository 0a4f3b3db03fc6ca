import type { Caller } from '../auth.js'
import type { DownstreamTokens } from '../downstream.js'
import type { RelayRequest } from '../http.js'
import type { RelayRoute } from '../relay.js'
import type { RetryPolicy } from '../retry.js'
import type { Graph } from '../graph/client.js'
import { appPermissionMissing } from '../downstream.js'
import { graphClient, GraphRefusal } from '../graph/client.js'
import { RelayError } from '../http.js'
import { requireSharePointRole } from './technicianRoles.js'

/**
 * SharePoint's tenant settings in a customer, app-only (`GET|PATCH /api/tenants/{id}/sharepoint/settings`): Graph's
 * `GET`/`PATCH /admin/sharepoint/settings` (https://learn.microsoft.com/graph/api/sharepointsettings-get,
 * https://learn.microsoft.com/graph/api/sharepointsettings-update) refuse a delegated GDAP token ("401 (Unauthorized)
 * accessDenied", microsoft/Partner-Center-PowerShell#428), so the relay calls them as its own app, with the
 * application permission SharePointTenantSettings.ReadWrite.All its consent granted there (`consent.ts`), as CIPP does
 * (Invoke-CIPPStandardsharingCapability.ps1, `-AsApp`). Only the two settings the console shows are read and written,
 * and only for a technician holding SharePoint Administrator or Global Administrator there (`technicianRoles.ts`).
 */

export interface SharePointRouteOptions {
  readonly downstream: DownstreamTokens
  /** Graph's v1.0 base, Graph's own unless said (the test world's in tests). */
  readonly graphUrl?: string
  /** How a throttled Graph call is tried again; `DEFAULT_RETRY` unless said. */
  readonly retry?: RetryPolicy
}

/** Graph's `sharingCapabilities` enum (https://learn.microsoft.com/graph/api/resources/sharepointsettings). */
export const SHARING_CAPABILITIES = [
  'disabled',
  'externalUserSharingOnly',
  'externalUserAndGuestSharing',
  'existingExternalUserSharingOnly',
] as const
export type SharingCapability = (typeof SHARING_CAPABILITIES)[number]

export interface SharePointSettings {
  readonly sharingCapability: SharingCapability
  readonly isSiteCreationEnabled: boolean
}

const TENANT = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})'
const PATH = new RegExp(`^/api/tenants/${TENANT}/sharepoint/settings$`)

/** The change asked: one or both settings, nothing else. */
export function settingsChangeFrom(request: RelayRequest): Partial<SharePointSettings> {
  const body = request.body
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new RelayError(400, 'invalid', 'Send the settings to change as a JSON object.')
  const { sharingCapability, isSiteCreationEnabled, ...rest } = body as Record<string, unknown>
  const unknown = Object.keys(rest)[0]
  if (unknown !== undefined) throw new RelayError(400, 'invalid', `The relay does not change ${unknown}.`, unknown)
  if (sharingCapability !== undefined && !SHARING_CAPABILITIES.includes(sharingCapability as SharingCapability))
    throw new RelayError(
      400,
      'invalid',
      `sharingCapability is one of ${SHARING_CAPABILITIES.join(', ')}.`,
      'sharingCapability',
    )
  if (isSiteCreationEnabled !== undefined && typeof isSiteCreationEnabled !== 'boolean')
    throw new RelayError(400, 'invalid', 'isSiteCreationEnabled is true or false.', 'isSiteCreationEnabled')
  if (sharingCapability === undefined && isSiteCreationEnabled === undefined)
    throw new RelayError(400, 'invalid', 'Name sharingCapability, isSiteCreationEnabled or both.')
  return {
    ...(sharingCapability === undefined ? {} : { sharingCapability: sharingCapability as SharingCapability }),
    ...(isSiteCreationEnabled === undefined ? {} : { isSiteCreationEnabled: isSiteCreationEnabled as boolean }),
  }
}

function settingsOf(answer: Record<string, unknown>): SharePointSettings {
  return {
    sharingCapability: answer.sharingCapability as SharingCapability,
    isSiteCreationEnabled: answer.isSiteCreationEnabled as boolean,
  }
}

/**
 * Graph's refusal in the relay's words: 401/403 to an app-only token means the app's role isn't (or no longer)
 * granted there, which a new consent through the relay repairs; 400 is the request; anything else Graph's failure.
 */
function graphRefusal(error: unknown): unknown {
  if (!(error instanceof GraphRefusal)) return error
  if (error.status === 401 || error.status === 403) return appPermissionMissing('graph')
  if (error.status === 400) return new RelayError(400, 'invalid', error.message)
  return new RelayError(502, 'remote', `Microsoft Graph refused SharePoint's settings (${error.graphCode}).`)
}

export function sharePointRoutes(options: SharePointRouteOptions): RelayRoute[] {
  const graphFor = (tenantId: string, correlationId: string, fresh: boolean) =>
    graphClient(
      options.graphUrl,
      () => options.downstream.appOnly('graph', tenantId, { fresh }),
      correlationId,
      options.retry,
    )
  /**
   * An app-only call, sent once more with a token asked afresh when Graph refuses the one MSAL kept: an app role
   * granted since (a consent through the relay, an administrator) reaches only new tokens, and MSAL keeps the app's
   * token until it expires, about an hour. Refused again, it is the relay's answer in its words (`graphRefusal`).
   */
  async function asApp<T>(tenantId: string, correlationId: string, call: (graph: Graph) => Promise<T>): Promise<T> {
    try {
      return await call(graphFor(tenantId, correlationId, false))
    } catch (error) {
      if (!(error instanceof GraphRefusal) || (error.status !== 401 && error.status !== 403)) throw graphRefusal(error)
    }
    try {
      return await call(graphFor(tenantId, correlationId, true))
    } catch (error) {
      throw graphRefusal(error)
    }
  }
  /** The technician's roles there first, on their behalf at the partner's authority (`technicianRoles.ts`). */
  const mayChange = (caller: Caller, tenantId: string, correlationId: string) =>
    requireSharePointRole(
      graphClient(
        options.graphUrl,
        () => options.downstream.onBehalfOf(caller.assertion, 'graph', caller.tenantId),
        correlationId,
        options.retry,
      ),
      tenantId,
    ).catch((error: unknown) => {
      if (error instanceof GraphRefusal)
        throw new RelayError(502, 'remote', `Microsoft Graph refused the GDAP roles' read (${error.graphCode}).`)
      throw error
    })
  return [
    {
      method: 'GET',
      pattern: PATH,
      handle: async (_request, caller, [tenantId], correlationId) => {
        await mayChange(caller, tenantId!, correlationId)
        const answer = await asApp(tenantId!, correlationId, graph =>
          graph<Record<string, unknown>>('GET', '/admin/sharepoint/settings'),
        )
        return { status: 200, body: settingsOf(answer) }
      },
    },
    {
      method: 'PATCH',
      pattern: PATH,
      handle: async (request, caller, [tenantId], correlationId) => {
        // A body the relay refuses itself costs no token.
        const change = settingsChangeFrom(request)
        await mayChange(caller, tenantId!, correlationId)
        const answer = await asApp(tenantId!, correlationId, graph =>
          graph<Record<string, unknown>>('PATCH', '/admin/sharepoint/settings', change),
        )
        return { status: 200, body: settingsOf(answer) }
      },
    },
  ]
}
