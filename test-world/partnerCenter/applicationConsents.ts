import type { GraphWorld } from '../graph/world'
import type { PartnerCenterCall, PartnerCenterResponse } from './routes'
import { GRAPH_RESOURCE } from '../../src/auth/graphScopes'
import { RELAY_CLIENT, SPA_CLIENT_ID } from '../directory'
import { consent, technicianRoles } from '../graph/gdap'
import { CONSENT_ROLES } from '../graph/gdapRoles'
import { ensureServicePrincipal } from '../graph/servicePrincipals'
import { EXCHANGE_RESOURCE } from '../oidc/relayPermissions'
import { badRequest, notFound, PartnerCenterHttpError } from './errors'

/**
 * Partner Center's application-consent API (`POST /v1/customers/{id}/applicationconsents`,
 * https://learn.microsoft.com/partner-center/developer/control-panel-vendor-apis): the partner grants one of its
 * multi-tenant apps, in a customer's tenant, delegated permissions of Microsoft's APIs, each grant naming the API's
 * enterprise application and its scopes, comma-separated.
 *
 * Who may: "a user account that is a member of the AdminAgents group as well as a member of the group with" a GDAP
 * relationship holding Global admin, Privileged role admin or Cloud application admin
 * (https://learn.microsoft.com/powershell/partnercenter/exchange-online-gdap-app). AdminAgents is Partner Center's
 * Admin agent role; the world's technician is in it unless a test says otherwise (`setAdminAgent`).
 *
 * Where the pages are silent, the world chooses: a second consent of the same app to the same API answers 409
 * "Permission entry already exists." (what CIPP-API's Set-CIPPCPVConsent.ps1 reads as already consented; Microsoft
 * documents no 409); the refusals' codes and wording; an application or API it doesn't know is a 400. The world keeps
 * one consent map per tenant: the console's Graph permissions by their bare names (as the consent gate reads them), the
 * relay's qualified by their resource (its Exchange and Graph permissions, as on-behalf-of reads them).
 *
 * A consent makes the app's service principal in the customer's tenant, as any consent does
 * (https://learn.microsoft.com/entra/identity-platform/app-objects-and-service-principals): what the relay's
 * client-credentials tokens there need (`servicePrincipals.ts`).
 */

/** Microsoft's enterprise applications a grant may name, with the resource their permissions belong to. */
const ENTERPRISE_APPLICATIONS: Readonly<Record<string, string>> = {
  // Microsoft Graph.
  '00000003-0000-0000-c000-000000000000': GRAPH_RESOURCE,
  // Office 365 Exchange Online (the page's sample grants it Exchange.Manage).
  '00000002-0000-0ff1-ce00-000000000000': EXCHANGE_RESOURCE,
}

/** The partner's multi-tenant apps the world knows, with their names: the console and the relay. */
const APPLICATION_NAMES: Readonly<Record<string, string>> = {
  [SPA_CLIENT_ID]: 'BPOS partner console',
  [RELAY_CLIENT.id]: RELAY_CLIENT.displayName,
}
const PARTNER_APPLICATIONS = new Set<string>(Object.keys(APPLICATION_NAMES))

const notAdminAgents = new WeakSet<GraphWorld>()

/** Puts the technician in Partner Center's AdminAgents group, or takes them out, in this world. */
export function setAdminAgent(world: GraphWorld, member: boolean): void {
  if (member) notAdminAgents.delete(world)
  else notAdminAgents.add(world)
}

/** The name a permission has in the world's consent map: the console's Graph ones bare, every other qualified. */
function consentName(applicationId: string, resource: string, scope: string): string {
  return applicationId === SPA_CLIENT_ID && resource === GRAPH_RESOURCE ? scope : `${resource}/${scope}`
}

/** Whether the tenant already holds a permission entry of that app for that API (any of its permissions). */
function hasEntry(world: GraphWorld, tenantId: string, applicationId: string, resource: string): boolean {
  const granted = [...(world.gdap.consents.get(tenantId) ?? [])]
  return applicationId === SPA_CLIENT_ID && resource === GRAPH_RESOURCE
    ? granted.some(name => !name.includes('://'))
    : granted.some(name => name.startsWith(`${resource}/`))
}

interface Grant {
  readonly resource: string
  readonly scopes: readonly string[]
}

function grantsOf(body: unknown): { applicationId: string; grants: Grant[] } {
  const { applicationId, applicationGrants } = (body ?? {}) as { applicationId?: unknown; applicationGrants?: unknown }
  if (typeof applicationId !== 'string' || !Array.isArray(applicationGrants) || applicationGrants.length === 0)
    throw badRequest('Name the application and at least one grant.')
  if (!PARTNER_APPLICATIONS.has(applicationId)) throw badRequest(`The application ${applicationId} was not found.`)
  const grants = applicationGrants.map((grant: { enterpriseApplicationId?: unknown; scope?: unknown }) => {
    const resource = ENTERPRISE_APPLICATIONS[String(grant?.enterpriseApplicationId)]
    const scopes =
      typeof grant?.scope === 'string'
        ? grant.scope
            .split(',')
            .map(scope => scope.trim())
            .filter(Boolean)
        : []
    if (!resource || scopes.length === 0)
      throw badRequest('Each grant names a known enterprise application and its scopes, comma-separated.')
    return { resource, scopes }
  })
  return { applicationId, grants }
}

export const APPLICATION_CONSENT_ROUTES = [
  {
    method: 'POST',
    pattern: /^\/customers\/([^/]+)\/applicationconsents$/,
    handle: (call: PartnerCenterCall, _state: unknown, [customerId]: readonly string[]): PartnerCenterResponse => {
      if (!call.world.customers.some(c => c.tenantId === customerId))
        throw notFound(`Customer ${customerId} was not found.`)
      const { applicationId, grants } = grantsOf(call.body)
      if (notAdminAgents.has(call.world))
        throw new PartnerCenterHttpError(
          403,
          600004,
          'Forbidden',
          'The signed-in user is not an admin agent of the partner (AdminAgents).',
        )
      const held = technicianRoles(call.world.gdap, customerId!)
      if (!CONSENT_ROLES.some(role => held.has(role)))
        throw new PartnerCenterHttpError(
          403,
          600004,
          'Forbidden',
          'The signed-in user holds no role in this customer that may grant consent.',
        )
      if (grants.some(grant => hasEntry(call.world, customerId!, applicationId, grant.resource)))
        throw new PartnerCenterHttpError(409, 600009, 'Conflict', 'Permission entry already exists.')
      for (const grant of grants)
        consent(
          call.world.gdap,
          customerId!,
          grant.scopes.map(scope => consentName(applicationId, grant.resource, scope)),
        )
      ensureServicePrincipal(call.world.gdap, customerId!, applicationId, APPLICATION_NAMES[applicationId]!)
      return { status: 201, body: call.body }
    },
  },
] as const
