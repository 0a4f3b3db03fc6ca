import type { Graph } from '../graph/client.js'
import type { PartnerCenter } from './client.js'
import { GraphRefusal } from '../graph/client.js'
import { RelayError } from '../http.js'
import { PartnerCenterRefusal } from './client.js'

/**
 * A customer's consent to the partner's apps through Partner Center's application-consent API
 * (`POST /v1/customers/{id}/applicationconsents`, https://learn.microsoft.com/partner-center/developer/control-panel-vendor-apis),
 * Microsoft's documented way for a CSP partner under GDAP
 * (https://learn.microsoft.com/powershell/partnercenter/exchange-online-gdap-app): the console's app gets the
 * customer-side Graph permissions, the relay's its Exchange Online one and Graph's pair for granting an app role, for
 * its on-behalf-of calls at the customer's authority. The technician must be in AdminAgents and hold there, through
 * GDAP, Global Administrator, Privileged Role Administrator or Cloud Application Administrator.
 *
 * Then, as CIPP grants its application permissions after a CPV consent (Add-CIPPApplicationPermission.ps1: its own
 * service principal, its current `appRoleAssignments`, a `POST …/appRoleAssignedTo` for each role missing), the relay
 * grants its own app Graph's application permission SharePointTenantSettings.ReadWrite.All there
 * (https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto), on the technician's behalf: the
 * app-only token of SharePoint's settings (`sharePoint/routes.ts`) carries it. Microsoft Graph's app roles want
 * Privileged Role Administrator (or Global Administrator) of the technician there; without it the consent still
 * stands and the answer says SharePoint's permission was refused, and why.
 */

/** Microsoft Graph's enterprise application (its first-party app id). */
export const GRAPH_APPLICATION_ID = '00000003-0000-0000-c000-000000000000'
/** Office 365 Exchange Online's enterprise application. */
export const EXCHANGE_APPLICATION_ID = '00000002-0000-0ff1-ce00-000000000000'

/**
 * The delegated Graph permissions the console asks at a customer's authority: a copy of `CUSTOMER_PERMISSIONS` in
 * `src/auth/graphScopes.ts` (the relay imports nothing from the console; a test keeps the two equal). Nothing
 * partner-only is ever consented in a customer.
 */
export const CUSTOMER_GRAPH_PERMISSIONS = [
  'User.Read',
  'LicenseAssignment.Read.All',
  'User.ReadWrite.All',
  'User-PasswordProfile.ReadWrite.All',
  'Domain.ReadWrite.All',
] as const

/**
 * Exchange Online's delegated permission the relay's exchange asks at a customer's authority (`Exchange.Manage`,
 * what the page's sample grants for App+User).
 */
export const RELAY_EXCHANGE_PERMISSIONS = ['Exchange.Manage'] as const

/**
 * Graph's delegated permissions the relay's on-behalf-of token asks at a customer's authority to grant its own app
 * an app role: the least privileged pair, "AppRoleAssignment.ReadWrite.All and Application.Read.All".
 */
export const RELAY_GRAPH_PERMISSIONS = ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'] as const

/** The application permission the relay's app-only SharePoint settings need, granted at consent. */
export const SHAREPOINT_APP_ROLE = 'SharePointTenantSettings.ReadWrite.All'

/** The apps to consent: the console's (its client id, RELAY_CONSOLE_CLIENT_ID) and the relay's own. */
export interface ConsentApplications {
  readonly consoleClientId?: string
  readonly relayClientId: string
}

interface ApplicationGrant {
  readonly enterpriseApplicationId: string
  readonly scope: string
}

/** What happened to one app's consent: made now, or already there (Partner Center's 409). */
export interface ApplicationConsentOutcome {
  readonly applicationId: string
  readonly outcome: 'granted' | 'alreadyConsented'
  readonly grants: readonly ApplicationGrant[]
}

const GRAPH_GRANT: ApplicationGrant = {
  enterpriseApplicationId: GRAPH_APPLICATION_ID,
  scope: CUSTOMER_GRAPH_PERMISSIONS.join(','),
}
const EXCHANGE_GRANT: ApplicationGrant = {
  enterpriseApplicationId: EXCHANGE_APPLICATION_ID,
  scope: RELAY_EXCHANGE_PERMISSIONS.join(','),
}
const RELAY_GRAPH_GRANT: ApplicationGrant = {
  enterpriseApplicationId: GRAPH_APPLICATION_ID,
  scope: RELAY_GRAPH_PERMISSIONS.join(','),
}

