import type { TestGraph } from '../graph/testWorld'
import type { ExchangeServer } from './server'
import { startExchangeServer } from './server'

/** The Exchange admin test server in-process on a test Graph's world and key, for Vitest. */
export async function startTestExchange(graph: TestGraph): Promise<ExchangeServer> {
  return startExchangeServer({
    keys: graph.issuer.keys,
    authorityOrigin: graph.issuer.authorityOrigin,
    world: graph.server.world,
  })
}
