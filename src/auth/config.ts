import type { RelayConsoleConfig, RelayEnv } from './relayConfig'
import { readRelayConsoleConfig } from './relayConfig'

/** What the build must say to sign in to Microsoft 365 (Vite bakes `VITE_*` in at build time). */
export interface Microsoft365Env extends RelayEnv {
  readonly VITE_MSAL_CLIENT_ID?: string
  readonly VITE_MSAL_AUTHORITY?: string
  readonly VITE_GRAPH_BASE_URL?: string
}

export interface Microsoft365Config {
  /** The app registration's application (client) id. */
  readonly clientId: string
  /** The partner's own tenant, e.g. `https://login.microsoftonline.com/<partner tenant id>`. */
  readonly authority: string
  /** Graph's root, `https://graph.microsoft.com/v1.0` unless the build points elsewhere. */
  readonly graphBaseUrl: string
  /**
   * The partner relay, when the build names one (new tenants, seats, Exchange go through it; the page never calls
   * Partner Center itself): 'invalid' when it does without an http(s) URL or
   * a scope (Settings says so; the rest of the console works without it).
   */
  readonly relay?: RelayConsoleConfig | 'invalid' | null
}

/** Why Microsoft 365 can't be chosen in this build; each is a message under `start.unavailable`. */
export type Microsoft365Unavailable =
  'noClientId' | 'noAuthority' | 'authorityNotHttps' | 'authorityWithoutTenant' | 'graphUrlInvalid'

export type Microsoft365Setup =
  | { readonly available: true; readonly config: Microsoft365Config }
  | { readonly available: false; readonly reason: Microsoft365Unavailable }

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0'

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** Reads and checks the build's Microsoft 365 configuration, naming the first thing missing. */
export function readMicrosoft365Setup(env: Microsoft365Env): Microsoft365Setup {
  const clientId = env.VITE_MSAL_CLIENT_ID?.trim() ?? ''
  const authority = (env.VITE_MSAL_AUTHORITY?.trim() ?? '').replace(/\/+$/, '')
  const graphBaseUrl = (env.VITE_GRAPH_BASE_URL?.trim() || DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '')
  if (!clientId) return { available: false, reason: 'noClientId' }
  if (!authority) return { available: false, reason: 'noAuthority' }
  const authorityUrl = parseUrl(authority)
  if (authorityUrl?.protocol !== 'https:') return { available: false, reason: 'authorityNotHttps' }
  if (authorityUrl.pathname.split('/').filter(Boolean).length !== 1)
    return { available: false, reason: 'authorityWithoutTenant' }
  if (!/^https?:$/.test(parseUrl(graphBaseUrl)?.protocol ?? '')) return { available: false, reason: 'graphUrlInvalid' }
  const relay = readRelayConsoleConfig(env)
  return { available: true, config: { clientId, authority, graphBaseUrl, ...(relay ? { relay } : {}) } }
}

/**
 * A client tenant's authority: the partner's with the tenant segment replaced, as GDAP asks
 * (`https://login.microsoftonline.com/<client tenant id>`).
 */
export function tenantAuthority(partnerAuthority: string, tenantId: string): string {
  const url = new URL(partnerAuthority)
  return `${url.origin}/${encodeURIComponent(tenantId)}`
}
