import type { GraphTokenSource } from '../../src/backends/graph/tokens'
import type { GraphServer, RecordedRequest } from './server'
import type { TestIssuer } from './testIssuer'
import { CUSTOMER_PERMISSIONS, GRAPH_PERMISSIONS, PARTNER_PERMISSIONS } from '../../src/auth/graphScopes'
import { TenantConsentNeeded } from '../../src/backends/graph/tokens'
import { PARTNER_TENANT } from '../directory'
import { missingConsent } from './gdap'
import { startGraphServer } from './server'
import { createTestIssuer } from './testIssuer'

export interface TestGraph {
  readonly server: GraphServer
  readonly issuer: TestIssuer
  /** Tokens as sign-in would give them: the partner's, or a client tenant's. */
  readonly tokens: GraphTokenSource
  /** Calls the server as a client would, with the tenant's token (for tests that read what a write did). */
  readonly fetchAs: (tenantId: string, path: string, init?: RequestInit) => Promise<Response>
}

/** The Graph server in-process with a test key, for Vitest. */
export async function startTestGraph(): Promise<TestGraph> {
  const issuer = await createTestIssuer()
  const server = await startGraphServer({ keys: issuer.keys, authorityOrigin: issuer.authorityOrigin })
  // One token per tenant, as MSAL's cache would hand out until it expires, with the permissions
  // the console asks there; a client tenant where the app isn't consented gives none, as Entra.
  const minted = new Map<string, Promise<string>>()
  const tokens: GraphTokenSource = {
    token: tenant => {
      const tenantId = tenant === 'partner' ? PARTNER_TENANT.id : tenant.clientTenantId
      const permissions = tenant === 'partner' ? PARTNER_PERMISSIONS : CUSTOMER_PERMISSIONS
      if (tenant !== 'partner' && missingConsent(server.world().gdap, tenantId, permissions).length > 0)
        return Promise.reject(new TenantConsentNeeded(tenantId))
      if (!minted.has(tenantId)) minted.set(tenantId, issuer.mint(tenantId, { scp: permissions.join(' ') }))
      return minted.get(tenantId)!
    },
  }
  const fetchAs = async (tenantId: string, path: string, init: RequestInit = {}) =>
    fetch(server.baseUrl + path, {
      ...init,
      headers: {
        Authorization: `Bearer ${await issuer.mint(tenantId, { scp: GRAPH_PERMISSIONS.join(' ') })}`,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    })
  return { server, issuer, tokens, fetchAs }
}

/** Whether a recorded request changes something: not a read, nor a `$batch` of reads only (a tenant's read). */
export function isWrite(request: RecordedRequest): boolean {
  if (request.method === 'GET') return false
  if (request.path !== '/$batch') return true
  const steps = (request.body as { requests?: { method?: string }[] } | undefined)?.requests ?? []
  return steps.some(step => (step.method ?? 'GET') !== 'GET')
}
