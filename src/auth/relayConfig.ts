/** What the build says about the partner relay (Vite bakes `VITE_*` in at build time). */
export interface RelayEnv {
  /** The relay's origin (its Function app), e.g. `https://relay.example.com`: the console adds `/api/...`. */
  readonly VITE_RELAY_URL?: string
  /** The delegated scope the relay's registration exposes, `api://<relay client id>/access_as_user`. */
  readonly VITE_RELAY_SCOPE?: string
}

export interface RelayConsoleConfig {
  readonly baseUrl: string
  readonly scope: string
}

/**
 * The relay's configuration: null when the build names no relay, 'invalid' when it names one
 * without an http(s) URL or without the scope to ask for it.
 */
export function readRelayConsoleConfig(env: RelayEnv): RelayConsoleConfig | null | 'invalid' {
  const baseUrl = (env.VITE_RELAY_URL?.trim() ?? '').replace(/\/+$/, '')
  if (!baseUrl) return null
  const scope = env.VITE_RELAY_SCOPE?.trim() ?? ''
  try {
    if (scope && /^https?:$/.test(new URL(baseUrl).protocol)) return { baseUrl, scope }
  } catch {}
  return 'invalid'
}
