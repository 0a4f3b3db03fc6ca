import type { GdapState } from './gdap'
import { randomUUID } from 'node:crypto'
import { GRAPH_RESOURCE } from '../../src/auth/graphScopes'

/**
 * Each tenant's service principals, as Entra keeps them:
 * - an app registered in another tenant has a service principal in a tenant only once it is consented there ("the
 *   service principal object is created in each tenant where the application is used … when consent is granted",
 *   https://learn.microsoft.com/entra/identity-platform/app-objects-and-service-principals): the world makes one when
 *   Partner Center's application-consent API consents the app (`applicationConsents.ts`);
 * - Microsoft's first-party APIs have theirs in every tenant: Microsoft Graph's is made on first use, with the app
 *   roles (application permissions) the console's relay needs, by their ids in the permissions reference
 *   (https://learn.microsoft.com/graph/permissions-reference): SharePointTenantSettings.Read.All and
 *   SharePointTenantSettings.ReadWrite.All;
 * - an application permission is an `appRoleAssignment` of one of the resource's app roles to the client's service
 *   principal (https://learn.microsoft.com/graph/api/resources/approleassignment); the client-credentials tokens
 *   Entra issues the app in that tenant carry the assigned roles' values in `roles`
 *   (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
 */

/** Microsoft Graph's first-party application id. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'

export interface AppRole {
  readonly id: string
  readonly value: string
  readonly displayName: string
  readonly description: string
  readonly allowedMemberTypes: readonly string[]
  readonly isEnabled: boolean
  readonly origin: string
}

/** Graph's app roles the world knows, from the permissions reference (ids and display strings). */
export const GRAPH_APP_ROLES: readonly AppRole[] = [
  {
    id: '83d4163d-a2d8-4d3b-9695-4ae3ca98f888',
    value: 'SharePointTenantSettings.Read.All',
    displayName: 'Read SharePoint and OneDrive tenant settings',
    description:
      'Allows the application to read the tenant-level settings of SharePoint and OneDrive, without a signed-in user.',
    allowedMemberTypes: ['Application'],
    isEnabled: true,
    origin: 'Application',
  },
  {
    id: '19b94e34-907c-4f43-bde9-38b1909ed408',
    value: 'SharePointTenantSettings.ReadWrite.All',
    displayName: 'Read and change SharePoint and OneDrive tenant settings',
    description:
      'Allows the application to read and change the tenant-level settings of SharePoint and OneDrive, without a signed-in user.',
    allowedMemberTypes: ['Application'],
    isEnabled: true,
    origin: 'Application',
  },
]

export interface AppRoleAssignment {
  readonly id: string
  readonly appRoleId: string
  readonly createdDateTime: string
  readonly deletedDateTime: null
  readonly principalDisplayName: string
  readonly principalId: string
  readonly principalType: 'ServicePrincipal'
  readonly resourceDisplayName: string
  readonly resourceId: string
}

export interface ServicePrincipal {
  readonly id: string
  readonly appId: string
  readonly displayName: string
  readonly appRoles: readonly AppRole[]
  /** The app roles assigned to this service principal (its application permissions). */
  readonly appRoleAssignments: AppRoleAssignment[]
}

function principals(state: GdapState, tenantId: string): ServicePrincipal[] {
  let list = state.servicePrincipals.get(tenantId)
  if (!list) {
    list = [
      {
        id: randomUUID(),
        appId: GRAPH_APP_ID,
        displayName: 'Microsoft Graph',
        appRoles: GRAPH_APP_ROLES,
        appRoleAssignments: [],
      },
    ]
    state.servicePrincipals.set(tenantId, list)
  }
  return list
}

/** The tenant's service principals, Graph's first. */
export function servicePrincipalsOf(state: GdapState, tenantId: string): readonly ServicePrincipal[] {
  return principals(state, tenantId)
}

/** The app's service principal in the tenant, if it has one. */
export function servicePrincipalOf(state: GdapState, tenantId: string, appId: string): ServicePrincipal | undefined {
  return principals(state, tenantId).find(sp => sp.appId === appId)
}

/** The app's service principal in the tenant, made now if it has none (its consent there). */
export function ensureServicePrincipal(
  state: GdapState,
  tenantId: string,
  appId: string,
  displayName: string,
): ServicePrincipal {
  const existing = servicePrincipalOf(state, tenantId, appId)
  if (existing) return existing
  const made: ServicePrincipal = { id: randomUUID(), appId, displayName, appRoles: [], appRoleAssignments: [] }
  principals(state, tenantId).push(made)
  return made
}

/** Assigns one of Graph's app roles (by value) to the app's service principal; nothing when it already holds it. */
export function grantGraphAppRole(
  state: GdapState,
  tenantId: string,
  principal: ServicePrincipal,
  value: string,
): void {
  const graph = servicePrincipalOf(state, tenantId, GRAPH_APP_ID)!
  const role = GRAPH_APP_ROLES.find(r => r.value === value)
  if (!role) throw new Error(`The world knows no Graph app role ${value}.`)
  if (principal.appRoleAssignments.some(a => a.resourceId === graph.id && a.appRoleId === role.id)) return
  principal.appRoleAssignments.push(assignment(principal, graph, role.id))
}

export function assignment(
  principal: ServicePrincipal,
  resource: ServicePrincipal,
  appRoleId: string,
): AppRoleAssignment {
  return {
    id: randomUUID(),
    appRoleId,
    createdDateTime: new Date().toISOString(),
    deletedDateTime: null,
    principalDisplayName: principal.displayName,
    principalId: principal.id,
    principalType: 'ServicePrincipal',
    resourceDisplayName: resource.displayName,
    resourceId: resource.id,
  }
}

/**
 * What a client-credentials token for `resource` carries in `roles`: the values of the resource's app roles assigned
 * to the app's service principal in the tenant (none: a token without `roles`, which the resource refuses).
 */
export function grantedAppRoles(state: GdapState, tenantId: string, appId: string, resource: string): string[] {
  const principal = servicePrincipalOf(state, tenantId, appId)
  if (!principal || resource !== GRAPH_RESOURCE) return []
  const graph = servicePrincipalOf(state, tenantId, GRAPH_APP_ID)!
  return principal.appRoleAssignments
    .filter(a => a.resourceId === graph.id)
    .map(a => graph.appRoles.find(role => role.id === a.appRoleId)?.value)
    .filter((value): value is string => value !== undefined)
}
