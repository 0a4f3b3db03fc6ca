import type { IncomingMessage, ServerResponse } from 'node:http'
import type Provider from 'oidc-provider'
import type { JWK } from 'oidc-provider'
import type { JsonWebKey } from 'node:crypto'
import type { GdapState } from '../graph/gdap'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:https'
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../directory'
import { readJsonBody } from '../readJsonBody'
import { makeLocalhostCertificate } from './certificate'
import { createClientCredentials } from './clientCredentials'
import { createConsentGate } from './consentGate'
import { InteractionDemands } from './interactionDemands'
import { MfaDemands } from './mfaDemands'
import { registerOnBehalfOf } from './onBehalfOf'
import { createTenantProvider } from './tenantProvider'

/** A tenant id, as Entra's authorities name tenants. */
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export interface OidcServer {
  /** The public signing keys every tenant's tokens verify against (also at each `<authority>/jwks`). */
  readonly publicJwks: { keys: JsonWebKey[] }
  /** The self-signed certificate it serves (PEM): a server-side client (MSAL Node) trusts it through this. */
  readonly ca: string
  readonly close: () => Promise<void>
}

export interface OidcServerOptions {
  readonly port: number
  readonly appOrigins: readonly string[]
  /** The world's GDAP and consent (the Graph server's, read on each request: a test may reseed it). */
  readonly gdap: () => GdapState
  /** Its signing key (a private RS256 JWK, `kid` set), so a unit test mints a technician's token as it would. */
  readonly signingKey?: JWK
}

function signingKey(given?: JWK): { privateJwk: JWK; publicJwk: JsonWebKey } {
  if (given) {
    // The public half: the JWK without its private members.
    const publicJwk = Object.fromEntries(
      Object.entries(given).filter(([name]) => !['d', 'p', 'q', 'dp', 'dq', 'qi'].includes(name)),
    ) as JsonWebKey
    return { privateJwk: { alg: 'RS256', use: 'sig', ...given }, publicJwk: { alg: 'RS256', use: 'sig', ...publicJwk } }
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = randomBytes(8).toString('hex')
  return {
    privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } as JWK,
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
  }
}

/**
 * `POST /_test/interaction-required` with `{ tenantId, session }` (the browser's `_session`
 * cookie): that sign-in session must act again at that client tenant; `POST /_test/mfa-required`
 * with `{ session }`: its MFA is no longer enough (`mfaDemands.ts`). Never part of Entra.
 */
function testControl(provider: Provider, demands: InteractionDemands, mfa: MfaDemands) {
  async function answer(req: IncomingMessage): Promise<number> {
    if (req.method !== 'POST') return 404
    const { tenantId, session } = ((await readJsonBody(req)) ?? {}) as { tenantId?: unknown; session?: unknown }
    const found = typeof session === 'string' ? await provider.Session.find(session) : undefined
    if (req.url?.startsWith('/_test/mfa-required')) {
      if (!found) return 400
      mfa.demand(found.uid)
      return 204
    }
    if (!req.url?.startsWith('/_test/interaction-required')) return 404
    if (typeof tenantId !== 'string' || !CLIENT_TENANTS.some(tenant => tenant.id === tenantId) || !found) return 400
    demands.demand(tenantId, found.uid)
    return 204
  }
  return (req: IncomingMessage, res: ServerResponse) => {
    answer(req).then(
      status => res.writeHead(status).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    )
  }
}

/**
 * The test world's Entra ID: https://localhost:<port>/<tenantId> for the partner and each client
 * tenant, each a real OpenID provider, all sharing one store (oidc-provider's in-memory one),
 * cookie keys and signing keys: a technician signed in at the partner's authority is signed in
 * at every client tenant's, and a refresh token from one redeems at another, as Entra's
 * multi-resource refresh tokens do (MSAL then gets client tenants' tokens without a prompt).
 */
