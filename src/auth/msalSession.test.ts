import type { AccountInfo, AuthenticationResult, RedirectRequest, SilentRequest } from '@azure/msal-browser'
import { InteractionRequiredAuthError } from '@azure/msal-browser'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { graphTokenSource } from './msalSession'
import { signInNeededIn } from '@/backends/graph/tokens'

const CONFIG = {
  clientId: 'app',
  authority: 'https://login.example/partner-tenant',
  graphBaseUrl: 'https://graph.example/v1.0',
}
const ACCOUNT = {
  homeAccountId: 'home',
  environment: 'login.example',
  tenantId: 'partner-tenant',
  username: 'tech@partner.example',
  localAccountId: 'local',
} as AccountInfo

/** MSAL's client as the token source uses it: silent tokens, except where a tenant wants the person to act. */
function fakeClient(wanting: string) {
  const redirects: RedirectRequest[] = []
  return {
    redirects,
    client: {
      acquireTokenSilent: async (request: SilentRequest) => {
        if (request.account?.tenantId === wanting)
          throw new InteractionRequiredAuthError('interaction_required', 'consent or MFA wanted')
        return { accessToken: `token for ${request.account?.tenantId} at ${request.authority}` } as AuthenticationResult
      },
      acquireTokenRedirect: async (request: RedirectRequest) => {
        redirects.push(request)
      },
    },
  }
}

const settled = (promise: Promise<unknown>) =>
  Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise(resolve => setTimeout(resolve, 20, false)),
  ])

describe('Graph token source on MSAL', () => {
  beforeEach(() => {
    // Where the source notes whose sign-in the page left for (this tab's session storage).
    const stored = new Map<string, string>()
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    })
    return () => vi.unstubAllGlobals()
  })

  it("reads each client tenant's token at that tenant's authority", async () => {
    const { client } = fakeClient('nobody')
    const tokens = graphTokenSource(client, CONFIG, ACCOUNT)
    expect(await tokens.token({ clientTenantId: 'client-a', silentOnly: true })).toBe(
      'token for client-a at https://login.example/client-a',
    )
    expect(await tokens.token('partner')).toBe('token for partner-tenant at https://login.example/partner-tenant')
  })

  it('silent only: says the tenant needs the technician, and leaves the page where it is', async () => {
    const { client, redirects } = fakeClient('client-b')
    const error = await graphTokenSource(client, CONFIG, ACCOUNT)
      .token({ clientTenantId: 'client-b', silentOnly: true })
      .catch((caught: unknown) => caught)
    expect(signInNeededIn(error)?.tenantId).toBe('client-b')
    expect(redirects).toEqual([])
  })

  it("otherwise goes to that tenant's authority as the signed-in person, and never settles: the page is leaving", async () => {
    const { client, redirects } = fakeClient('client-b')
    const asked = graphTokenSource(client, CONFIG, ACCOUNT).token({ clientTenantId: 'client-b' })
    expect(await settled(asked)).toBe(false)
    expect(redirects).toEqual([
      expect.objectContaining({
        authority: 'https://login.example/client-b',
        loginHint: ACCOUNT.username,
        account: ACCOUNT,
      }),
    ])
  })
})
