import type { Account, AdapterFactory, Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider'
import type { InteractionDemands } from './interactionDemands'
import type { MfaDemands } from './mfaDemands'
import Provider, { errors, interactionPolicy } from 'oidc-provider'
import { GRAPH_RESOURCE, GRAPH_SCOPES } from '../../src/auth/graphScopes'
import { PARTNER_CENTER_RESOURCE, PARTNER_CENTER_SCOPES } from '../../src/auth/partnerCenterScopes'
import { RELAY_API_SCOPE, RELAY_CLIENT, SPA_CLIENT_ID, TECHNICIAN } from '../directory'
import { RELAY_PROVIDER_CLIENT } from './onBehalfOf'

export interface TenantProviderOptions {
  readonly tenantId: string
  /** `https://localhost:<port>/<tenantId>`, exactly what the build's authority says. */
  readonly issuer: string
  /** Origins of the app builds allowed to sign in (redirect URIs and CORS follow from them). */
  readonly appOrigins: readonly string[]
  /** Shared by every tenant's provider: one sign-in session across tenants, as Entra has. */
  readonly cookieKeys: readonly string[]
  /** One store for every tenant's provider: sessions, grants and refresh tokens are seen by all. */
  readonly adapter: AdapterFactory
  /** Shared signing keys: like Entra, every tenant's tokens verify against the same key set. */
  readonly signingKeys: readonly JWK[]
  /** Sessions a test has made act again at this tenant before it gives them tokens. */
  readonly interactionDemands: InteractionDemands
  /** Sessions whose MFA a test made no longer enough, until the person signs in again answering the challenge. */
  readonly mfaDemands: MfaDemands
}

/** How long a refresh token issued to the single-page app lives, as Entra's do. */
export const SPA_REFRESH_TOKEN_SECONDS = 24 * 3600

/** The APIs this provider issues tokens for, with the delegated permissions each has (as Entra knows them). */
const RESOURCES: Readonly<Record<string, readonly string[]>> = {
  [GRAPH_RESOURCE]: GRAPH_SCOPES,
  [PARTNER_CENTER_RESOURCE]: PARTNER_CENTER_SCOPES,
  [RELAY_CLIENT.apiUri]: [RELAY_API_SCOPE],
}

/** Entra's `scp` claim lists delegated permissions by their short names, without their resource. */
function delegatedPermissions(scope: string | undefined): string {
  return (scope ?? '')
    .split(' ')
    .filter(name => Object.keys(RESOURCES).some(resource => name.startsWith(`${resource}/`)))
    .map(name => name.slice(name.lastIndexOf('/') + 1))
    .join(' ')
}

/**
 * Entra picks a token's resource from the scopes asked for (MSAL sends no `resource`): that of the first scope naming
 * one, Graph's when none does. A sign-in consents them all (MSAL's `extraScopesToConsent`), so one refresh token
 * redeems for each. oidc-provider reads no `scope` when a code is redeemed, but MSAL sends the scopes the token is for
 * (an interactive token for the relay's scope is the relay's).
 */
function resourceOfScopes(ctx: KoaContextWithOIDC): string {
  const asked = ctx.oidc.params?.scope ?? (ctx.oidc.body as { scope?: unknown } | undefined)?.scope
  const names = String(asked ?? '').split(' ')
  for (const name of names) {
    const named = [PARTNER_CENTER_RESOURCE, RELAY_CLIENT.apiUri, GRAPH_RESOURCE].find(resource =>
      name.startsWith(`${resource}/`),
    )
    if (named) return named
  }
  return GRAPH_RESOURCE
}

function defaultResource(
  ctx: KoaContextWithOIDC,
  _client: unknown,
  oneOf?: readonly string[],
): string | readonly string[] {
  if (!oneOf) return Object.keys(RESOURCES)
  const wanted = resourceOfScopes(ctx)
  return oneOf.includes(wanted) ? wanted : oneOf[0]!
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`
}

/** Like Entra's, sign-out asks first (the provider's own page, without its web font). */
function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  ctx.body = page(
    'Sign out?',
    `${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button> <button type="submit" form="op.logoutForm">No, stay signed in</button>`,
  )
}

function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  ctx.body = page('Signed out', '<p>You can close this window.</p>')
}

/** The technician is the directory's only account; the dev login form accepts any password. */
function findAccount(tenantId: string) {
  return (_ctx: KoaContextWithOIDC, id: string): Account | undefined => {
    if (id !== TECHNICIAN.login) return undefined
    return {
      accountId: id,
      claims: () => ({ sub: id, oid: id, tid: tenantId, name: TECHNICIAN.name, preferred_username: TECHNICIAN.login }),
    }
  }
}

/**
 * The consent already given, as oidc-provider finds it by default, unless a test demands that this
 * session act again here: then none, so the provider asks (a silent `prompt=none` answers
 * `consent_required`), until the consent just given at this tenant comes back with the request.
 */
function existingGrant(tenantId: string, demands: InteractionDemands) {
  return async (ctx: KoaContextWithOIDC) => {
    const session = ctx.oidc.session!
    if (demands.isDemanded(tenantId, session.uid)) {
      if (!ctx.oidc.result?.consent) return undefined
      demands.satisfy(tenantId, session.uid)
    }
    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(ctx.oidc.client!.clientId)
    return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined
  }
}

/**
 * Like Entra's AADSTS50076 (MFA) or a withdrawn consent: a refresh token redeemed at this tenant
 * answers `interaction_required` while a test demands it for the token's session.
 */
function refusingDemandedRefresh(tenantId: string, demands: InteractionDemands, ctx: KoaContextWithOIDC): void {
  const refreshToken = ctx.oidc.entities.RefreshToken
  if (ctx.oidc.params?.grant_type === 'refresh_token' && demands.isDemanded(tenantId, refreshToken?.sessionUid))
    throw new errors.InteractionRequired(
      'The administrator of this tenant requires you to act again (consent or multi-factor authentication).',
    )
}

/** oidc-provider's prompts, the login one also asking again when a claims challenge wants MFA. */
function policyWithMfa(mfa: MfaDemands) {
  const policy = interactionPolicy.base()
  policy.get('login')!.checks.add(mfa.loginCheck())
  return policy
}

/**
 * One tenant's authority, like `login.microsoftonline.com/<tenantId>`: a real OpenID Connect
 * provider (authorization code + PKCE for the public SPA client, refresh tokens, RP-initiated
 * sign-out) issuing JWT access tokens for Graph with the tenant in `tid`.
 */
export function createTenantProvider(options: TenantProviderOptions): Provider {
  const { tenantId, issuer, appOrigins } = options
  const configuration: Configuration = {
    clients: [
      {
        client_id: SPA_CLIENT_ID,
        client_name: 'BPOS partner console',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: appOrigins.map(origin => `${origin}/redirect.html`),
        post_logout_redirect_uris: appOrigins.map(origin => `${origin}/`),
      },
      // The relay: it only exchanges technicians' tokens on their behalf (its grant: onBehalfOf.ts).
      {
        ...RELAY_PROVIDER_CLIENT,
        grant_types: [...RELAY_PROVIDER_CLIENT.grant_types],
        response_types: [],
        redirect_uris: [],
      },
    ],
    adapter: options.adapter,
    findAccount: findAccount(tenantId),
    claims: { openid: ['sub', 'oid', 'tid'], profile: ['name', 'preferred_username'] },
    cookies: { keys: [...options.cookieKeys] },
    jwks: { keys: [...options.signingKeys] },
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin) => appOrigins.includes(origin),
    // MSAL asks for no offline_access here (see src/auth/msalClient.ts); the SPA still gets refresh tokens, as from
    // Entra.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // The console asks tokens for several tenants at once with the same refresh token; Entra
    // accepts that, so don't rotate (oidc-provider would take a reuse for theft and end the grant).
    rotateRefreshToken: false,
    loadExistingGrant: existingGrant(tenantId, options.interactionDemands),
    // A claims challenge (MSAL's `claims`) comes with the authorization request; MFA asks for a sign-in again.
    extraParams: ['claims'],
    interactions: { policy: policyWithMfa(options.mfaDemands) },
    extraTokenClaims: (ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined
      refusingDemandedRefresh(tenantId, options.interactionDemands, ctx)
      // Entra's v2 access tokens name the person (`name`): the relay says whom it serves by it.
      // How the person signed in (`amr`): with MFA unless a test demands it again (`mfaDemands.ts`).
      return {
        tid: tenantId,
        scp: delegatedPermissions(token.scope),
        name: TECHNICIAN.name,
        amr: options.mfaDemands.amrOf(token.sessionUid),
      }
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          const scopes = RESOURCES[resource]
          if (!scopes) throw new errors.InvalidTarget()
          return {
            scope: scopes.join(' '),
            audience: resource,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          }
        },
      },
    },
    // A single-page app's refresh tokens "expire after 24 hours" and can't be extended
    // (https://learn.microsoft.com/entra/identity-platform/refresh-tokens); access tokens last about an hour.
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Grant: 14 * 86_400,
      RefreshToken: SPA_REFRESH_TOKEN_SECONDS,
      Session: 14 * 86_400,
    },
  }
  return new Provider(issuer, configuration)
}
