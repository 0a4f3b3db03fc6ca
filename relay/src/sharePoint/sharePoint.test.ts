import type { JWK } from 'jose'
import type { AddressInfo } from 'node:net'
import type { GraphServer } from '../../../test-world/graph/server'
import type { OidcServer } from '../../../test-world/oidc/server'
import { createServer } from 'node:net'
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RELAY_CLIENT, RESTRICTED_TENANTS } from '../../../test-world/directory'
import { ROLE } from '../../../test-world/graph/gdapRoles'
import { startGraphServer } from '../../../test-world/graph/server'
import { servicePrincipalOf } from '../../../test-world/graph/servicePrincipals'
import { startOidcServer } from '../../../test-world/oidc/server'
import { trustingNetworkClient } from '../../../test-world/oidc/trustingNetworkClient'
import { callerCheck } from '../auth.js'
import { readRelayConfig } from '../config.js'
import { createDownstreamTokens } from '../downstream.js'
import { serveLocally } from '../local.js'
import { createRelay } from '../relay.js'
import { relayRoutes } from '../routes.js'

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>(resolve => probe.close(() => resolve()))
  return port
}

/**
 * SharePoint's tenant settings with nothing faked: the relay's own app-only token from MSAL Node's client-credentials
 * flow at the test world's Entra (the customer's authority), which the Graph test server takes for
 * `/admin/sharepoint/settings` when its `roles` hold the permission.
 */
describe("SharePoint's tenant settings through the relay, app-only", () => {
  const [customer, another] = CLIENT_TENANTS
  let oidc: OidcServer
  let graph: GraphServer
  let served: Awaited<ReturnType<typeof serveLocally>>
  let technician: () => Promise<string>

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
    const jwk = { ...(await exportJWK(privateKey)), kid: 'relay-sp-key', alg: 'RS256', use: 'sig' } as JWK
    const key = await importJWK(jwk, 'RS256')
    const port = await freePort()
    const origin = `https://localhost:${port}`
    const shared: { graph?: GraphServer } = {}
    oidc = await startOidcServer({
      port,
      appOrigins: ['http://127.0.0.1:4174'],
      gdap: () => shared.graph!.world().gdap,
      signingKey: jwk as never,
    })
    graph = await startGraphServer({ keys: oidc.publicJwks as never, authorityOrigin: origin })
    shared.graph = graph
    const config = readRelayConfig({
      RELAY_TENANT_ID: PARTNER_TENANT.id,
      RELAY_AUDIENCE: RELAY_CLIENT.apiUri,
      RELAY_ISSUER: `${origin}/${PARTNER_TENANT.id}`,
      RELAY_JWKS_URI: 'https://unused.example/keys',
      RELAY_ALLOWED_ORIGIN: 'http://127.0.0.1:4174',
      RELAY_CLIENT_ID: RELAY_CLIENT.id,
      RELAY_CLIENT_SECRET: RELAY_CLIENT.secret,
      RELAY_AUTHORITY_HOST: origin,
    })
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'relay-sp-key', alg: 'RS256', use: 'sig' }
    const downstream = createDownstreamTokens(config, { networkClient: trustingNetworkClient(oidc.ca) })
    served = await serveLocally(
      createRelay({
        allowedOrigin: config.allowedOrigin,
        checkCaller: callerCheck(config, createLocalJWKSet({ keys: [publicJwk] })),
        routes: relayRoutes({ downstream, graphUrl: graph.baseUrl }),
      }),
    )
    technician = () =>
      new SignJWT({ tid: PARTNER_TENANT.id, oid: 'technician-oid', scp: 'access_as_user', amr: ['pwd', 'mfa'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'relay-sp-key' })
        .setIssuer(`${origin}/${PARTNER_TENANT.id}`)
        .setAudience(RELAY_CLIENT.apiUri)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key)
  })
  beforeEach(() => graph.reset())
  afterAll(async () => {
    await Promise.all([served.close(), graph.close(), oidc.close()])
  })

  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(served.origin + path, {
      method,
      headers: { Authorization: `Bearer ${await technician()}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    // The answers are read loosely: their shapes are what the tests check.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }
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
    // Graph refused the token without `roles`; Garage Martin's Entra has no service principal of the relay at all.
    const atSharePoint = () => graph.requests.filter(r => r.path.startsWith('/admin/sharepoint'))
    expect(atSharePoint().map(r => r.status)).toEqual([403])
    const notConsented = await call('GET', settingsOf(RESTRICTED_TENANTS.notConsented.id))
    expect(notConsented).toMatchObject({ status: 403, body: { error: { code: 'appPermissionMissing' } } })
    expect(atSharePoint()).toHaveLength(1)
  })
})
