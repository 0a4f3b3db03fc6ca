import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose'
import { request } from 'node:https'
import { createLocalJWKSet, errors, jwtVerify } from 'jose'
import { GraphHttpError } from './http'

/**
 * Where the server finds the provider's public keys: given outright, or its `jwks_uri` (self-signed https allowed with
 * `ca`).
 */
export type KeySource = JSONWebKeySet | { readonly jwksUri: string; readonly ca?: string }

export interface TokenRules {
  readonly keys: KeySource
  /** `https://host:port`: each tenant's authority (and token issuer) is `<origin>/<tenantId>`. */
  readonly authorityOrigin: string
  /** The tenants whose authorities are known issuers (read on each call: tests add tenants). */
  readonly tenantIds: () => readonly string[]
  readonly audience: string
}

export interface Caller {
  readonly tenantId: string
  /** Delegated permissions (`scp`); empty for an app-only token. */
  readonly scopes: readonly string[]
  /** Application permissions (`roles`) of an app-only token. */
  readonly appRoles: readonly string[]
}

function fetchJwks(uri: string, ca: string | undefined): Promise<JSONWebKeySet> {
  return new Promise((resolve, reject) => {
    const req = request(uri, { ca, rejectUnauthorized: ca !== undefined }, response => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        try {
          resolve(JSON.parse(text) as JSONWebKeySet)
        } catch (error) {
          reject(error)
        }
      })
    })
    req.on('error', reject)
    req.end()
  })
}

/** A key resolver that refetches a remote key set once when a token names a key it hasn't seen (rotation). */
function keyResolver(keys: KeySource): JWTVerifyGetKey {
  if ('keys' in keys) return createLocalJWKSet(keys)
  let current: JWTVerifyGetKey | undefined
  return async (header, token) => {
    current ??= createLocalJWKSet(await fetchJwks(keys.jwksUri, keys.ca))
    try {
      return await current(header, token)
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error
      current = createLocalJWKSet(await fetchJwks(keys.jwksUri, keys.ca))
      return current(header, token)
    }
  }
}

function unauthorized(message: string): GraphHttpError {
  return new GraphHttpError(401, 'InvalidAuthenticationToken', message)
}

/**
 * Checks a bearer token as Graph does: RS256 signature by the provider's keys, issued by one of
 * the known tenants' authorities for Graph's audience, not expired, and its `tid` the tenant
 * whose authority issued it.
 */
export function tokenValidator(rules: TokenRules): (authorization: string | undefined) => Promise<Caller> {
  const getKey = keyResolver(rules.keys)
  return async authorization => {
    const issuers = rules.tenantIds().map(id => `${rules.authorityOrigin}/${id}`)
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1]
    if (!token) throw unauthorized('Access token is empty.')
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: issuers,
        audience: rules.audience,
        algorithms: ['RS256'],
      })
      const tenantId = typeof payload.tid === 'string' ? payload.tid : ''
      if (payload.iss !== `${rules.authorityOrigin}/${tenantId}`)
        throw unauthorized("The token's tenant is not the tenant of its issuer.")
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : []
      const appRoles = Array.isArray(payload.roles)
        ? payload.roles.filter((role): role is string => typeof role === 'string')
        : []
      return { tenantId, scopes, appRoles }
    } catch (error) {
      if (error instanceof GraphHttpError) throw error
      if (error instanceof errors.JWTExpired) throw unauthorized('Lifetime validation failed, the token is expired.')
      throw unauthorized(`Access token validation failure: ${(error as Error).message}`)
    }
  }
}
