import type { GraphTokenSource } from './tokens'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, RESTRICTED_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { TODAY, useTestGraph } from './testing'
import { createGraphBackend } from './graphBackend'
import { signInNeededIn, TenantSignInNeeded } from './tokens'

const [STANDARD, DESKLESS, MIXED] = CLIENT_TENANTS

describe('Graph backend: a client tenant whose sign-in wants the technician', () => {
  const { graph } = useTestGraph()

  /** The test world's tokens, except that one tenant wants consent or MFA again, as MSAL would say. */
  function wantingSignIn(tenantId: string, failure: () => Error = () => new TenantSignInNeeded(tenantId)) {
    const interactive: string[] = []
    const tokens: GraphTokenSource = {
      token: tenant => {
        if (tenant === 'partner' || tenant.clientTenantId !== tenantId) return graph().tokens.token(tenant)
        if (tenant.silentOnly) return Promise.reject(failure())
        // The real source leaves for the provider here: nothing after it runs.
        interactive.push(tenant.clientTenantId)
        return new Promise<string>(() => {})
      },
    }
    const backend = createGraphBackend({
      baseUrl: graph().server.baseUrl,
      tokens,
      now: () => TODAY,
      retry: { delaySeconds: 0 },
    })
    return { backend, interactive }
  }

  it('lists every tenant it can read, names the one needing sign-in from GDAP, and never starts a sign-in', async () => {
    const { backend, interactive } = wantingSignIn(MIXED.id)
    const listing = await backend.tenants.listing()
    expect(listing.tenants.map(t => t.tenant.id)).toEqual([STANDARD.id, DESKLESS.id])
    expect(listing.unreadable.find(t => t.tenantId === MIXED.id)).toEqual({
      tenantId: MIXED.id,
      companyName: MIXED.displayName,
      problem: { kind: 'signInNeeded' },
    })
    expect(interactive).toEqual([])
    // No request reached Graph for that tenant: its token was never had.
    expect(graph().server.requests.filter(r => r.tenantId === MIXED.id)).toEqual([])
  })

  it('lists everything, nobody asked, when every tenant is readable', async () => {
    const { backend } = wantingSignIn('no-such-tenant')
    const listing = await backend.tenants.listing()
    expect(listing.tenants).toHaveLength(CLIENT_TENANTS.length)
    // Only the tenants the world keeps out of reach (no role, no consent) are named.
    expect(listing.unreadable.map(t => t.tenantId).sort()).toEqual(
      Object.values(RESTRICTED_TENANTS)
        .map(t => t.id)
        .sort(),
    )
  })

  it('leaves that tenant out of the plain list, never asking', async () => {
    const { backend, interactive } = wantingSignIn(DESKLESS.id)
    const tenants = (await backend.tenants.listing()).tenants
    expect(tenants.map(t => t.tenant.id)).toEqual([STANDARD.id, MIXED.id])
    expect(interactive).toEqual([])
  })

  it('keeps other failures failures: a tenant that cannot be read for another reason fails the listing', async () => {
    const { backend } = wantingSignIn(MIXED.id, () => new Error('provider unreachable'))
    const error = await backend.tenants.listing().catch((caught: unknown) => caught)
    expect(isBackendError(error, 'remote')).toBe(true)
    expect(signInNeededIn(error)).toBeUndefined()
  })

  it('opening that tenant still asks interactively: the person chose it', async () => {
    const { backend, interactive } = wantingSignIn(MIXED.id)
    // It never settles (the page would be leaving); the partner records read beside it may fail once the server closes.
    backend.tenants.get(MIXED.id).catch(() => {})
    // One ask per read started (its three reads go at once); the first one leaves the page.
    await expect.poll(() => interactive.length).toBeGreaterThan(0)
    expect(new Set(interactive)).toEqual(new Set([MIXED.id]))
  })
})
