import type { TestGraph } from './testWorld'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOMER_PERMISSIONS, PARTNER_PERMISSIONS } from '../../src/auth/graphScopes'
import { CLIENT_TENANTS, PARTNER_TENANT, RESTRICTED_TENANTS } from '../directory'
import { technicianRoles } from './gdap'
import { ROLE } from './gdapRoles'
import { PERMISSIONS, permissionFor } from './permissions'
import { GRAPH_ROUTES } from './server'
import { startTestGraph } from './testWorld'

const [STANDARD] = CLIENT_TENANTS

/** A concrete path of a row's template (`{id}` → `x`). */
const concrete = (path: string) => path.replace(/\{\w+\}/g, 'x')

describe('the Graph test server refuses what Microsoft Graph refuses', () => {
  let graph: TestGraph
  beforeEach(async () => {
    graph ??= await startTestGraph()
    graph.server.reset()
  })
  afterAll(() => graph?.server.close())

  async function call(
    tenantId: string,
    path: string,
    {
      scp,
      roles,
      method = 'GET',
      body,
    }: { scp?: readonly string[]; roles?: readonly string[]; method?: string; body?: unknown } = {},
  ) {
    const claims = roles
      ? { scp: undefined, roles: [...roles] }
      : { scp: (scp ?? (tenantId === PARTNER_TENANT.id ? PARTNER_PERMISSIONS : CUSTOMER_PERMISSIONS)).join(' ') }
    const token = await graph.issuer.mint(tenantId, claims)
    const response = await fetch(graph.server.baseUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return {
      status: response.status,
      code: text ? (JSON.parse(text) as { error?: { code?: string } }).error?.code : undefined,
      headers: response.headers,
    }
  }

  it('has one permission row, with its documentation, for every route it serves, and a route for every row', () => {
    for (const route of GRAPH_ROUTES) {
      const rows = PERMISSIONS.filter(row => row.method === route.method && route.pattern.test(concrete(row.path)))
      expect(rows.length, `${route.method} ${route.pattern}`).toBeGreaterThan(0)
    }
    for (const row of PERMISSIONS) {
      expect(row.doc).toMatch(/^https:\/\/learn\.microsoft\.com\//)
      expect(
        GRAPH_ROUTES.some(route => route.method === row.method && route.pattern.test(concrete(row.path))),
        `${row.method} ${row.path}`,
      ).toBe(true)
    }
  })

  it("refuses a token whose scp holds none of the route's documented permissions with 403", async () => {
    expect(await call(STANDARD.id, '/users', { scp: ['Domain.ReadWrite.All'] })).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
    })
    expect((await call(STANDARD.id, '/users')).status).toBe(200)
    // The partner-side permissions are no customer's: a customer token asking for GDAP is refused.
    expect(
      (await call(PARTNER_TENANT.id, '/tenantRelationships/delegatedAdminCustomers', { scp: CUSTOMER_PERMISSIONS }))
        .status,
    ).toBe(403)
  })

  it('needs User-PasswordProfile.ReadWrite.All to reset a password, User.ReadWrite.All being not enough', async () => {
    const [user] = graph.server.world().tenants.get(STANDARD.id)!.users
    const reset = { passwordProfile: { forceChangePasswordNextSignIn: true, password: 'Xw9!kq2LmP4#zr7T' } }
    expect(permissionFor('PATCH', `/users/${user!.id}`, reset)?.scopes[0]).toBe('User-PasswordProfile.ReadWrite.All')
    expect(
      (await call(STANDARD.id, `/users/${user!.id}`, { method: 'PATCH', body: reset, scp: ['User.ReadWrite.All'] }))
        .status,
    ).toBe(403)
    expect((await call(STANDARD.id, `/users/${user!.id}`, { method: 'PATCH', body: reset })).status).toBe(204)
  })

  it("refuses every call in a customer where the technician's groups hold no role, with Graph's envelope", async () => {
    const { noRole } = RESTRICTED_TENANTS
    expect(technicianRoles(graph.server.world().gdap, noRole.id).size).toBe(0)
    for (const path of ['/organization', '/subscribedSkus', '/users', '/domains'])
      expect(await call(noRole.id, path)).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' })
  })

  it("refuses a write the technician's roles there don't allow, while reads still work", async () => {
    const relationship = graph.server.world().gdap.relationships.find(r => r.customer.tenantId === STANDARD.id)!
    relationship.accessAssignments[0]!.accessDetails.unifiedRoles = [{ roleDefinitionId: ROLE.directoryReaders }]
    expect((await call(STANDARD.id, '/users')).status).toBe(200)
    const user = {
      accountEnabled: true,
      displayName: 'Léa Morel',
      mailNickname: 'lea.morel',
      userPrincipalName: `lea.morel@${STANDARD.defaultDomain}`,
      passwordProfile: { forceChangePasswordNextSignIn: true, password: 'Xw9!kq2LmP4#zr7T' },
    }
    expect(await call(STANDARD.id, '/users', { method: 'POST', body: user })).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
    })
    expect(
      graph.server
        .world()
        .tenants.get(STANDARD.id)!
        .users.some(u => u.mailNickname === 'lea.morel'),
    ).toBe(false)
  })

  it("refuses SharePoint's tenant settings to a delegated GDAP token with 401 accessDenied, and serves an app-only one", async () => {
    const delegated = await call(STANDARD.id, '/admin/sharepoint/settings', {
      scp: ['SharePointTenantSettings.ReadWrite.All'],
    })
    expect(delegated).toMatchObject({ status: 401, code: 'accessDenied' })
    expect(
      (await call(STANDARD.id, '/admin/sharepoint/settings', { roles: ['SharePointTenantSettings.Read.All'] })).status,
    ).toBe(200)
    expect((await call(STANDARD.id, '/admin/sharepoint/settings', { roles: ['User.Read.All'] })).status).toBe(403)
  })

  it("gives the partner its relationships, their role assignments and the technician's groups", async () => {
    const { notConsented } = RESTRICTED_TENANTS
    const filter = encodeURIComponent(`customer/tenantId eq '${notConsented.id}'`)
    const token = await graph.issuer.mint(PARTNER_TENANT.id, { scp: PARTNER_PERMISSIONS.join(' ') })
    const get = async (path: string) =>
      (await fetch(graph.server.baseUrl + path, { headers: { Authorization: `Bearer ${token}` } })).json() as Promise<{
        value: Record<string, unknown>[]
      }>
    const {
      value: [relationship],
    } = await get(`/tenantRelationships/delegatedAdminRelationships?$filter=${filter}`)
    expect(relationship).toMatchObject({ status: 'active', customer: { tenantId: notConsented.id } })
    const { value: assignments } = await get(
      `/tenantRelationships/delegatedAdminRelationships/${String(relationship!.id)}/accessAssignments`,
    )
    const { value: groups } = await get('/me/transitiveMemberOf?$select=id')
    expect(assignments.map(a => (a.accessContainer as { accessContainerId: string }).accessContainerId)).toEqual(
      groups.map(g => g.id),
    )
  })

  it("doesn't let a page read Retry-After, as Graph doesn't expose it to CORS", async () => {
    const { headers } = await call(STANDARD.id, '/organization')
    const exposed = (headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/,\s*/)
    expect(exposed).toContain('etag')
    expect(exposed).not.toContain('retry-after')
  })
})
