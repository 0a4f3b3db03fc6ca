import type { AddressInfo } from 'node:net'
import type Provider from 'oidc-provider'
import { createServer } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOMER_GRAPH_SCOPES } from '../../src/auth/graphScopes'
import { RESTRICTED_TENANTS, SPA_CLIENT_ID, TECHNICIAN } from '../directory'
import { missingConsent } from '../graph/gdap'
import { seedWorld } from '../graph/world'
import { createConsentGate } from './consentGate'
import { SPA_REFRESH_TOKEN_SECONDS } from './tenantProvider'

const APP = 'http://127.0.0.1:4174'
const { noRole, notConsented } = RESTRICTED_TENANTS

describe("the test provider's consent, as Entra's", () => {
  let world = seedWorld()
  // A signed-in technician: the gate finds their session through the provider's store.
  const provider = { Session: { find: async () => ({ accountId: TECHNICIAN.login }) } } as unknown as Provider
  const gate = createConsentGate({
    gdap: () => world.gdap,
    redirectUris: [`${APP}/`, `${APP}/redirect.html`],
    appOrigins: [APP],
    provider: () => provider,
  })
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const [, tenantId, ...rest] = url.pathname.split('/')
    const path = `/${rest.join('/')}`
    const answered =
      path === '/v2.0/adminconsent'
        ? gate.adminConsent(req, res, tenantId!, url).then(() => true)
        : path === '/token'
          ? gate.token(req, res, tenantId!)
          : Promise.resolve(gate.authorization(res, tenantId!, url))
    void answered.then(done => done || res.writeHead(200).end('handed to the provider'))
  })
  let origin = ''
  beforeAll(
    () =>
      new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', () => {
          origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
          resolve()
        }),
      ),
  )
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))
  beforeEach(() => {
    world = seedWorld()
  })

  const tokenRequest = (tenantId: string) =>
    fetch(`${origin}/${tenantId}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: SPA_CLIENT_ID,
        refresh_token: 'rt',
        scope: [...CUSTOMER_GRAPH_SCOPES, 'openid', 'offline_access'].join(' '),
      }),
    })

  it("refuses a token where the app isn't consented with AADSTS65001, as MSAL reads consent_required", async () => {
    const response = await tokenRequest(notConsented.id)
    expect(response.status).toBe(400)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(await response.json()).toMatchObject({
      error: 'invalid_grant',
      suberror: 'consent_required',
      error_codes: [65001],
      error_description: expect.stringMatching(/^AADSTS65001/),
    })
    expect(await (await tokenRequest(noRole.id)).text()).toBe('handed to the provider')
  })

  it('answers a silent authorization with consent_required, an interactive one with the "Need admin approval" page', async () => {
    const authorize = (prompt?: string) =>
      fetch(
        `${origin}/${notConsented.id}/auth?${new URLSearchParams({ client_id: SPA_CLIENT_ID, redirect_uri: `${APP}/redirect.html`, scope: CUSTOMER_GRAPH_SCOPES.join(' '), state: 's1', response_mode: 'fragment', ...(prompt ? { prompt } : {}) })}`,
        { redirect: 'manual' },
      )
    const silent = await authorize('none')
    expect(silent.status).toBe(302)
    expect(silent.headers.get('location')).toMatch(new RegExp(`^${APP}/redirect\\.html#error=consent_required&`))
    expect(await (await authorize()).text()).toContain('Need admin approval')
  })

  it('grants admin consent for a technician holding Cloud Application Administrator there, and only then', async () => {
    const consent = (tenantId: string, decision?: string) =>
      fetch(`${origin}/${tenantId}/v2.0/adminconsent`, {
        method: decision ? 'POST' : 'GET',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: '_session=the-technicians' },
        body: decision
          ? new URLSearchParams({
              client_id: SPA_CLIENT_ID,
              redirect_uri: `${APP}/`,
              state: 's2',
              scope: CUSTOMER_GRAPH_SCOPES.join(' '),
              decision,
            })
          : undefined,
      })
    // Pharmacie du Lac: no role for the technician, so no way to consent.
    expect(await (await consent(noRole.id, 'accept')).text()).toContain('Need admin approval')
    const declined = await consent(notConsented.id, 'cancel')
    expect(declined.headers.get('location')).toMatch(/error=access_denied/)
    expect(missingConsent(world.gdap, notConsented.id, ['User.Read'])).toEqual(['User.Read'])
    const granted = await consent(notConsented.id, 'accept')
    expect(new URL(granted.headers.get('location')!).searchParams.get('admin_consent')).toBe('True')
    expect(
      missingConsent(
        world.gdap,
        notConsented.id,
        CUSTOMER_GRAPH_SCOPES.map(scope => scope.split('/').pop()!),
      ),
    ).toEqual([])
    expect(await (await tokenRequest(notConsented.id)).text()).toBe('handed to the provider')
  })

  it("gives the single-page app refresh tokens that live 24 hours, as Entra's", () => {
    expect(SPA_REFRESH_TOKEN_SECONDS).toBe(24 * 3600)
  })
})
