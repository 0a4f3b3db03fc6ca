import { PARTNER_TENANT } from './directory.ts'

/**
 * Where the Microsoft 365 test world listens. Several people (or agents) run the suite side by
 * side, each with its own E2E_PORT: the world's ports follow it (E2E_PORT + 10000, + 11000,
 * + 12000, + 13000, + 14000, + 15000) unless named outright; with no E2E_PORT they are 4443, 4444,
 * 4174, 4445, 4446 and 4447. The configured build bakes them in, so build and test with the same environment.
 */
const basePort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : undefined

function worldPort(variable: string, alone: number, offset: number): number {
  const named = process.env[variable]
  return Number(named ?? (basePort === undefined ? alone : basePort + offset))
}

export const OIDC_PORT = worldPort('E2E_OIDC_PORT', 4443, 10_000)
export const GRAPH_PORT = worldPort('E2E_GRAPH_PORT', 4444, 11_000)
export const M365_APP_PORT = worldPort('E2E_M365_PORT', 4174, 12_000)
export const PARTNER_CENTER_PORT = worldPort('E2E_PARTNER_CENTER_PORT', 4445, 13_000)
export const EXCHANGE_PORT = worldPort('E2E_EXCHANGE_PORT', 4446, 14_000)
export const RELAY_PORT = worldPort('E2E_RELAY_PORT', 4447, 15_000)

/** The configured build's folder, apart from the demo build's. */
export const M365_DIST = process.env.E2E_M365_DIST ?? 'dist-m365'

/** The app's origin as the browser sees it: the SPA's registered redirect URIs hang off it. */
export const M365_APP_ORIGIN = `http://127.0.0.1:${M365_APP_PORT}`

/** Like Entra's `https://login.microsoftonline.com`: each tenant's authority is `<origin>/<tenantId>`. */
export const OIDC_ORIGIN = `https://localhost:${OIDC_PORT}`

export function authorityFor(tenantId: string): string {
  return `${OIDC_ORIGIN}/${tenantId}`
}

export const PARTNER_AUTHORITY = authorityFor(PARTNER_TENANT.id)
export const GRAPH_ORIGIN = `http://127.0.0.1:${GRAPH_PORT}`
export const GRAPH_BASE_URL = `${GRAPH_ORIGIN}/v1.0`
/** Like `https://api.partnercenter.microsoft.com`: the console adds `/v1` itself. */
export const PARTNER_CENTER_ORIGIN = `http://127.0.0.1:${PARTNER_CENTER_PORT}`
/** Like `https://outlook.office365.com`: the relay adds `/adminapi/beta/<tenant>/InvokeCommand`. */
export const EXCHANGE_ORIGIN = `http://127.0.0.1:${EXCHANGE_PORT}`
/** The partner relay (`relay/`), served by `serveLocally` as a Function app would be: the console adds `/api/...`. */
export const RELAY_ORIGIN = `http://127.0.0.1:${RELAY_PORT}`
