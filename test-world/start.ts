import type { JSONWebKeySet } from 'jose'
import type { GraphServer } from './graph/server'
import { createLocalJWKSet } from 'jose'
import { readRelayConfig } from '../relay/src/config'
import { createDownstreamTokens } from '../relay/src/downstream'
import { serveLocally } from '../relay/src/local'
import { relayFor } from '../relay/src/start'
import { PARTNER_TENANT, RELAY_CLIENT, SPA_CLIENT_ID } from './directory'
import { startExchangeServer } from './exchange/server'
import { startGraphServer } from './graph/server'
import { startOidcServer } from './oidc/server'
import { trustingNetworkClient } from './oidc/trustingNetworkClient'
import { startPartnerCenterServer } from './partnerCenter/server'
import {
  EXCHANGE_ORIGIN,
  EXCHANGE_PORT,
  GRAPH_PORT,
  M365_APP_ORIGIN,
  OIDC_ORIGIN,
  OIDC_PORT,
  PARTNER_AUTHORITY,
  PARTNER_CENTER_ORIGIN,
  PARTNER_CENTER_PORT,
  RELAY_PORT,
} from './ports'

/**
 * Starts the Microsoft 365 test world in Playwright's runner process (TypeScript runs here, not
 * under plain Node 20) and returns its teardown: the OpenID provider of every tenant, the Graph
 * server that checks the tokens it issues, the Partner Center and Exchange admin servers on
 * the Graph server's world, and the partner relay (`relay/`) configured for them all.
 */
export default async function startMicrosoft365World(): Promise<() => Promise<void>> {
  // The provider and the Graph server share one world: GDAP roles and consent per tenant.
  const shared: { graph?: GraphServer } = {}
  const oidc = await startOidcServer({
    port: OIDC_PORT,
    appOrigins: [M365_APP_ORIGIN],
    gdap: () => shared.graph!.world().gdap,
  })
  const graph = await startGraphServer({ port: GRAPH_PORT, keys: oidc.publicJwks, authorityOrigin: OIDC_ORIGIN })
  shared.graph = graph
  // Partner Center as documented: no browser origin, a customer's address validated. Only the relay calls it.
  const partnerCenter = await startPartnerCenterServer({
    port: PARTNER_CENTER_PORT,
    keys: oidc.publicJwks,
    authorityOrigin: OIDC_ORIGIN,
    world: graph.world,
    allowBrowserConsole: false,
  })
  const exchange = await startExchangeServer({
    port: EXCHANGE_PORT,
    keys: oidc.publicJwks,
    authorityOrigin: OIDC_ORIGIN,
    world: graph.world,
  })
  // The relay as deployed, its settings naming the test world: the partner's authority issues the
  // console's tokens for it, its own registration exchanges them, only the m365 build may call it.
  const relayConfig = readRelayConfig({
    RELAY_TENANT_ID: PARTNER_TENANT.id,
    RELAY_AUDIENCE: RELAY_CLIENT.apiUri,
    RELAY_ISSUER: PARTNER_AUTHORITY,
    RELAY_JWKS_URI: `${PARTNER_AUTHORITY}/jwks`,
    RELAY_ALLOWED_ORIGIN: M365_APP_ORIGIN,
    RELAY_CLIENT_ID: RELAY_CLIENT.id,
    RELAY_CLIENT_SECRET: RELAY_CLIENT.secret,
    RELAY_AUTHORITY_HOST: OIDC_ORIGIN,
    // The console's app, which a customer's consent through Partner Center grants (relay/src/partnerCenter/consent.ts).
    RELAY_CONSOLE_CLIENT_ID: SPA_CLIENT_ID,
  })
  const relay = await serveLocally(
    relayFor(
      relayConfig,
      line => console.warn(`relay: ${line}`),
      createDownstreamTokens(relayConfig, { networkClient: trustingNetworkClient(oidc.ca) }),
      {
        // The provider's keys as its JWKS serves them, without fetching them over its self-signed TLS.
        keys: createLocalJWKSet(oidc.publicJwks as JSONWebKeySet),
        exchangeOrigin: EXCHANGE_ORIGIN,
        partnerCenterUrl: PARTNER_CENTER_ORIGIN,
        graphUrl: graph.baseUrl,
      },
    ),
    { port: RELAY_PORT },
  )
  return async () => {
    await Promise.all([relay.close(), exchange.close(), partnerCenter.close(), graph.close(), oidc.close()])
  }
}
