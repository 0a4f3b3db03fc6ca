import { RELAY_API_SCOPE, SPA_CLIENT_ID } from './directory.ts'
import { GRAPH_BASE_URL, M365_DIST, PARTNER_AUTHORITY, RELAY_ORIGIN } from './ports.ts'

/**
 * What `vite build --mode m365` bakes in to reach the test world at this run's ports. `.env.m365` holds the same at the
 * default ports; scripts/build-m365.mjs puts these in the environment, where Vite prefers them to the file.
 */
export const M365_BUILD_ENV = {
  VITE_MSAL_CLIENT_ID: SPA_CLIENT_ID,
  VITE_MSAL_AUTHORITY: PARTNER_AUTHORITY,
  VITE_GRAPH_BASE_URL: GRAPH_BASE_URL,
  VITE_RELAY_URL: RELAY_ORIGIN,
  VITE_RELAY_SCOPE: RELAY_API_SCOPE,
}

/** Where that build goes (E2E_M365_DIST, else dist-m365/). */
export const M365_BUILD_DIR = M365_DIST