/** Each app with its grants: one request when the console and the relay are one registration, two otherwise. */
export function consentRequests({ consoleClientId, relayClientId }: Required<ConsentApplications>) {
  if (consoleClientId === relayClientId)
    return [
      {
        applicationId: consoleClientId,
        grants: [
          { ...GRAPH_GRANT, scope: [...CUSTOMER_GRAPH_PERMISSIONS, ...RELAY_GRAPH_PERMISSIONS].join(',') },
          EXCHANGE_GRANT,
        ],
      },
    ]
  return [
    { applicationId: consoleClientId, grants: [GRAPH_GRANT] },
    { applicationId: relayClientId, grants: [RELAY_GRAPH_GRANT, EXCHANGE_GRANT] },
  ]
}

/** What became of SharePoint's application permission for the relay's app in the customer. */
export type SharePointGrantOutcome =
  | { readonly outcome: 'granted' | 'alreadyGranted' }
  | { readonly outcome: 'refused'; readonly code: string; readonly message: string }

interface ServicePrincipalView {
  readonly id: string
  readonly appRoles?: readonly { readonly id: string; readonly value: string }[]
}

/**
 * Grants the relay's app SharePointTenantSettings.ReadWrite.All in the customer, once: its service principal (made by
 * the consent) and Graph's by their app ids, the role's id read from Graph's `appRoles` (never a copied id), nothing
 * sent when its `appRoleAssignments` already hold it. A refusal (Graph's, or no Graph token on the technician's behalf)
 * is reported, not thrown: the consent itself stands.
 */
export async function grantSharePointRole(graph: Graph, relayClientId: string): Promise<SharePointGrantOutcome> {
  try {
    const relay = await graph<ServicePrincipalView>('GET', `/servicePrincipals(appId='${relayClientId}')`)
    const graphApp = await graph<ServicePrincipalView>('GET', `/servicePrincipals(appId='${GRAPH_APPLICATION_ID}')`)
    const role = graphApp.appRoles?.find(r => r.value === SHAREPOINT_APP_ROLE)
    if (!role)
      return { outcome: 'refused', code: 'roleNotFound', message: `Microsoft Graph offers no ${SHAREPOINT_APP_ROLE}.` }
    const held = await graph<{ value: { resourceId: string; appRoleId: string }[] }>(
      'GET',
      `/servicePrincipals/${relay.id}/appRoleAssignments`,
    )
    if (held.value.some(a => a.resourceId === graphApp.id && a.appRoleId === role.id))
      return { outcome: 'alreadyGranted' }
    await graph('POST', `/servicePrincipals/${graphApp.id}/appRoleAssignedTo`, {
      principalId: relay.id,
      resourceId: graphApp.id,
      appRoleId: role.id,
    })
    return { outcome: 'granted' }
  } catch (error) {
    if (error instanceof GraphRefusal) return { outcome: 'refused', code: error.graphCode, message: error.message }
    if (error instanceof RelayError) return { outcome: 'refused', code: error.code, message: error.message }
    throw error
  }
}

/**
 * Consents the console and the relay in the customer. A consent already there is done, not a failure: Partner
 * Center's documentation says nothing of a repeat; it answers 409 Conflict ("Permission entry already exists"), which
 * CIPP-API's Set-CIPPCPVConsent.ps1 reads as already consented. A 403 is the technician's roles: `consentNotAllowed`,
 * in Partner Center's words, which say which is missing (AdminAgents, or a GDAP role that may consent); the code tells
 * a client who may: a member of AdminAgents holding there Cloud Application Administrator, Privileged Role
 * Administrator or Global Administrator.
 */
export async function consentCustomer(
  partnerCenter: PartnerCenter,
  customerId: string,
  applications: ConsentApplications | undefined,
  /** Graph at the customer's authority, on the technician's behalf. */
  graph: Graph,
): Promise<{ customerId: string; applications: ApplicationConsentOutcome[]; sharePoint: SharePointGrantOutcome }> {
  const consoleClientId = applications?.consoleClientId
  if (!applications || !consoleClientId)
    throw new RelayError(
      503,
      'notConfigured',
      'The relay’s setting RELAY_CONSOLE_CLIENT_ID is missing: it names the console’s application to consent.',
    )
  const path = `/customers/${encodeURIComponent(customerId)}/applicationconsents`
  const outcomes: ApplicationConsentOutcome[] = []
  for (const request of consentRequests({ consoleClientId, relayClientId: applications.relayClientId })) {
    try {
      await partnerCenter('POST', path, { applicationId: request.applicationId, applicationGrants: request.grants })
      outcomes.push({ ...request, outcome: 'granted' })
    } catch (error) {
      if (!(error instanceof PartnerCenterRefusal)) throw error
      if (error.status === 409) outcomes.push({ ...request, outcome: 'alreadyConsented' })
      else if (error.status === 403) throw new RelayError(403, 'consentNotAllowed', error.message)
      else throw error
    }
  }
  return {
    customerId,
    applications: outcomes,
    sharePoint: await grantSharePointRole(graph, applications.relayClientId),
  }
}
