import type { GraphCall, Route } from '../router'
import type { AppRoleAssignment, ServicePrincipal } from '../servicePrincipals'
import { technicianRoles } from '../gdap'
import { ROLE } from '../gdapRoles'
import { badRequest, GraphHttpError, json, notFound } from '../http'
import { context, directoryOf, route } from '../router'
import { assignment, GRAPH_APP_ID, servicePrincipalsOf } from '../servicePrincipals'

/**
 * The caller's tenant's service principals (`servicePrincipals.ts`), as far as a relay granting an app role needs:
 * - `GET /servicePrincipals(appId='{appId}')`, the alternate key (https://learn.microsoft.com/graph/api/serviceprincipal-get);
 * - `GET /servicePrincipals/{id}/appRoleAssignments`, the app roles granted to it
 *   (https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignments);
 * - `POST /servicePrincipals/{id}/appRoleAssignedTo` `{ principalId, resourceId, appRoleId }`, where `{id}` is the
 *   resource's (https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto).
 * The servicePrincipal and appRoleAssignment types are not in the schema subset (`schema/SOURCE.md`): the body is
 * checked here against the appRoleAssignment resource page's three required properties, and answers carry only the
 * properties that page and the servicePrincipal page list.
 */

/** Who may assign a Microsoft Graph app role: "Privileged Role Administrator - the least privileged role supported
 * for Microsoft Graph and Azure AD Graph app roles" (the page's roles include, rbac-approleassignments-apis-write.md),
 * and Global Administrator above it. */
const GRAPH_APP_ROLE_GRANTERS: readonly string[] = [ROLE.privilegedRoleAdministrator, ROLE.globalAdministrator]

function principalView(call: GraphCall, sp: ServicePrincipal) {
  return {
    '@odata.context': context(call, 'servicePrincipals/$entity'),
    id: sp.id,
    appId: sp.appId,
    displayName: sp.displayName,
    servicePrincipalType: 'Application',
    appRoles: sp.appRoles,
  }
}

function byId(call: GraphCall, id: string): ServicePrincipal {
  directoryOf(call)
  const sp = servicePrincipalsOf(call.world.gdap, call.caller.tenantId).find(p => p.id === id)
  if (!sp)
    throw notFound(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`)
  return sp
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function assignmentBody(body: unknown): { principalId: string; resourceId: string; appRoleId: string } {
  const { principalId, resourceId, appRoleId, ...rest } = (body ?? {}) as Record<string, unknown>
  const unknownProperty = Object.keys(rest)[0]
  if (unknownProperty)
    throw badRequest(`Property '${unknownProperty}' does not exist on type 'microsoft.graph.appRoleAssignment'.`)
  for (const [name, value] of Object.entries({ principalId, resourceId, appRoleId }))
    if (typeof value !== 'string' || !GUID.test(value))
      throw badRequest(`Invalid value specified for property '${name}' of resource 'AppRoleAssignment'.`)
  return { principalId: principalId as string, resourceId: resourceId as string, appRoleId: appRoleId as string }
}

function assignAppRole(call: GraphCall, [resourceSpId]: readonly string[]) {
  const resource = byId(call, resourceSpId!)
  const request = assignmentBody(call.body)
  if (request.resourceId !== resource.id)
    throw badRequest('The resourceId must be the service principal the request is addressed to.')
  if (
    resource.appId === GRAPH_APP_ID &&
    call.caller.scopes.length > 0 &&
    call.caller.tenantId !== call.world.partnerTenantId &&
    !GRAPH_APP_ROLE_GRANTERS.some(role => technicianRoles(call.world.gdap, call.caller.tenantId).has(role))
  )
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
  const principal = byId(call, request.principalId)
  if (!resource.appRoles.some(role => role.id === request.appRoleId))
    throw badRequest('Permission being assigned was not found on application')
  if (principal.appRoleAssignments.some(a => a.resourceId === resource.id && a.appRoleId === request.appRoleId))
    throw badRequest('Permission being assigned already exists on the object')
  const made: AppRoleAssignment = assignment(principal, resource, request.appRoleId)
  principal.appRoleAssignments.push(made)
  return json(
    { '@odata.context': context(call, `servicePrincipals('${resource.id}')/appRoleAssignedTo/$entity`), ...made },
    201,
  )
}

export const servicePrincipalRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/servicePrincipals\(appId='([^']+)'\)$/,
    handle: (call, [appId]) => {
      directoryOf(call)
      const sp = servicePrincipalsOf(call.world.gdap, call.caller.tenantId).find(p => p.appId === appId)
      if (!sp)
        throw notFound(
          `Resource '${appId}' does not exist or one of its queried reference-property objects are not present.`,
        )
      return json(principalView(call, sp))
    },
  },
  route('GET', '/servicePrincipals/{id}/appRoleAssignments', (call, [id]) => {
    const sp = byId(call, id!)
    return json({
      '@odata.context': context(call, `servicePrincipals('${sp.id}')/appRoleAssignments`),
      value: sp.appRoleAssignments,
    })
  }),
  route('POST', '/servicePrincipals/{id}/appRoleAssignedTo', assignAppRole),
]
