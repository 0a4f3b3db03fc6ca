import type { GraphTokenSource } from '../../../src/backends/graph/tokens'
import type { GraphServer } from './server'
import type { TestIssuer } from './testIssuer'
import { PARTNER_TENANT } from '../directory'
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
  // One token per tenant, as MSAL's cache would hand out until it expires.
  const minted = new Map<string, Promise<string>>()
  const tokens: GraphTokenSource = {
    token: (tenant) => {
      const tenantId = tenant === 'partner' ? PARTNER_TENANT.id : tenant.clientTenantId
      if (!minted.has(tenantId))
        minted.set(tenantId, issuer.mint(tenantId))
      return minted.get(tenantId)!
    },
  }
  const fetchAs = async (tenantId: string, path: string, init: RequestInit = {}) => fetch(server.baseUrl + path, {
    ...init,
    headers: { 'Authorization': `Bearer ${await issuer.mint(tenantId)}`, 'Content-Type': 'application/json', ...init.headers },
  })
  return { server, issuer, tokens, fetchAs }
}
