import { startOidcServer } from './oidc/server'
import { M365_APP_ORIGIN, OIDC_PORT } from './ports'

/**
 * Starts the Microsoft 365 test world in Playwright's runner process (TypeScript runs here, not
 * under plain Node 20) and returns its teardown: the OpenID provider of every tenant.
 */
export default async function startMicrosoft365World(): Promise<() => Promise<void>> {
  const oidc = await startOidcServer({ port: OIDC_PORT, appOrigins: [M365_APP_ORIGIN] })
  return async () => {
    await oidc.close()
  }
}
