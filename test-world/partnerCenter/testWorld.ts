import type { PropagationDelays } from '../graph/propagation'
import type { TestGraph } from '../graph/testWorld'
import type { PartnerCenterServer } from './server'
import { PARTNER_CENTER_RESOURCE } from '../../src/auth/partnerCenterScopes'
import { PARTNER_TENANT } from '../directory'
import { startPartnerCenterServer } from './server'

export interface TestPartnerCenter {
  readonly server: PartnerCenterServer
  /** The partner's Partner Center token, as the relay's on-behalf-of exchange would give it. */
  readonly tokens: { readonly token: () => Promise<string> }
}

/**
 * The Partner Center server in-process on a test Graph's world and key, for Vitest; with no delay unless `propagation`
 * sets one, and as the console's page may call it today unless `allowBrowserConsole` is false.
 */
export async function startTestPartnerCenter(
  graph: TestGraph,
  propagation: Partial<PropagationDelays> = { customerMs: 0, seatsMs: 0 },
  { allowBrowserConsole = true }: { allowBrowserConsole?: boolean } = {},
): Promise<TestPartnerCenter> {
  const server = await startPartnerCenterServer({
    keys: graph.issuer.keys,
    authorityOrigin: graph.issuer.authorityOrigin,
    world: graph.server.world,
    propagation,
    allowBrowserConsole,
  })
  const token = graph.issuer.mint(PARTNER_TENANT.id, { aud: PARTNER_CENTER_RESOURCE, scp: 'user_impersonation' })
  return { server, tokens: { token: () => token } }
}
