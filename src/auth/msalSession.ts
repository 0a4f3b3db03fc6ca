import type { AccountInfo, AuthenticationResult, Configuration, RedirectRequest } from '@azure/msal-browser'
import type { Microsoft365Config } from './config'
import type { Microsoft365Session, TenantConsentAnswer, TenantSignInRefusal } from './session'
import type { GraphTokenSource, TokenTenant } from '@/backends/graph/tokens'
import type { RelayConnection } from '@/backends/relay/relayClient'
import { BackendError } from '@/backends/contract/errors'
import { TenantConsentNeeded, TenantSignInNeeded } from '@/backends/graph/tokens'
import {
  BrowserCacheLocation,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  ProtocolMode,
  PublicClientApplication,
} from '@azure/msal-browser'
import { takeConsentAnswer, tenantConsentUrl } from './adminConsent'
import { tenantAuthority } from './config'
import { CUSTOMER_GRAPH_SCOPES, PARTNER_GRAPH_SCOPES } from './graphScopes'

/** Entra ID's own sign-in hosts; any other authority is a plain OpenID provider (the test one). */
const ENTRA_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
])

function isEntra(config: Microsoft365Config): boolean {
  return ENTRA_HOSTS.has(new URL(config.authority).host)
}

function msalConfiguration(config: Microsoft365Config): Configuration {
  const origin = window.location.origin
  const host = new URL(config.authority).host
  const entra = isEntra(config)
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // The redirect bridge page (redirect.html) receives every answer: redirects, hidden frames.
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
      ...(entra ? {} : { knownAuthorities: [host], OIDCOptions: { defaultScopes: ['openid', 'profile'] } }),
    },
    // Tokens live in this tab's session storage only, and only in MSAL's cache.
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: { protocolMode: entra ? ProtocolMode.AAD : ProtocolMode.OIDC },
  }
}

/**
 * The partner's sign-in: its Graph permissions; the customer-side ones and the relay's are
 * consented at the same sign-in (the partner's tenant already admin-consented every permission the
 * app lists), so the one refresh token redeems for each, at the authority each belongs to.
 */
function partnerSignInRequest(config: Microsoft365Config): RedirectRequest {
  const extra = [
    ...CUSTOMER_GRAPH_SCOPES,
    ...(typeof config.relay === 'object' && config.relay ? [config.relay.scope] : []),
  ]
  return { scopes: [...PARTNER_GRAPH_SCOPES], authority: config.authority, extraScopesToConsent: extra }
}

/** Entra's "not consented" (AADSTS65001), which no sign-in of a partner technician can answer. */
function isConsentRequired(error: InteractionRequiredAuthError): boolean {
  return (
    error.subError === 'consent_required' ||
    error.errorCode === 'consent_required' ||
    error.errorMessage.includes('AADSTS65001')
  )
}

/** A promise that never settles: the page is navigating to the provider. */
function leavingPage(): Promise<never> {
  return new Promise<never>(() => {})
}

interface TokenRequest {
  readonly scopes: readonly string[]
  readonly account: AccountInfo
  readonly authority: string
  /** A client tenant's: if the person refuses at its authority, the console says which one. */
  readonly clientTenantId?: string
  /** Listing: when the person must act, say so (`TenantSignInNeeded`) rather than leave the page. */
  readonly silentOnlyTenant?: string
}

/** What the token sources need of MSAL's client. */
type TokenClient = Pick<PublicClientApplication, 'acquireTokenSilent' | 'acquireTokenRedirect'>

const TENANT_SIGN_IN_KEY = 'bpos.tenantSignIn'

/** The client tenant whose sign-in this tab last left for, once: its answer is being read now, if any. */
function takeTenantSignIn(): string | undefined {
  const tenantId = sessionStorage.getItem(TENANT_SIGN_IN_KEY) ?? undefined
  sessionStorage.removeItem(TENANT_SIGN_IN_KEY)
  return tenantId
}

/**
 * Sends the person to an authority to act (MFA, an expired session) as the signed-in account; back
 * where they were. At a client tenant only its own permissions are asked, nothing partner-only.
 */
async function signInAt(
  client: TokenClient,
  config: Microsoft365Config,
  authority: string,
  account: AccountInfo,
  { scopes, clientTenantId }: { scopes: readonly string[]; clientTenantId?: string },
): Promise<never> {
  // If the person refuses there, the answer comes back as an error: remember whose it is.
  if (clientTenantId !== undefined) sessionStorage.setItem(TENANT_SIGN_IN_KEY, clientTenantId)
  const request = clientTenantId === undefined ? partnerSignInRequest(config) : { authority }
  await client.acquireTokenRedirect({
    ...request,
    authority,
    scopes: [...scopes],
    account,
    loginHint: account.username,
  })
  return leavingPage()
}

