import type { RelayConfig } from './config.js'
import type { DownstreamTokens } from './downstream.js'
import { createRemoteJWKSet } from 'jose'
import { callerCheck } from './auth.js'
import { createDownstreamTokens } from './downstream.js'
import { createRelay } from './relay.js'
import { relayRoutes } from './routes.js'

/**
 * The relay with its functions, checking tokens against the issuer's published keys and getting
 * Microsoft's on the technician's behalf with MSAL (`downstream`: the test world's, in tests).
 */
export function relayFor(
  config: RelayConfig,
  log?: (line: string) => void,
  downstream: DownstreamTokens = createDownstreamTokens(config),
) {
  return createRelay({
    allowedOrigin: config.allowedOrigin,
    checkCaller: callerCheck(config, createRemoteJWKSet(new URL(config.jwksUri))),
    // Every function; those calling Partner Center and Exchange Online, at Microsoft's origins, with these tokens.
    routes: relayRoutes({ downstream }),
    log,
  })
}
