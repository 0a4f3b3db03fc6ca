import type { RelayConfig } from './config.js'
import { createRemoteJWKSet } from 'jose'
import { callerCheck } from './auth.js'
import { createRelay } from './relay.js'
import { ROUTES } from './routes.js'

/** The relay with its functions, checking tokens against the issuer's published keys. */
export function relayFor(config: RelayConfig, log?: (line: string) => void) {
  return createRelay({
    allowedOrigin: config.allowedOrigin,
    checkCaller: callerCheck(config, createRemoteJWKSet(new URL(config.jwksUri))),
    routes: ROUTES,
    log,
  })
}
