import type { INetworkModule } from '@azure/msal-node'
import type { JWK } from 'jose'
import type { OidcServer } from '../../test-world/oidc/server'
import { decodeJwt, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RELAY_CLIENT, RESTRICTED_TENANTS } from '../../test-world/directory'
import { seedWorld } from '../../test-world/graph/world'
import { startOidcServer } from '../../test-world/oidc/server'
import { trustingNetworkClient } from '../../test-world/oidc/trustingNetworkClient'
import { readRelayConfig } from './config.js'
import { createDownstreamTokens, DOWNSTREAM_RESOURCES } from './downstream.js'
import { errorBody, RelayError } from './http.js'
import { serveLocally } from './local.js'
import { relayFor } from './start.js'
import { freePort } from './testing.js'

describe("the relay's downstream tokens, exchanged on the technician's behalf at the test world's Entra", () => {
  const world = seedWorld()
  const [customer] = CLIENT_TENANTS
  let oidc: OidcServer
  let origin = ''
  let key: CryptoKey | Uint8Array
  let kid = ''
  const posts: string[] = []
  let network: INetworkModule

  beforeAll(async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true })
    const jwk = { ...(await exportJWK(privateKey)), kid: 'relay-test-key', alg: 'RS256', use: 'sig' } as JWK
    key = await importJWK(jwk, 'RS256')
    kid = jwk.kid!
    const port = await freePort()
    origin = `https://localhost:${port}`
    oidc = await startOidcServer({
      port,
      appOrigins: ['http://127.0.0.1:4174'],
      gdap: () => world.gdap,
      signingKey: jwk as never,
    })
    const trusting = trustingNetworkClient(oidc.ca)
    network = {
      sendGetRequestAsync: (url, options, timeout) => trusting.sendGetRequestAsync(url, options, timeout),
      sendPostRequestAsync: (url, options) => {
        posts.push(url)
        return trusting.sendPostRequestAsync(url, options)
      },
    }
  })
  afterAll(() => oidc.close())

  const relayTokens = () =>
    createDownstreamTokens(
      {
        clientId: RELAY_CLIENT.id,
        clientSecret: RELAY_CLIENT.secret,
        authorityHost: origin,
      },
      { networkClient: network },
    )

  /** The technician's token for the relay, as the partner's authority issues it after an MFA sign-in. */
  const technician = (claims: Record<string, unknown> = {}, expiresIn = '1h', audience: string = RELAY_CLIENT.apiUri) =>
    new SignJWT({
      tid: PARTNER_TENANT.id,
      oid: 'technician-oid',
      scp: 'access_as_user',
      amr: ['pwd', 'mfa'],
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(`${origin}/${PARTNER_TENANT.id}`)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key)

  async function refusal(promise: Promise<unknown>): Promise<RelayError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(RelayError)
    return error as RelayError
  }

  it("gets a Partner Center token for the technician: Partner Center's audience, the partner's tenant, the technician, user_impersonation", async () => {
    const tokens = relayTokens()
    const assertion = await technician()
    const token = decodeJwt(await tokens.onBehalfOf(assertion, 'partnerCenter', PARTNER_TENANT.id))
    expect(token).toMatchObject({
      aud: DOWNSTREAM_RESOURCES.partnerCenter,
      iss: `${origin}/${PARTNER_TENANT.id}`,
      tid: PARTNER_TENANT.id,
      oid: 'technician-oid',
      scp: 'user_impersonation',
      azp: RELAY_CLIENT.id,
    })
    // MSAL's cache answers the same technician's token again without asking the identity platform.
    const asked = posts.length
    await tokens.onBehalfOf(assertion, 'partnerCenter', PARTNER_TENANT.id)
    expect(posts.length).toBe(asked)
  })

  it("refuses a token for another audience and an expired one with Entra's errors, and says neither token", async () => {
    const tokens = relayTokens()
    const foreign = await technician({}, '1h', 'https://graph.microsoft.com')
    const expired = await technician({}, '-5m')
    const wrongAudience = await refusal(tokens.onBehalfOf(foreign, 'partnerCenter', PARTNER_TENANT.id))
    const late = await refusal(tokens.onBehalfOf(expired, 'partnerCenter', PARTNER_TENANT.id))
    expect([wrongAudience.status, wrongAudience.code]).toEqual([502, 'remote'])
    expect(wrongAudience.message).toContain('AADSTS500131')
    expect([late.status, late.code]).toEqual([502, 'remote'])
    expect(late.message).toContain('AADSTS500133')
    for (const [error, token] of [
      [wrongAudience, foreign],
      [late, expired],
    ] as const)
      expect(error.message).not.toContain(token.split('.')[1]!)

    // The provider's answer itself, as the on-behalf-of page documents it.
    const answer = await network.sendPostRequestAsync<Record<string, unknown>>(`${origin}/${PARTNER_TENANT.id}/token`, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        client_id: RELAY_CLIENT.id,
        client_secret: RELAY_CLIENT.secret,
        assertion: foreign,
        scope: `${DOWNSTREAM_RESOURCES.partnerCenter}/.default`,
        requested_token_use: 'on_behalf_of',
      }).toString(),
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: 'invalid_grant', error_codes: [500131] })
  })

  it('refuses a secret that is not the relay’s before looking at the assertion', async () => {
    const impostor = createDownstreamTokens(
      { clientId: RELAY_CLIENT.id, clientSecret: 'guessed', authorityHost: origin },
      { networkClient: network },
    )
    const error = await refusal(impostor.onBehalfOf(await technician(), 'partnerCenter', PARTNER_TENANT.id))
    expect([error.status, error.code]).toEqual([502, 'remote'])
  })

  it('asks the technician to sign in again when Partner Center’s MFA is missing from their sign-in', async () => {
    const error = await refusal(
      relayTokens().onBehalfOf(await technician({ amr: ['pwd'] }), 'partnerCenter', PARTNER_TENANT.id),
    )
    expect([error.status, error.code]).toEqual([401, 'signInNeeded'])
    expect(error.message).toContain('AADSTS50076')
    // The claims challenge goes on to the page, in the envelope, for its next sign-in.
    const { claims } = errorBody(error, 'c-1').error as { claims?: string }
    expect(JSON.parse(claims!)).toMatchObject({ access_token: { capolids: { essential: true } } })
  })

  it("gets an Exchange token at a customer's authority where GDAP and consent allow, and asks to sign in where consent is missing", async () => {
    const tokens = relayTokens()
    const assertion = await technician()
    const exchange = decodeJwt(await tokens.onBehalfOf(assertion, 'exchange', customer.id))
    expect(exchange).toMatchObject({
      aud: DOWNSTREAM_RESOURCES.exchange,
      iss: `${origin}/${customer.id}`,
      tid: customer.id,
      oid: 'technician-oid',
      scp: 'Exchange.Manage',
    })
    // The same technician's token at another customer's authority: that customer's token, not the first one's.
    const other = decodeJwt(await tokens.onBehalfOf(assertion, 'exchange', CLIENT_TENANTS[1].id))
    expect(other.tid).toBe(CLIENT_TENANTS[1].id)
    expect(decodeJwt(await tokens.onBehalfOf(assertion, 'exchange', customer.id)).tid).toBe(customer.id)
    const notConsented = await refusal(tokens.onBehalfOf(assertion, 'exchange', RESTRICTED_TENANTS.notConsented.id))
    expect([notConsented.status, notConsented.code]).toEqual([401, 'signInNeeded'])
    expect(notConsented.message).toContain('AADSTS65001')
    // A tenant the partner has no GDAP relationship with: the technician doesn't exist there.
    const stranger = await refusal(tokens.onBehalfOf(assertion, 'exchange', '0b1d2f3a-5c7e-4a9b-8d0f-2a4c6e8b0d99'))
    expect([stranger.status, stranger.code]).toEqual([502, 'remote'])
    expect(stranger.message).toContain('AADSTS50020')
  })

  it("builds the relay's tokens from its settings, and wants the relay's own client id and secret", async () => {
    const settings = {
      RELAY_TENANT_ID: PARTNER_TENANT.id,
      RELAY_AUDIENCE: RELAY_CLIENT.apiUri,
      RELAY_ALLOWED_ORIGIN: 'http://127.0.0.1:4174',
      RELAY_CLIENT_ID: RELAY_CLIENT.id,
      RELAY_CLIENT_SECRET: RELAY_CLIENT.secret,
      RELAY_AUTHORITY_HOST: `${origin}/`,
    }
    const config = readRelayConfig(settings)
    expect(config.authorityHost).toBe(origin)
    const served = await serveLocally(relayFor(config))
    try {
      expect((await fetch(`${served.origin}/api/me`)).status).toBe(401)
    } finally {
      await served.close()
    }
    expect(() => readRelayConfig({ ...settings, RELAY_CLIENT_SECRET: ' ' })).toThrow(/RELAY_CLIENT_SECRET/)
  })
})