/** A token from MSAL's cache or its refresh token; when the person must act, a redirect to that authority. */
async function acquireToken(
  client: TokenClient,
  config: Microsoft365Config,
  request: TokenRequest,
  account: AccountInfo,
): Promise<string> {
  try {
    // A client tenant's token comes from the cache or the refresh token only: when that refuses
    // (consent, MFA), a hidden frame at its authority would be refused too, after MSAL's timeout.
    const cacheLookupPolicy =
      request.clientTenantId === undefined ? CacheLookupPolicy.Default : CacheLookupPolicy.AccessTokenAndRefreshToken
    const result = await client.acquireTokenSilent({
      scopes: [...request.scopes],
      account: request.account,
      authority: request.authority,
      cacheLookupPolicy,
    })
    return result.accessToken
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error
    // Not consented in a client tenant: only an admin consent there helps, never a sign-in.
    if (request.clientTenantId !== undefined && isConsentRequired(error))
      throw new TenantConsentNeeded(request.clientTenantId, { cause: error })
    // MFA or an expired session: the person must act at that tenant's authority,
    // now, or (listing) when they choose to.
    if (request.silentOnlyTenant !== undefined) throw new TenantSignInNeeded(request.silentOnlyTenant, { cause: error })
    return signInAt(client, config, request.authority, account, {
      scopes: request.scopes,
      clientTenantId: request.clientTenantId,
    })
  }
}

export function graphTokenSource(
  client: TokenClient,
  config: Microsoft365Config,
  account: AccountInfo,
): GraphTokenSource {
  return {
    async token(tenant: TokenTenant): Promise<string> {
      const authority =
        tenant === 'partner' ? config.authority : tenantAuthority(config.authority, tenant.clientTenantId)
      // MSAL keys its cache by the account's tenant: the same person, seen in the tenant asked for.
      const tenantAccount = tenant === 'partner' ? account : { ...account, tenantId: tenant.clientTenantId }
      const clientTenant =
        tenant === 'partner'
          ? {}
          : {
              clientTenantId: tenant.clientTenantId,
              ...(tenant.silentOnly ? { silentOnlyTenant: tenant.clientTenantId } : {}),
            }
      const scopes = tenant === 'partner' ? PARTNER_GRAPH_SCOPES : CUSTOMER_GRAPH_SCOPES
      return acquireToken(client, config, { scopes, account: tenantAccount, authority, ...clientTenant }, account)
    },
  }
}

/**
 * The relay's tokens: its API scope at the partner's own authority, from MSAL's cache or refresh
 * token only. Settings asks it in passing, so when the person must act it says so (`unauthorized`)
 * rather than leave the page; `signIn` is the person's way to act, when they choose to.
 */
function relayConnection(client: TokenClient, config: Microsoft365Config, account: AccountInfo) {
  const relay = config.relay
  if (relay === 'invalid') return relay
  if (!relay) return undefined
  const connection: RelayConnection = {
    baseUrl: relay.baseUrl,
    tokens: {
      async token() {
        try {
          const result = await client.acquireTokenSilent({
            scopes: [relay.scope],
            account,
            authority: config.authority,
          })
          return result.accessToken
        } catch (error) {
          if (!(error instanceof InteractionRequiredAuthError)) throw error
          throw new BackendError('unauthorized', 'A token for the partner relay needs a new sign-in', [], {
            cause: error,
          })
        }
      },
    },
    // The relay's scope at the partner's authority, interactively: a claims challenge (MFA the relay's on-behalf-of
    // exchange was refused for) goes with it, so the token that comes back answers it. The partner's other scopes are
    // asked too, as at sign-in, so the refresh token that comes back still redeems for each. Back on this page after.
    async signIn(claims) {
      const partner = partnerSignInRequest(config)
      await client.acquireTokenRedirect({
        ...partner,
        extraScopesToConsent: [...partner.scopes, ...(partner.extraScopesToConsent ?? [])],
        scopes: [relay.scope],
        account,
        authority: config.authority,
        loginHint: account.username,
        ...(claims ? { claims } : {}),
      })
      return leavingPage()
    },
  }
  return connection
}

async function createClient(config: Microsoft365Config): Promise<PublicClientApplication> {
  const client = new PublicClientApplication(msalConfiguration(config))
  await client.initialize()
  return client
}

