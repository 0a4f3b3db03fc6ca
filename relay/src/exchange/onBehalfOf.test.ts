import type { JWK } from 'jose'
import type { AddressInfo } from 'node:net'
import type { ExchangeServer } from '../../../test-world/exchange/server'
import type { OidcServer } from '../../../test-world/oidc/server'
import { createServer } from 'node:net'
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RELAY_CLIENT, RESTRICTED_TENANTS } from '../../../test-world/directory'
import { startExchangeServer } from '../../../test-world/exchange/server'
import { seedWorld } from '../../../test-world/graph/world'
import { startOidcServer } from '../../../test-world/oidc/server'
import { trustingNetworkClient } from '../../../test-world/oidc/trustingNetworkClient'
import { callerCheck } from '../auth.js'
import { readRelayConfig } from '../config.js'
import { createDownstreamTokens } from '../downstream.js'
import { serveLocally } from '../local.js'
import { createRelay } from '../relay.js'
import { relayRoutes } from '../routes.js'

/** A port free now: the provider's issuers name their port before it listens. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>(resolve => probe.close(() => resolve()))
  return port
}

/**
 * The whole path with nothing faked: the technician's token for the relay, exchanged with MSAL
 * Node's on-behalf-of flow at the test world's Entra for an Exchange token at the customer's
 * authority, which the Exchange admin test server accepts (audience, tenant, Exchange.Manage, GDAP role).
 */
describe('Exchange Online through the relay with tokens exchanged on-behalf-of', () => {
  const world = seedWorld()
  const [customer] = CLIENT_TENANTS
  let oidc: OidcServer
  let exchange: ExchangeServer
  let served: Awaited<ReturnType<typeof serveLocally>>
  let technician: () => Promise<string>

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
    const jwk = { ...(await exportJWK(privateKey)), kid: 'relay-exchange-key', alg: 'RS256', use: 'sig' } as JWK
    const key = await importJWK(jwk, 'RS256')
    const port = await freePort()
    const origin = `https://localhost:${port}`
    oidc = await startOidcServer({
      port,
      appOrigins: ['http://127.0.0.1:4174'],
      gdap: () => world.gdap,
      signingKey: jwk as never,
    })
    exchange = await startExchangeServer({
      keys: oidc.publicJwks as never,
      authorityOrigin: origin,
      world: () => world,
    })
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
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'relay-exchange-key', alg: 'RS256', use: 'sig' }
    const downstream = createDownstreamTokens(config, { networkClient: trustingNetworkClient(oidc.ca) })
    served = await serveLocally(
      createRelay({
        allowedOrigin: config.allowedOrigin,
        checkCaller: callerCheck(config, createLocalJWKSet({ keys: [publicJwk] })),
        routes: relayRoutes({ downstream, exchangeOrigin: exchange.baseUrl }),
      }),
    )
    technician = () =>
      new SignJWT({ tid: PARTNER_TENANT.id, oid: 'technician-oid', scp: 'access_as_user', amr: ['pwd', 'mfa'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'relay-exchange-key' })
        .setIssuer(`${origin}/${PARTNER_TENANT.id}`)
        .setAudience(RELAY_CLIENT.apiUri)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key)
  })
  afterAll(async () => {
    await Promise.all([served.close(), exchange.close(), oidc.close()])
  })

  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(served.origin + path, {
      method,
      headers: { Authorization: `Bearer ${await technician()}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it("turns IMAP off for a customer's defaults with an Exchange token exchanged for the technician's", async () => {
    const changed = await call('PATCH', `/api/tenants/${customer.id}/exchange/protocols`, {
      protocols: { imap: false },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.plans).toEqual([
      expect.objectContaining({ protocols: expect.objectContaining({ imap: false }) }),
    ])
    expect(exchange.requests.map(r => [r.cmdlet, r.status])).toEqual([
      ['Get-CASMailboxPlan', 200],
      ['Set-CASMailboxPlan', 200],
      ['Get-CASMailboxPlan', 200],
    ])
  })

  it('asks the technician to sign in where the relay is not consented, before calling Exchange', async () => {
    exchange.requests.length = 0
    const refused = await call('GET', `/api/tenants/${RESTRICTED_TENANTS.notConsented.id}/exchange/protocols`)
    expect(refused.status).toBe(401)
    expect((refused.body.error as { code: string }).code).toBe('signInNeeded')
    expect(exchange.requests).toEqual([])
  })
})
