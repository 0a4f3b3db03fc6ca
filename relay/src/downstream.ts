import type { INetworkModule } from '@azure/msal-node'
import type { RelayConfig } from './config.js'
import {
  AuthError,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  LogLevel,
  ProtocolMode,
} from '@azure/msal-node'
import { RelayError, SignInNeeded } from './http.js'

/**
 * The Microsoft services the relay calls on a technician's behalf, each with the resource its
 * tokens are for (the scope asked is `<resource>/.default`: the permissions the relay's app
 * registration was granted there).
 */
export const DOWNSTREAM_RESOURCES = {
  /** Partner Center's REST API, App+User (https://learn.microsoft.com/partner-center/developer/partner-center-authentication). */
  partnerCenter: 'https://api.partnercenter.microsoft.com',
  /** Exchange Online's admin API, at the customer's authority, for the Exchange cmdlets. */
  exchange: 'https://outlook.office365.com',
  /**
   * Microsoft Graph at a customer's authority: on the technician's behalf to grant the relay's app its SharePoint
   * application permission (consent), app-only for SharePoint's tenant settings.
   */
  graph: 'https://graph.microsoft.com',
} as const

export type DownstreamResource = keyof typeof DOWNSTREAM_RESOURCES

/**
 * Where the relay's downstream tokens come from: exchanged for the caller's own token
 * (OAuth 2.0 on-behalf-of, MSAL Node's `acquireTokenOnBehalfOf`) at a tenant's authority: the
 * partner's own for Partner Center, the customer's for Exchange Online (GDAP). Routes take this
 * interface, so their tests can hand them tokens the test world minted.
 */
export interface DownstreamTokens {
  /**
   * An access token for `resource` at `tenantId`'s authority, on behalf of the technician whose
   * token is `assertion`. Refuses with a RelayError (401 `signInNeeded` when the technician must
   * act: MFA, consent, with the identity platform's claims challenge; 502 `remote` when it fails). Never logs a token.
   */
  readonly onBehalfOf: (assertion: string, resource: DownstreamResource, tenantId: string) => Promise<string>
  /**
   * An app-only access token for `resource` at `tenantId`'s authority: the relay's own app, with the application
   * permissions granted to its service principal there (OAuth 2.0 client credentials). Refuses with 403
   * `appPermissionMissing` when the app has no service principal in that tenant (never consented there), 502 `remote`
   * otherwise. MSAL keeps the token until it expires; `fresh` asks the identity platform for a new one, with the
   * permissions granted since. Never logs a token.
   */
  readonly appOnly: (
    resource: DownstreamResource,
    tenantId: string,
    options?: { readonly fresh?: boolean },
  ) => Promise<string>
}

/** What the relay's DownstreamTokens needs from its settings. */
export type DownstreamSettings = Pick<RelayConfig, 'clientId' | 'clientSecret' | 'authorityHost'>

export interface DownstreamOptions {
  /** How MSAL reaches the identity platform: its own client unless given (the test world's self-signed TLS). */
  readonly networkClient?: INetworkModule
}

/**
 * AADSTS codes that ask the technician to act, when MSAL doesn't already type them as
 * InteractionRequiredAuthError: MFA (50076, 50079), consent (65001), a Conditional Access
 * policy (50158, 53003) (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
const SIGN_IN_CODES = /AADSTS(50076|50079|65001|50158|53003)\b/

/**
 * AADSTS codes of a client-credentials request for an app the tenant doesn't know: no service principal there
 * (7000229, "The client application … is missing service principal in the tenant"; 700016, "Application … was not
 * found in the directory", https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
const NOT_IN_TENANT_CODES = /AADSTS(7000229|700016)\b/

/** The one refusal a route turns into "consent this tenant again": the relay's app lacks what it needs there. */
export function appPermissionMissing(resource: string): RelayError {
  return new RelayError(
    403,
    'appPermissionMissing',
    `The relay’s app has no application permission for ${resource} in this tenant: consent the tenant again through the relay, as a technician holding Privileged Role Administrator there.`,
  )
}

function aadsts(error: AuthError): string {
  return /AADSTS\d+/.exec(error.errorMessage)?.[0] ?? error.errorCode
}

