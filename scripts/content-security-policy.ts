import type { Plugin } from 'vite'

/** The build's settings that name where the page connects: each an http(s) URL, or absent. */
export interface ConnectionSettings {
  readonly VITE_MSAL_AUTHORITY?: string
  readonly VITE_GRAPH_BASE_URL?: string
  readonly VITE_RELAY_URL?: string
}

const GRAPH = 'https://graph.microsoft.com'
/** DNS over HTTPS, which the domain pages ask whether a domain's records are in place (src/data/dnsResolver.ts). */
export const DNS_OVER_HTTPS = 'https://cloudflare-dns.com'

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

/**
 * The origins the page may connect to: its own, and on a Microsoft 365 build the sign-in authority
 * (MSAL reads its metadata and redeems codes there), Graph, and the relay, which alone calls Partner
 * Center. An unconfigured build, the demo, connects to nothing else.
 */
export function connectOrigins(settings: ConnectionSettings): string[] {
  const authority = originOf(settings.VITE_MSAL_AUTHORITY)
  if (!authority) return []
  const origins = [authority, originOf(settings.VITE_GRAPH_BASE_URL) ?? GRAPH, originOf(settings.VITE_RELAY_URL)]
  return [...new Set(origins.filter((origin): origin is string => origin !== undefined))]
}

/**
 * The policy each page ships in a `<meta>`: scripts, styles, fonts and images from the app only (a logo
 * may be a data: URL), connections only to `connectOrigins` and DNS over HTTPS (every build checks
 * domains), frames only from the sign-in authority (MSAL's silent renewal), no plug-ins, no `<base>`,
 * forms posting nowhere else. `frame-ancestors` and reporting can't be set in a `<meta>`: the host
 * sends them (README "Deploying the console").
 */
export function contentSecurityPolicy(settings: ConnectionSettings): string {
  const connect = connectOrigins(settings)
  const authority = originOf(settings.VITE_MSAL_AUTHORITY)
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...connect, DNS_OVER_HTTPS],
    'frame-src': authority ? [authority] : ["'none'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/**
 * Puts the policy first in every page's `<head>` at build time. Not in `vite dev`: its hot reload
 * injects inline styles a strict policy refuses.
 */
export function contentSecurityPolicyPlugin(settings: ConnectionSettings): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(settings) },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
