import type { GraphServer } from './graph/server'
import { startExchangeServer } from './exchange/server'
import { startGraphServer } from './graph/server'
import { startOidcServer } from './oidc/server'
import { startPartnerCenterServer } from './partnerCenter/server'
import { EXCHANGE_PORT, GRAPH_PORT, M365_APP_ORIGIN, OIDC_ORIGIN, OIDC_PORT, PARTNER_CENTER_PORT } from './ports'

/**
 * Starts the Microsoft 365 test world in Playwright's runner process (TypeScript runs here, not
 * under plain Node 20) and returns its teardown: the OpenID provider of every tenant, the Graph
 * server that checks the tokens it issues, and the Partner Center and Exchange admin servers on
 * the Graph server's world.
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
  const partnerCenter = await startPartnerCenterServer({
    port: PARTNER_CENTER_PORT,
    keys: oidc.publicJwks,
    authorityOrigin: OIDC_ORIGIN,
    world: graph.world,
  })
  const exchange = await startExchangeServer({
    port: EXCHANGE_PORT,
    keys: oidc.publicJwks,
    authorityOrigin: OIDC_ORIGIN,
    world: graph.world,
  })
  return async () => {
    await Promise.all([exchange.close(), partnerCenter.close(), graph.close(), oidc.close()])
  }
}