/**
 * The token client, until sign-out starts: MSAL then clears its cache, and a read still running
 * would ask for a token silently, in a hidden frame at an authority whose session is ending,
 * racing the page's own way out. From then on a token is never asked: the page is leaving.
 */
function untilSignOut(client: PublicClientApplication): { client: TokenClient; signOut: () => void } {
  let signingOut = false
  return {
    client: {
      acquireTokenSilent: request => (signingOut ? leavingPage() : client.acquireTokenSilent(request)),
      acquireTokenRedirect: request => client.acquireTokenRedirect(request),
    },
    signOut: () => {
      signingOut = true
    },
  }
}

const SILENT_SIGN_IN_KEY = 'bpos.silentSignIn'

/**
 * True once per tab: a tab with no sign-in of its own (a new tab: MSAL's cache is the tab's
 * session storage) may ask the provider, without a prompt, for the session the browser has there.
 */
function takeSilentSignIn(): boolean {
  const taken = sessionStorage.getItem(SILENT_SIGN_IN_KEY) !== null
  sessionStorage.setItem(SILENT_SIGN_IN_KEY, 'taken')
  return !taken
}

/**
 * The answer the provider sent back, if any. A silent sign-in the provider would have had to ask
 * for: nobody is signed in, nothing went wrong. A client tenant's sign-in refused (consent
 * declined, MFA abandoned): the partner's sign-in still stands, so the console opens and says so.
 */
async function redirectAnswer(
  client: PublicClientApplication,
): Promise<{ result: AuthenticationResult | null; refusedTenant?: TenantSignInRefusal }> {
  const tenantSignIn = takeTenantSignIn()
  try {
    return { result: await client.handleRedirectPromise() }
  } catch (error) {
    if (tenantSignIn !== undefined && client.getAllAccounts().length > 0)
      return {
        result: null,
        refusedTenant: { tenantId: tenantSignIn, reason: error instanceof Error ? error.message : String(error) },
      }
    if (error instanceof InteractionRequiredAuthError) return { result: null }
    throw error
  }
}

/**
 * At start-up: takes in a sign-in answer the redirect bridge left, then the account already
 * signed in in this tab. With none, a new tab first goes to the provider once without a prompt
 * (`prompt=none`: back at once, signed in if the browser's session there allows it); null after
 * that: the start page asks again.
 */
export async function resumeMicrosoft365Session(config: Microsoft365Config): Promise<Microsoft365Session | null> {
  const client = await createClient(config)
  const consentAnswer: TenantConsentAnswer | undefined = takeConsentAnswer()
  const { result, refusedTenant } = await redirectAnswer(client)
  // The partner-tenant account chosen at sign-in stays the active one, even when a client tenant's
  // consent redirect is what just came back.
  const account = client.getActiveAccount() ?? result?.account ?? client.getAllAccounts()[0]
  if (!account) {
    if (!takeSilentSignIn()) return null
    await client.loginRedirect({ ...partnerSignInRequest(config), prompt: 'none' })
    return leavingPage()
  }
  client.setActiveAccount(account)
  const gated = untilSignOut(client)
  return {
    account: { name: account.name ?? account.username, username: account.username },
    tokens: graphTokenSource(gated.client, config, account),
    relay: relayConnection(gated.client, config, account),
    signInToTenant: tenantId =>
      signInAt(client, config, tenantAuthority(config.authority, tenantId), account, {
        scopes: CUSTOMER_GRAPH_SCOPES,
        clientTenantId: tenantId,
      }),
    consentToTenant: tenantId => {
      window.location.assign(tenantConsentUrl(config, tenantId))
      return leavingPage()
    },
    ...(refusedTenant ? { refusedTenant } : {}),
    ...(consentAnswer ? { consentAnswer } : {}),
    async signOut() {
      // The provider's session ends too: coming back, don't ask it for one silently.
      takeSilentSignIn()
      gated.signOut()
      // A plain OpenID provider needs the ID token to trust the return address; Entra finds the account itself.
      await client.logoutRedirect({ account, ...(isEntra(config) ? {} : { idTokenHint: account.idToken }) })
      return leavingPage()
    },
  }
}

/** Sends the person to the partner's authority to sign in (authorization code with PKCE). */
export async function signInToMicrosoft365(config: Microsoft365Config): Promise<never> {
  const client = await createClient(config)
  // Settles what a sign-out that came back to the start page left pending.
  await client.handleRedirectPromise()
  await client.loginRedirect({ ...partnerSignInRequest(config), redirectStartPage: `${window.location.origin}/` })
  return leavingPage()
}
