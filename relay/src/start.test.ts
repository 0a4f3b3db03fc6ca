import type { DownstreamTokens } from './downstream.js'
import { createLocalJWKSet } from 'jose'
import { describe, expect, it } from 'vitest'
import { PARTNER_TENANT, RELAY_API_SCOPE, RELAY_CLIENT, TECHNICIAN } from '../../test-world/directory'
import { createTestIssuer } from '../../test-world/graph/testIssuer'
import { readRelayConfig } from './config.js'
import { serveLocally } from './local.js'
import { relayFor } from './start.js'

const CONSOLE = 'http://127.0.0.1:4174'

/** Never asked: `/api/me` needs no token on anyone's behalf. */
const noDownstream: DownstreamTokens = {
  onBehalfOf: () => Promise.reject(new Error('no token exchange expected')),
  appOnly: () => Promise.reject(new Error('no app-only token expected')),
}

describe('relayFor with the hosts it is given', () => {
  it("checks the console's token against the keys given, not the JWKS address, and says whom it serves", async () => {
    const issuer = await createTestIssuer()
    const config = readRelayConfig({
      RELAY_TENANT_ID: PARTNER_TENANT.id,
      RELAY_AUDIENCE: RELAY_CLIENT.apiUri,
      RELAY_ISSUER: `${issuer.authorityOrigin}/${PARTNER_TENANT.id}`,
      // Nothing listens there: the keys given are the only ones read.
      RELAY_JWKS_URI: 'https://127.0.0.1:9/keys',
      RELAY_ALLOWED_ORIGIN: CONSOLE,
      RELAY_CLIENT_ID: RELAY_CLIENT.id,
      RELAY_CLIENT_SECRET: RELAY_CLIENT.secret,
    })
    const served = await serveLocally(
      relayFor(config, undefined, noDownstream, { keys: createLocalJWKSet(issuer.keys) }),
    )
    try {
      // The scope the console asks for (RELAY_API_SCOPE) arrives as its short name in `scp`, as Entra puts it.
      const token = await issuer.mint(PARTNER_TENANT.id, {
        aud: RELAY_CLIENT.apiUri,
        scp: RELAY_API_SCOPE.slice(RELAY_API_SCOPE.lastIndexOf('/') + 1),
        name: TECHNICIAN.name,
        oid: 'technician',
      })
      const response = await fetch(`${served.origin}/api/me`, {
        headers: { Authorization: `Bearer ${token}`, Origin: CONSOLE, 'x-correlation-id': 'page-asks' },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE)
      expect(await response.json()).toEqual({
        name: TECHNICIAN.name,
        tenantId: PARTNER_TENANT.id,
        correlationId: 'page-asks',
      })
      const foreign = await issuer.mint(PARTNER_TENANT.id, { aud: 'api://someone-else', scp: 'access_as_user' })
      const refused = await fetch(`${served.origin}/api/me`, { headers: { Authorization: `Bearer ${foreign}` } })
      expect(refused.status).toBe(401)
    } finally {
      await served.close()
    }
  })
})
