import type { JSONWebKeySet, JWTPayload } from 'jose'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { GRAPH_AUDIENCE } from '../directory'

export const TEST_AUTHORITY_ORIGIN = 'https://localhost:5443'

/** A stand-in for the OpenID provider in unit tests: its own RS256 key, tokens for any tenant. */
export interface TestIssuer {
  readonly keys: JSONWebKeySet
  readonly authorityOrigin: string
  /** A Graph access token for the tenant, as the provider would issue it; `claims` override any part. */
  readonly mint: (tenantId: string, claims?: JWTPayload & { expiresIn?: string }) => Promise<string>
}

export async function createTestIssuer(authorityOrigin = TEST_AUTHORITY_ORIGIN): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }
  return {
    keys: { keys: [jwk] },
    authorityOrigin,
    mint: async (tenantId, { expiresIn = '1h', ...claims } = {}) =>
      new SignJWT({ tid: tenantId, scp: 'User.ReadWrite.All Directory.Read.All', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(claims.iss ?? `${authorityOrigin}/${tenantId}`)
        .setAudience(claims.aud ?? GRAPH_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  }
}
