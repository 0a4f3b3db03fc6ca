import type { TestGraph } from './testWorld'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, RELAY_CLIENT } from '../directory'
import { ROLE } from './gdapRoles'
import { GRAPH_APP_ID, GRAPH_APP_ROLES, grantedAppRoles, servicePrincipalOf } from './servicePrincipals'
import { startTestGraph } from './testWorld'

const [STANDARD] = CLIENT_TENANTS
const RELAY_SCOPES = ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All']
const READ_WRITE = GRAPH_APP_ROLES.find(role => role.value === 'SharePointTenantSettings.ReadWrite.All')!
const READ = GRAPH_APP_ROLES.find(role => role.value === 'SharePointTenantSettings.Read.All')!

describe("the Graph test server's service principals and SharePoint's app-only settings", () => {
  let graph: TestGraph
  beforeEach(async () => {
    graph ??= await startTestGraph()
    graph.server.reset()
  })
  afterAll(() => graph?.server.close())

  async function call(
    path: string,
    claims: { scp?: readonly string[]; roles?: readonly string[] },
    { method = 'GET', body }: { method?: string; body?: unknown } = {},
  ) {
    const token = await graph.issuer.mint(
      STANDARD.id,
      claims.roles ? { scp: undefined, roles: [...claims.roles] } : { scp: (claims.scp ?? []).join(' ') },
    )
    const response = await fetch(graph.server.baseUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const json = (text ? JSON.parse(text) : {}) as Record<string, unknown> & { error?: { code?: string } }
    return { status: response.status, code: json.error?.code, json }
  }

  it("finds a service principal by its appId and lists its app roles' assignments", async () => {
    const relay = await call(`/servicePrincipals(appId='${RELAY_CLIENT.id}')`, { scp: RELAY_SCOPES })
    expect(relay).toMatchObject({ status: 200, json: { appId: RELAY_CLIENT.id } })
    const assignments = await call(`/servicePrincipals/${String(relay.json.id)}/appRoleAssignments`, {
      scp: RELAY_SCOPES,
    })
    expect((assignments.json.value as { appRoleId: string }[]).map(a => a.appRoleId)).toEqual([READ_WRITE.id])
    expect((await call(`/servicePrincipals(appId='${RELAY_CLIENT.id}')`, { scp: ['User.Read'] })).status).toBe(403)
    const unknown = await call(`/servicePrincipals(appId='11111111-2222-3333-4444-555555555555')`, {
      scp: RELAY_SCOPES,
    })
    expect(unknown).toMatchObject({ status: 404, code: 'Request_ResourceNotFound' })
  })

  it('grants a Graph app role only with both permissions and Privileged Role Administrator, once', async () => {
    const gdap = graph.server.world().gdap
    const relay = servicePrincipalOf(gdap, STANDARD.id, RELAY_CLIENT.id)!
    relay.appRoleAssignments.length = 0
    const graphSp = servicePrincipalOf(gdap, STANDARD.id, GRAPH_APP_ID)!
    const path = `/servicePrincipals/${graphSp.id}/appRoleAssignedTo`
    const body = { principalId: relay.id, resourceId: graphSp.id, appRoleId: READ_WRITE.id }
    const post = (scp: readonly string[], sent: unknown = body) => call(path, { scp }, { method: 'POST', body: sent })

    expect(await post(['AppRoleAssignment.ReadWrite.All'])).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
    })
    expect((await post(['Application.Read.All'])).status).toBe(403)
    // The console's roles include User Administrator, which may assign app roles, but not Microsoft Graph's.
    expect(await post(RELAY_SCOPES)).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' })
    expect(grantedAppRoles(gdap, STANDARD.id, RELAY_CLIENT.id, 'https://graph.microsoft.com')).toEqual([])

    const relationship = gdap.relationships.find(r => r.customer.tenantId === STANDARD.id)!
    relationship.accessDetails.unifiedRoles.push({ roleDefinitionId: ROLE.privilegedRoleAdministrator })
    relationship.accessAssignments[0]!.accessDetails.unifiedRoles.push({
      roleDefinitionId: ROLE.privilegedRoleAdministrator,
    })
    expect((await post(RELAY_SCOPES, { ...body, appRoleId: '00000000-0000-0000-0000-000000000001' })).status).toBe(400)
    expect((await post(RELAY_SCOPES, { ...body, principalName: 'x' })).status).toBe(400)
    expect(await post(RELAY_SCOPES)).toMatchObject({ status: 201, json: { appRoleId: READ_WRITE.id } })
    expect(grantedAppRoles(gdap, STANDARD.id, RELAY_CLIENT.id, 'https://graph.microsoft.com')).toEqual([
      READ_WRITE.value,
    ])
    expect(await post(RELAY_SCOPES)).toMatchObject({ status: 400, code: 'Request_BadRequest' })
  })

  it("serves SharePoint's settings app-only: Read.All reads, ReadWrite.All writes within the schema", async () => {
    const settings = '/admin/sharepoint/settings'
    expect(await call(settings, { scp: ['SharePointTenantSettings.ReadWrite.All'] })).toMatchObject({
      status: 401,
      code: 'accessDenied',
    })
    expect((await call(settings, { roles: [READ.value] })).status).toBe(200)
    const patch = (roles: readonly string[], body: unknown) => call(settings, { roles }, { method: 'PATCH', body })
    expect((await patch([READ.value], { isSiteCreationEnabled: false })).status).toBe(403)
    expect((await patch([READ_WRITE.value], { sharingCapability: 'everyone' })).status).toBe(400)
    expect((await patch([READ_WRITE.value], { isSiteCreationEnabld: false })).status).toBe(400)
    expect(
      await patch([READ_WRITE.value], { sharingCapability: 'disabled', isSiteCreationEnabled: false }),
    ).toMatchObject({ status: 200, json: { sharingCapability: 'disabled', isSiteCreationEnabled: false } })
    expect((await call(settings, { roles: [READ_WRITE.value] })).json).toMatchObject({ sharingCapability: 'disabled' })
  })
})
