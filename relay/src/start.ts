import type { JWTVerifyGetKey } from 'jose'
import type { RelayConfig } from './config.js'
import type { DownstreamTokens } from './downstream.js'
import { createRemoteJWKSet } from 'jose'
import { callerCheck } from './auth.js'
import { createDownstreamTokens } from './downstream.js'
import { createRelay } from './relay.js'
import { relayRoutes } from './routes.js'

/** Where the relay finds what it trusts and calls: Microsoft's own unless said (the test world's, in tests). */
export interface RelayHosts {
  /** The issuer's signing keys: fetched from `config.jwksUri` unless given (the test world's are self-signed TLS). */
  readonly keys?: JWTVerifyGetKey
  /** Exchange Online's origin, `https://outlook.office365.com` unless said. */
  readonly exchangeOrigin?: string
  /** Partner Center's origin without `/v1`, Partner Center's own unless said. */
  readonly partnerCenterUrl?: string
  /** Graph's v1.0 base, `https://graph.microsoft.com/v1.0` unless said. */
  readonly graphUrl?: string
}

/**
 * The relay with its functions, checking tokens against the issuer's published keys and getting
 * Microsoft's on the technician's behalf with MSAL (`downstream`: the test world's, in tests).
 */
export function relayFor(
  config: RelayConfig,
  log?: (line: string) => void,
  downstream: DownstreamTokens = createDownstreamTokens(config),
  { keys, exchangeOrigin, partnerCenterUrl, graphUrl }: RelayHosts = {},
) {
  return createRelay({
    allowedOrigin: config.allowedOrigin,
    checkCaller: callerCheck(config, keys ?? createRemoteJWKSet(new URL(config.jwksUri))),
    // Every function: those calling Partner Center and Exchange Online, at Microsoft's origins unless said.
    routes: relayRoutes({
      downstream,
      consent: {
        relayClientId: config.clientId,
        ...(config.consoleClientId ? { consoleClientId: config.consoleClientId } : {}),
      },
      ...(exchangeOrigin ? { exchangeOrigin } : {}),
      ...(partnerCenterUrl ? { partnerCenterUrl } : {}),
      ...(graphUrl ? { graphUrl } : {}),
    }),
    log,
  })
}
