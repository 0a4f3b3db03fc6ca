import { startGraphServer } from './graph/server'
import { startOidcServer } from './oidc/server'
import { GRAPH_PORT, M365_APP_ORIGIN, OIDC_ORIGIN, OIDC_PORT } from './ports'

/**
 * Starts the Microsoft 365 test world in Playwright's runner process (TypeScript runs here, not
 * under plain Node 20) and returns its teardown: the OpenID provider of every tenant, and the
 * Graph server that checks the tokens it issues.
 */
export default async function startMicrosoft365World(): Promise<() => Promise<void>> {
  const oidc = await startOidcServer({ port: OIDC_PORT, appOrigins: [M365_APP_ORIGIN] })
  const graph = await startGraphServer({ port: GRAPH_PORT, keys: oidc.publicJwks, authorityOrigin: OIDC_ORIGIN })
  return async () => {
    await Promise.all([graph.close(), oidc.close()])
  }
}
