import type { IncomingMessage, ServerResponse } from 'node:http'
import type { JWK } from 'oidc-provider'
import type { JsonWebKey } from 'node:crypto'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:https'
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../directory'
import { makeLocalhostCertificate } from './certificate'
import { createTenantProvider } from './tenantProvider'

export interface OidcServer {
  /** The public signing keys every tenant's tokens verify against (also at each `<authority>/jwks`). */
  readonly publicJwks: { keys: JsonWebKey[] }
  readonly close: () => Promise<void>
}

export interface OidcServerOptions {
  readonly port: number
  readonly appOrigins: readonly string[]
}

function signingKey(): { privateJwk: JWK, publicJwk: JsonWebKey } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = randomBytes(8).toString('hex')
  return {
    privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } as JWK,
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
  }
}

/**
 * The test world's Entra ID: https://localhost:<port>/<tenantId> for the partner and each client
 * tenant, each a real OpenID provider, all sharing one store (oidc-provider's in-memory one),
 * cookie keys and signing keys: a technician signed in at the partner's authority is signed in
 * at every client tenant's, and a refresh token from one redeems at another, as Entra's
 * multi-resource refresh tokens do (MSAL then gets client tenants' tokens without a prompt).
 */
export async function startOidcServer({ port, appOrigins }: OidcServerOptions): Promise<OidcServer> {
  const cookieKeys = [randomBytes(32).toString('hex')]
  const { privateJwk, publicJwk } = signingKey()
  const adapter = createMemoryAdapter()
  const handlers = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>()
  for (const tenantId of [PARTNER_TENANT.id, ...CLIENT_TENANTS.map(tenant => tenant.id)]) {
    const issuer = `https://localhost:${port}/${tenantId}`
    const provider = createTenantProvider({ tenantId, issuer, appOrigins, cookieKeys, adapter, signingKeys: [privateJwk] })
    handlers.set(tenantId, provider.callback())
  }

  const server = createServer(makeLocalhostCertificate(), (req, res) => {
    const url = req.url ?? '/'
    const tenantId = url.split(/[/?]/)[1] ?? ''
    const handler = handlers.get(tenantId)
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Unknown tenant')
      return
    }
    // Mounted under /<tenantId>: oidc-provider reads the mount path from originalUrl, as under Express.
    Object.assign(req, { originalUrl: url })
    req.url = url.slice(tenantId.length + 1) || '/'
    handler(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Every loopback address: the browser may try localhost as ::1 or as 127.0.0.1.
    server.listen(port, resolve)
  })
  return {
    publicJwks: { keys: [publicJwk] },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
  }
}
