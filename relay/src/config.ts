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
  /**
   * The relay's app registration, a confidential client: the one whose API the page's token is
   * for (OBO wants the assertion's audience to be the client exchanging it), and its secret
   * (a Key Vault reference in production). Never logged, never sent to the page.
   */
  readonly clientId: string
  readonly clientSecret: string
  /** Where tenants' authorities are: `https://login.microsoftonline.com`, each tenant's `<host>/<tenantId>`. */
  readonly authorityHost: string
  /**
   * The console's app registration (its client id, `VITE_MSAL_CLIENT_ID`): the app a customer's consent through
   * Partner Center grants the customer-side Graph permissions. Unset, that function says so; the others work.
   */
  readonly consoleClientId?: string
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
    clientId: required('RELAY_CLIENT_ID'),
    clientSecret: required('RELAY_CLIENT_SECRET'),
    authorityHost: (env.RELAY_AUTHORITY_HOST?.trim() || ENTRA).replace(/\/+$/, ''),
    ...(env.RELAY_CONSOLE_CLIENT_ID?.trim() ? { consoleClientId: env.RELAY_CONSOLE_CLIENT_ID.trim() } : {}),
  }
}
