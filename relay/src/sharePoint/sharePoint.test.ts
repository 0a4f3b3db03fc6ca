import type { GraphServer } from '../../../test-world/graph/server'
import type { RelayOverTestWorld } from '../testing.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RELAY_CLIENT, RESTRICTED_TENANTS } from '../../../test-world/directory'
import { ROLE } from '../../../test-world/graph/gdapRoles'
import { startGraphServer } from '../../../test-world/graph/server'
import { servicePrincipalOf } from '../../../test-world/graph/servicePrincipals'
import { startRelayOverTestWorld } from '../testing.js'

/**
 * SharePoint's tenant settings with nothing faked: the relay's own app-only token from MSAL Node's client-credentials
 * flow at the test world's Entra (the customer's authority), which the Graph test server takes for
 * `/admin/sharepoint/settings` when its `roles` hold the permission.
 */
describe("SharePoint's tenant settings through the relay, app-only", () => {
  const [customer, another] = CLIENT_TENANTS
  let relay: RelayOverTestWorld<GraphServer>
  let graph: GraphServer
  // The waits a throttled call asked for, recorded rather than slept.
  const waits: number[] = []
  const retry = { attempts: 3, baseDelayMs: 100, maxDelayMs: 5000, sleep: async (ms: number) => void waits.push(ms) }

  beforeAll(async () => {
    relay = await startRelayOverTestWorld({
      startServices: entra => startGraphServer({ keys: entra.publicJwks as never, authorityOrigin: entra.origin }),
      gdap: started => started.world().gdap,
      routes: started => ({ graphUrl: started.baseUrl, retry }),
    })
    graph = relay.services
  })
  beforeEach(() => {
    graph.reset()
    waits.length = 0
  })
  afterAll(() => relay.close())

  const call = (method: string, path: string, body?: unknown) => relay.call(method, path, body)
  const settingsOf = (tenantId: string) => `/api/tenants/${tenantId}/sharepoint/settings`

  it('reads and changes external sharing and site creation with an app-only token', async () => {
    const read = await call('GET', settingsOf(customer.id))
    expect(read).toMatchObject({ status: 200, body: { sharingCapability: expect.any(String) } })
    expect(Object.keys(read.body).sort()).toEqual(['isSiteCreationEnabled', 'sharingCapability'])
    const changed = await call('PATCH', settingsOf(customer.id), {
      sharingCapability: 'existingExternalUserSharingOnly',
      isSiteCreationEnabled: false,
    })
    expect(changed).toEqual({
      status: 200,
      body: { sharingCapability: 'existingExternalUserSharingOnly', isSiteCreationEnabled: false },
    })
    expect(graph.world().tenants.get(customer.id)!.sharepointSettings).toMatchObject({
      sharingCapability: 'existingExternalUserSharingOnly',
      isSiteCreationEnabled: false,
    })
    expect(graph.requests.filter(r => r.path.startsWith('/admin/sharepoint')).map(r => [r.method, r.status])).toEqual([
      ['GET', 200],
      ['PATCH', 200],
    ])
  })

  it('refuses a technician without SharePoint Administrator there, before any app-only call', async () => {
    const relationship = graph.world().gdap.relationships.find(r => r.customer.tenantId === customer.id)!
    relationship.accessAssignments[0]!.accessDetails.unifiedRoles =
      relationship.accessAssignments[0]!.accessDetails.unifiedRoles.filter(
        role => role.roleDefinitionId !== ROLE.sharePointAdministrator,
      )
    const refused = await call('PATCH', settingsOf(customer.id), { isSiteCreationEnabled: true })
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'roleMissing' } } })
    expect(refused.body.error.message).toContain('SharePoint Administrator')
    expect(graph.requests.filter(r => r.path.startsWith('/admin/sharepoint'))).toEqual([])
    // Read on the partner's side only, with the technician's own token there.
    expect(new Set(graph.requests.map(r => r.tenantId))).toEqual(new Set([PARTNER_TENANT.id]))
  })

  it('refuses a value Graph would refuse before asking any token', async () => {
    const refused = await call('PATCH', settingsOf(customer.id), { sharingCapability: 'everyone' })
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid', field: 'sharingCapability' } } })
    expect((await call('PATCH', settingsOf(customer.id), { storageQuota: 5 })).status).toBe(400)
    expect(graph.requests).toEqual([])
  })

  it('says the app lacks its permission where its role was never granted, and where it was never consented', async () => {
    // Another customer than the first tests': MSAL keeps the app's token per tenant until it expires.
    servicePrincipalOf(graph.world().gdap, another!.id, RELAY_CLIENT.id)!.appRoleAssignments.length = 0
    const noRole = await call('GET', settingsOf(another!.id))
    expect(noRole).toMatchObject({ status: 403, body: { error: { code: 'appPermissionMissing' } } })
    expect(noRole.body.error.message).toContain('consent the tenant again')
    // Graph refused the token without `roles`, and a fresh one as well; Garage Martin's Entra has no service
    // principal of the relay at all, so no token to send.
    const atSharePoint = () => graph.requests.filter(r => r.path.startsWith('/admin/sharepoint'))
    expect(atSharePoint().map(r => r.status)).toEqual([403, 403])
    const notConsented = await call('GET', settingsOf(RESTRICTED_TENANTS.notConsented.id))
    expect(notConsented).toMatchObject({ status: 403, body: { error: { code: 'appPermissionMissing' } } })
    expect(atSharePoint()).toHaveLength(2)
  })

  it('asks a fresh app-only token when Graph refuses the one kept, so a role granted since counts at once', async () => {
    // Its token kept by MSAL from a read while the app's role wasn't granted there, as after a consent a
    // Privileged Role Administrator hadn't made yet.
    const [, , third] = CLIENT_TENANTS
    const relaySp = servicePrincipalOf(graph.world().gdap, third.id, RELAY_CLIENT.id)!
    const granted = relaySp.appRoleAssignments.splice(0)
    expect(await call('GET', settingsOf(third.id))).toMatchObject({
      status: 403,
      body: { error: { code: 'appPermissionMissing' } },
    })
    relaySp.appRoleAssignments.push(...granted)
    expect(await call('GET', settingsOf(third.id))).toMatchObject({ status: 200 })
    const asked = graph.requests.filter(r => r.path === '/admin/sharepoint/settings' && r.tenantId === third.id)
    // Refused twice at first (the kept token, then a fresh one still without the role), then refused and read.
    expect(asked.map(r => r.status)).toEqual([403, 403, 403, 200])
  })

  it('sends a throttled call again after the wait Graph asks, in seconds or as a date, and says busy past its tries', async () => {
    const path = '/admin/sharepoint/settings'
    graph.faults.add({ fault: 'throttle', count: 1, path, retryAfterSeconds: 2 })
    graph.faults.add({ fault: 'unavailable', count: 1, path, retryAfterSeconds: 3, retryAfterAs: 'date' })
    expect(await call('GET', settingsOf(customer.id))).toMatchObject({ status: 200 })
    const asked = graph.requests.filter(r => r.path === path).map(r => r.status)
    expect(asked).toEqual([429, 503, 200])
    expect(waits[0]).toBe(2000)
    // An HTTP date says whole seconds: the three asked, less the part of a second already gone.
    expect(waits[1]).toBeGreaterThan(1000)
    expect(waits[1]).toBeLessThanOrEqual(3000)

    graph.faults.add({ fault: 'throttle', count: 3, path })
    const busy = await call('PATCH', settingsOf(customer.id), { isSiteCreationEnabled: false })
    expect(busy).toMatchObject({ status: 503, body: { error: { code: 'throttled' } } })
    expect(graph.requests.filter(r => r.path === path && r.method === 'PATCH').map(r => r.status)).toEqual([
      429, 429, 429,
    ])
  })
})
