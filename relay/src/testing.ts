import type { JWK } from 'jose'
import type { AddressInfo } from 'node:net'
import type { GdapState } from '../../test-world/graph/gdap'
import type { OidcServer } from '../../test-world/oidc/server'
import { createServer } from 'node:net'
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose'
import { PARTNER_TENANT, RELAY_CLIENT } from '../../test-world/directory'
import { startOidcServer } from '../../test-world/oidc/server'
import { trustingNetworkClient } from '../../test-world/oidc/trustingNetworkClient'
import { callerCheck } from './auth.js'
import { readRelayConfig } from './config.js'
import { createDownstreamTokens } from './downstream.js'
import { serveLocally } from './local.js'
import { createRelay } from './relay.js'
import { relayRoutes } from './routes.js'

// Tests only (excluded from the relay's build): the relay over the test world, nothing faked.

/** A port free now: the provider's issuers name their port before it listens. */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>(resolve => probe.close(() => resolve()))
  return port
}

/** Where the test world's Entra serves, for the Microsoft servers a test starts behind the relay. */
export interface TestEntra {
  readonly publicJwks: OidcServer['publicJwks']
  /** `https://localhost:<port>`: each tenant's authority is `<origin>/<tenantId>`. */
  readonly origin: string
}

/** A Microsoft test server the relay calls. */
interface Closable {
  readonly close: () => Promise<void>
}

export interface RelayOverTestWorld<Services> {
  readonly services: Services
  /** Calls the relay as the partner's technician (their token for the relay's scope, with MFA). */
  readonly call: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: RelayAnswer }>
  readonly close: () => Promise<void>
}

// The answers are read loosely: their shapes are what the tests check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RelayAnswer = Record<string, any>

/**
 * The relay served locally with its real token checks and MSAL Node's downstream tokens from the test world's Entra
 * (on-behalf-of and client credentials), in front of the Microsoft servers `startServices` starts; `gdap` says whose
 * GDAP and consent that Entra reads, `routes` where the relay's functions find those servers.
 */
export async function startRelayOverTestWorld<Services extends Closable>(options: {
  readonly startServices: (entra: TestEntra) => Promise<Services>
  readonly gdap: (services: Services) => GdapState
  readonly routes: (services: Services) => Omit<Parameters<typeof relayRoutes>[0], 'downstream'>
}): Promise<RelayOverTestWorld<Services>> {
  const kid = 'relay-test-world-key'
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } as JWK
  const key = await importJWK(jwk, 'RS256')
  const port = await freePort()
  const origin = `https://localhost:${port}`
  const started: { services?: Services } = {}
  const oidc = await startOidcServer({
    port,
    appOrigins: ['http://127.0.0.1:4174'],
    gdap: () => options.gdap(started.services!),
    signingKey: jwk as never,
  })
  const services = await options.startServices({ publicJwks: oidc.publicJwks, origin })
  started.services = services
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
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  const downstream = createDownstreamTokens(config, { networkClient: trustingNetworkClient(oidc.ca) })
  const served = await serveLocally(
    createRelay({
      allowedOrigin: config.allowedOrigin,
      checkCaller: callerCheck(config, createLocalJWKSet({ keys: [publicJwk] })),
      routes: relayRoutes({ downstream, ...options.routes(services) }),
    }),
  )
  const technician = () =>
    new SignJWT({ tid: PARTNER_TENANT.id, oid: 'technician-oid', scp: 'access_as_user', amr: ['pwd', 'mfa'] })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(`${origin}/${PARTNER_TENANT.id}`)
      .setAudience(RELAY_CLIENT.apiUri)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key)

  return {
    services,
    call: async (method, path, body) => {
      const response = await fetch(served.origin + path, {
        method,
        headers: { Authorization: `Bearer ${await technician()}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: (await response.json()) as RelayAnswer }
    },
    close: async () => {
      await Promise.all([served.close(), services.close(), oidc.close()])
    },
  }
}
