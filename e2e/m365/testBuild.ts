import { SPA_CLIENT_ID } from './directory.ts'
import { GRAPH_BASE_URL, M365_DIST, PARTNER_AUTHORITY, PARTNER_CENTER_ORIGIN } from './ports.ts'

/**
 * `vite build --mode m365`: the console configured for the local test world (its OpenID provider,
 * Graph server and Partner Center server, at the ports of ports.ts), built into its own folder
 * beside the demo build.
 */
export function m365TestBuild() {
  const env = {
    VITE_MSAL_CLIENT_ID: SPA_CLIENT_ID,
    VITE_MSAL_AUTHORITY: PARTNER_AUTHORITY,
    VITE_GRAPH_BASE_URL: GRAPH_BASE_URL,
    VITE_PARTNER_CENTER_ENABLED: 'true',
    VITE_PARTNER_CENTER_BASE_URL: PARTNER_CENTER_ORIGIN,
  }
  return {
    define: Object.fromEntries(
      Object.entries(env).map(([name, value]) => [`import.meta.env.${name}`, JSON.stringify(value)]),
    ),
    outDir: M365_DIST,
  }
}
