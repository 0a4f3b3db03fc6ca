/**
 * The relay's settings, from the Function app's application settings (or Key Vault references
 * there): never from code, never sent to the page.
 */
export interface RelayConfig {
  /** The partner's own tenant id: only its technicians' tokens are accepted. */
  readonly tenantId: string
  /** The audience of the relay's tokens: the console app registration's Application ID URI (`api://<client id>`). */
  readonly audience: string
  /** The delegated scope the app registration exposes for the relay, which the page asks for. */
  readonly scope: string
  /** Who issues the partner's tokens: `https://login.microsoftonline.com/<tenant id>/v2.0`. */
  readonly issuer: string
  /** Where the issuer's signing keys are. */
  readonly jwksUri: string
  /** The console's origin: the only page allowed to call the relay. */
  readonly allowedOrigin: string
}

const ENTRA = 'https://login.microsoftonline.com'

/** Reads the settings from the environment, naming the first one missing. */
export function readRelayConfig(env: Readonly<Record<string, string | undefined>>): RelayConfig {
  const required = (name: string): string => {
    const value = env[name]?.trim()
    if (!value) throw new Error(`The relay's setting ${name} is missing`)
    return value
  }
  const tenantId = required('RELAY_TENANT_ID')
  return {
    tenantId,
    audience: required('RELAY_AUDIENCE'),
    scope: env.RELAY_SCOPE?.trim() || 'access_as_user',
    issuer: env.RELAY_ISSUER?.trim() || `${ENTRA}/${tenantId}/v2.0`,
    jwksUri: env.RELAY_JWKS_URI?.trim() || `${ENTRA}/${tenantId}/discovery/v2.0/keys`,
    allowedOrigin: required('RELAY_ALLOWED_ORIGIN'),
  }
}
