import type { JWTVerifyGetKey } from 'jose'
import type { RelayConfig } from './config.js'
import { errors, jwtVerify } from 'jose'
import { RelayError } from './http.js'

/** The technician a request is made for, as their token says. */
export interface Caller {
  readonly objectId: string
  readonly tenantId: string
  readonly name: string
  /** The token itself, kept only to be exchanged on the technician's behalf (never logged). */
  readonly assertion: string
}

function unauthorized(message: string): RelayError {
  return new RelayError(401, 'unauthorized', message)
}

/**
 * Checks the bearer token the page sends, as a resource server must
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-tokens): its
 * signature by the issuer's keys, the issuer, the relay's audience, its lifetime, the partner's
 * tenant, and the relay's delegated scope. Anything else is a 401; the reason never holds the token.
 */
export function callerCheck(
  config: RelayConfig,
  keys: JWTVerifyGetKey,
): (authorization: string | undefined) => Promise<Caller> {
  return async authorization => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1]
    if (!token) throw unauthorized('A bearer token for the relay is required.')
    let payload
    try {
      ;({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ['RS256'],
      }))
    } catch (error) {
      throw unauthorized(
        error instanceof errors.JWTExpired
          ? 'The token has expired.'
          : "The token was not issued for the relay by the partner's tenant.",
      )
    }
    if (payload.tid !== config.tenantId) throw unauthorized("The token is not from the partner's tenant.")
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : []
    if (!scopes.includes(config.scope))
      throw new RelayError(403, 'forbidden', `The token lacks the relay's ${config.scope} scope.`)
    const name =
      typeof payload.name === 'string'
        ? payload.name
        : typeof payload.preferred_username === 'string'
          ? payload.preferred_username
          : ''
    return {
      objectId: typeof payload.oid === 'string' ? payload.oid : '',
      tenantId: config.tenantId,
      name,
      assertion: token,
    }
  }
}