export async function startOidcServer({
  port,
  appOrigins,
  gdap,
  signingKey: given,
}: OidcServerOptions): Promise<OidcServer> {
  const cookieKeys = [randomBytes(32).toString('hex')]
  const { privateJwk, publicJwk } = signingKey(given)
  const adapter = createMemoryAdapter()
  const interactionDemands = new InteractionDemands()
  const mfaDemands = new MfaDemands()
  const handlers = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>()
  const providers: Provider[] = []
  function addTenant(tenantId: string) {
    const issuer = `https://localhost:${port}/${tenantId}`
    const provider = createTenantProvider({
      tenantId,
      issuer,
      appOrigins,
      cookieKeys,
      adapter,
      signingKeys: [privateJwk],
      interactionDemands,
      mfaDemands,
    })
    registerOnBehalfOf(provider, {
      tenantId,
      origin: `https://localhost:${port}`,
      gdap,
      signingKey: privateJwk,
      publicJwks: { keys: [publicJwk as never] },
    })
    providers.push(provider)
    const handler = provider.callback()
    handlers.set(tenantId, handler)
    return handler
  }
  for (const tenantId of [PARTNER_TENANT.id, ...CLIENT_TENANTS.map(tenant => tenant.id)]) addTenant(tenantId)
  // The store is shared: any tenant's provider finds the one sign-in session.
  const control = testControl(providers[0]!, interactionDemands, mfaDemands)
  const redirectUris = appOrigins.flatMap(origin => [`${origin}/redirect.html`, `${origin}/`])
  const gate = createConsentGate({ gdap, redirectUris, appOrigins, provider: () => providers[0]! })
  const clientCredentials = createClientCredentials({
    origin: `https://localhost:${port}`,
    gdap,
    signingKey: privateJwk,
  })

  /** Entra's consent before the tenant's provider: true when the gate answered itself. */
  async function gated(req: IncomingMessage, res: ServerResponse, tenantId: string, path: string): Promise<boolean> {
    const url = new URL(path, `https://localhost:${port}`)
    if (url.pathname === '/v2.0/adminconsent') {
      await gate.adminConsent(req, res, tenantId, url)
      return true
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      if (await gate.token(req, res, tenantId)) return true
      // The gate read the body (`req.body`). App-only tokens (`clientCredentials.ts`) are the world's own, as
      // on-behalf-of's are.
      const params = new URLSearchParams(String((req as { body?: unknown }).body ?? ''))
      if (params.get('grant_type') !== 'client_credentials') return false
      const answer = await clientCredentials(tenantId, params)
      res.writeHead(answer.status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      res.end(JSON.stringify(answer.body))
      return true
    }
    if (url.pathname === '/auth' && req.method === 'GET') return gate.authorization(res, tenantId, url)
    return false
  }

  const certificate = makeLocalhostCertificate()
  const server = createServer(certificate, (req, res) => {
    const url = req.url ?? '/'
    const tenantId = url.split(/[/?]/)[1] ?? ''
    if (tenantId === '_test') {
      control(req, res)
      return
    }
    // Like Entra, any tenant has an authority: one Partner Center has just created too.
    const handler = handlers.get(tenantId) ?? (TENANT_ID.test(tenantId) ? addTenant(tenantId) : undefined)
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Unknown tenant')
      return
    }
    const path = url.slice(tenantId.length + 1) || '/'
    gated(req, res, tenantId, path).then(
      answered => {
        if (answered) return
        // Mounted under /<tenantId>: oidc-provider reads the mount path from originalUrl, as under Express.
        Object.assign(req, { originalUrl: url })
        req.url = path
        handler(req, res)
      },
      (error: unknown) => res.writeHead(500).end(String(error)),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Every loopback address: the browser may try localhost as ::1 or as 127.0.0.1.
    server.listen(port, resolve)
  })
  return {
    publicJwks: { keys: [publicJwk] },
    ca: certificate.cert,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
