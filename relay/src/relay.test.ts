import type { RelayConfig } from './config.js'
import { createLocalJWKSet } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RELAY_CLIENT, TECHNICIAN } from '../../test-world/directory'
import { createTestIssuer } from '../../test-world/graph/testIssuer'
import { callerCheck } from './auth.js'
import { readRelayConfig } from './config.js'
import { serveLocally } from './local.js'
import { createRelay } from './relay.js'
import { ROUTES } from './routes.js'

const CONSOLE = 'http://127.0.0.1:4174'
const AUDIENCE = 'api://9d4b6f2a-7c1e-4e3a-b5d8-0f2a4c6e8a10'

describe('the relay', () => {
  let issuer: Awaited<ReturnType<typeof createTestIssuer>>
  let served: Awaited<ReturnType<typeof serveLocally>>
  const logged: string[] = []

  beforeAll(async () => {
    issuer = await createTestIssuer()
    const config: RelayConfig = readRelayConfig({
      RELAY_TENANT_ID: PARTNER_TENANT.id,
      RELAY_AUDIENCE: AUDIENCE,
      RELAY_ISSUER: `${issuer.authorityOrigin}/${PARTNER_TENANT.id}`,
      RELAY_JWKS_URI: 'https://unused.example/keys',
      RELAY_ALLOWED_ORIGIN: CONSOLE,
      RELAY_CLIENT_ID: RELAY_CLIENT.id,
      RELAY_CLIENT_SECRET: RELAY_CLIENT.secret,
    })
    const relay = createRelay({
      allowedOrigin: config.allowedOrigin,
      checkCaller: callerCheck(config, createLocalJWKSet(issuer.keys)),
      routes: ROUTES,
      log: line => logged.push(line),
    })
    served = await serveLocally(relay)
  })
  afterAll(() => served.close())

  const technician = (claims: Record<string, unknown> = {}) =>
    issuer.mint(PARTNER_TENANT.id, {
      aud: AUDIENCE,
      scp: 'access_as_user',
      name: TECHNICIAN.name,
      oid: 'technician',
      ...claims,
    })
  async function call(path: string, token?: string, headers: Record<string, string> = {}) {
    const response = await fetch(served.origin + path, {
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    })
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as { error?: { code: string; message: string; correlationId: string } } & Record<
        string,
        unknown
      >,
    }
  }

  it("answers the partner's technician, with the correlation id the page sent", async () => {
    const answer = await call('/api/me', await technician(), { 'x-correlation-id': 'page-42' })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ name: TECHNICIAN.name, tenantId: PARTNER_TENANT.id, correlationId: 'page-42' })
    expect(answer.headers.get('x-correlation-id')).toBe('page-42')
  })

  it('answers no route without a token, an unknown one included, in its one error envelope', async () => {
    for (const path of ['/api/me', '/api/customers/x/applicationconsents', '/anything']) {
      const answer = await call(path)
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({
        error: { code: 'unauthorized', message: expect.any(String), correlationId: expect.any(String) },
      })
    }
  })

  it('refuses a token for another audience, an expired one, one from another tenant, and one without its scope', async () => {
    const [customer] = CLIENT_TENANTS
    const refused = [
      await call('/api/me', await technician({ aud: 'https://graph.microsoft.com' })),
      await call(
        '/api/me',
        await issuer.mint(PARTNER_TENANT.id, { aud: AUDIENCE, scp: 'access_as_user', expiresIn: '-5m' }),
      ),
      await call('/api/me', await issuer.mint(customer.id, { aud: AUDIENCE, scp: 'access_as_user' })),
      await call(
        '/api/me',
        await technician({ iss: `${issuer.authorityOrigin}/${PARTNER_TENANT.id}`, tid: customer.id }),
      ),
      await call(
        '/api/me',
        await (await createTestIssuer()).mint(PARTNER_TENANT.id, { aud: AUDIENCE, scp: 'access_as_user' }),
      ),
    ]
    expect(refused.map(r => r.status)).toEqual([401, 401, 401, 401, 401])
    expect(refused[1]!.body.error?.message).toMatch(/expired/)
    expect((await call('/api/me', await technician({ scp: 'User.Read' }))).status).toBe(403)
  })

  it("lets only the console's origin call it, and logs no token", async () => {
    const token = await technician()
    const preflight = await fetch(`${served.origin}/api/me`, { method: 'OPTIONS', headers: { Origin: CONSOLE } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(CONSOLE)
    const foreign = await call('/api/me', token, { Origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect(logged.length).toBeGreaterThan(0)
    expect(logged.join('\n')).not.toContain(token.split('.')[1]!)
  })

  it('says which setting is missing rather than starting half-configured', () => {
    expect(() => readRelayConfig({ RELAY_TENANT_ID: PARTNER_TENANT.id, RELAY_AUDIENCE: AUDIENCE })).toThrow(
      /RELAY_ALLOWED_ORIGIN/,
    )
  })
})