/** MSAL's refusal in the relay's words: the AADSTS code for the log, never the token nor MSAL's whole text. */
function refusal(error: unknown, resource: DownstreamResource): RelayError {
  if (!(error instanceof AuthError))
    return new RelayError(502, 'remote', `The identity platform could not be reached for ${resource}.`)
  const code = aadsts(error)
  if (error instanceof InteractionRequiredAuthError || SIGN_IN_CODES.test(error.errorMessage))
    return new SignInNeeded(
      `Sign in again to reach ${resource}: the identity platform asks the technician to act (${code}: multi-factor authentication or consent).`,
      // Its claims challenge goes to the page, whose next sign-in must answer it (MFA under Conditional Access).
      error instanceof InteractionRequiredAuthError && error.claims ? error.claims : undefined,
    )
  return new RelayError(502, 'remote', `The identity platform refused a token for ${resource} (${code}).`)
}

/**
 * DownstreamTokens with MSAL Node's on-behalf-of and client-credentials flows
 * (https://learn.microsoft.com/entra/msal/javascript/node/acquire-token-requests): confidential
 * clients of the relay's registration, one per authority, their token caches in memory (MSAL keys
 * them by the technician's token, so an instance asks once per token, tenant and resource until the
 * answer expires).
 * The authority is named on each call: the partner's for Partner Center, a customer's for
 * Exchange Online. A host other than Entra's (the test world) is an OpenID provider MSAL must be
 * told it trusts (`knownAuthorities`), read in OIDC protocol mode, as the console's MSAL does.
 */
export function createDownstreamTokens(
  settings: DownstreamSettings,
  options: DownstreamOptions = {},
): DownstreamTokens {
  const host = new URL(settings.authorityHost).host
  const entra = host === 'login.microsoftonline.com'
  const clients = new Map<string, ConfidentialClientApplication>()
  // One client per authority: MSAL's on-behalf-of cache finds a token by the assertion and the
  // scopes, not the tenant, so one shared client would hand customer A's Exchange token for B.
  const clientFor = (tenantId: string) => {
    let client = clients.get(tenantId)
    if (!client) {
      client = new ConfidentialClientApplication({
        auth: {
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          authority: `${settings.authorityHost}/${tenantId}`,
          ...(entra ? {} : { knownAuthorities: [host] }),
        },
        system: {
          protocolMode: entra ? ProtocolMode.AAD : ProtocolMode.OIDC,
          ...(options.networkClient ? { networkClient: options.networkClient } : {}),
          // MSAL logs nothing of its own: its lines may name accounts; the relay's log says what failed.
          loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Error, loggerCallback: () => {} },
        },
      })
      clients.set(tenantId, client)
    }
    return client
  }
  return {
    appOnly: async (resource, tenantId, { fresh = false } = {}) => {
      let result
      try {
        // MSAL keeps the app's token per authority and scope until it expires: one per tenant and resource.
        result = await clientFor(tenantId).acquireTokenByClientCredential({
          scopes: [`${DOWNSTREAM_RESOURCES[resource]}/.default`],
          authority: `${settings.authorityHost}/${tenantId}`,
          skipCache: fresh,
        })
      } catch (error) {
        if (error instanceof AuthError && NOT_IN_TENANT_CODES.test(error.errorMessage))
          throw appPermissionMissing(resource)
        throw refusal(error, resource)
      }
      if (!result?.accessToken)
        throw new RelayError(502, 'remote', `The identity platform gave no token for ${resource}.`)
      return result.accessToken
    },
    onBehalfOf: async (assertion, resource, tenantId) => {
      let result
      try {
        result = await clientFor(tenantId).acquireTokenOnBehalfOf({
          oboAssertion: assertion,
          scopes: [`${DOWNSTREAM_RESOURCES[resource]}/.default`],
          authority: `${settings.authorityHost}/${tenantId}`,
        })
      } catch (error) {
        throw refusal(error, resource)
      }
      if (!result?.accessToken)
        throw new RelayError(502, 'remote', `The identity platform gave no token for ${resource}.`)
      return result.accessToken
    },
  }
}
