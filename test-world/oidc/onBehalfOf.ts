import type { JSONWebKeySet, JWK as JoseJwk } from 'jose'
import type Provider from 'oidc-provider'
import type { JWK, KoaContextWithOIDC } from 'oidc-provider'
import type { GdapState } from '../graph/gdap'
import { randomUUID } from 'node:crypto'
import { createLocalJWKSet, errors, importJWK, jwtVerify, SignJWT } from 'jose'
import { PARTNER_CENTER_RESOURCE } from '../../src/auth/partnerCenterScopes'
import { PARTNER_TENANT, RELAY_CLIENT } from '../directory'
import { missingConsent, technicianRoles } from '../graph/gdap'
import { entraErrorBody } from './entraError'
import { RELAY_DOWNSTREAM_PERMISSIONS, relayPermissionsAt } from './relayPermissions'

/** The grant type of OAuth 2.0 on-behalf-of (RFC 7523's JWT bearer, with `requested_token_use=on_behalf_of`). */
export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

export interface OnBehalfOfOptions {
  readonly tenantId: string
  /** `https://localhost:<port>`: each tenant's issuer is `<origin>/<tenantId>`. */
  readonly origin: string
  readonly gdap: () => GdapState
  /** The world's signing key (private), and its public set: assertions verify, new tokens are signed. */
  readonly signingKey: JWK
  readonly publicJwks: JSONWebKeySet
}

/** Refuses the token request with Entra's error body. */
function refuse(
  ctx: KoaContextWithOIDC,
  error: string,
  code: number,
  description: string,
  extra: Record<string, string> = {},
): void {
  ctx.status = 400
  ctx.body = entraErrorBody(error, code, description, extra)
}

/**
 * The on-behalf-of grant at one tenant's authority, as Entra documents it
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow): the relay
 * (a confidential client, authenticated by its secret before this runs) sends the technician's
 * token as `assertion` with `requested_token_use=on_behalf_of` and `scope=<resource>/.default`.
 * - The assertion must be one this Entra signed, still valid, and for the client asking: its
 *   `aud` the relay's client id or Application ID URI. Otherwise `invalid_grant` with AADSTS50013
 *   (signature), AADSTS500133 (lifetime) or AADSTS500131 (audience), per the error-code reference.
 * - At a customer's authority, the partner's technician exists only through GDAP: without a role
 *   there, AADSTS50020 (the user doesn't exist in the tenant). The docs are silent on GDAP and
 *   OBO together; this follows what a guest-less foreign principal meets.
 * - The relay must be consented there for what `.default` asks (the partner's own admin consent
 *   covers every permission its registration lists): else `invalid_grant`, suberror
 *   `consent_required`, AADSTS65001, the shape the consent gate already answers.
 * - Partner Center demands MFA for App+User
 *   (https://learn.microsoft.com/partner-center/security/partner-security-requirements): the
 *   partner's Conditional Access asks it at issuance, so an assertion whose `amr` lacks `mfa`
 *   answers `interaction_required` AADSTS50076 with a `claims` challenge, as the OBO page shows.
 * The token issued carries the technician's `oid`, the authority's `tid`, the permissions in `scp`: at the partner's
 * authority everything its admin consented (Graph's partner-side permissions too), at a customer's what it consented.
 */
export function registerOnBehalfOf(provider: Provider, options: OnBehalfOfOptions): void {
  const keys = createLocalJWKSet(options.publicJwks)
  // The same key, as jose reads it (oidc-provider's type has readonly members).
  const signing = importJWK(options.signingKey as JoseJwk, 'RS256')

  async function handler(ctx: KoaContextWithOIDC): Promise<void> {
    const params = ctx.oidc.params as Record<string, string | undefined>
    const clientId = ctx.oidc.client!.clientId
    if (params.requested_token_use !== 'on_behalf_of' || !params.assertion) {
      refuse(ctx, 'invalid_request', 900144, "The request body must contain 'assertion' and 'requested_token_use'.")
      return
    }
    const resource = Object.keys(RELAY_DOWNSTREAM_PERMISSIONS).find(r =>
      (params.scope ?? '').split(' ').includes(`${r}/.default`),
    )
    if (!resource) {
      refuse(ctx, 'invalid_resource', 500011, `The resource principal named in '${params.scope}' was not found.`)
      return
    }
    let payload
    try {
      ;({ payload } = await jwtVerify(params.assertion, keys, { algorithms: ['RS256'] }))
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        refuse(ctx, 'invalid_grant', 500133, 'Assertion is not within its valid time range.')
      else refuse(ctx, 'invalid_grant', 50013, 'Assertion failed signature validation.')
      return
    }
    const tid = typeof payload.tid === 'string' ? payload.tid : ''
    if (payload.iss !== `${options.origin}/${tid}`) {
      refuse(ctx, 'invalid_grant', 50013, 'Assertion is not issued by a trusted issuer.')
      return
    }
    const audiences = [clientId, `api://${clientId}`]
    if (!audiences.includes(String(payload.aud))) {
      refuse(
        ctx,
        'invalid_grant',
        500131,
        `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${String(payload.aud)}' and the expected audience is '${clientId}' or one of the Application Uris of this application.`,
      )
      return
    }
    const { tenantId } = options
    const gdap = options.gdap()
    if (tenantId !== tid && (tid !== PARTNER_TENANT.id || technicianRoles(gdap, tenantId).size === 0)) {
      refuse(ctx, 'invalid_grant', 50020, `User account from identity provider does not exist in tenant '${tenantId}'.`)
      return
    }
    const permissions = relayPermissionsAt(resource, tenantId === PARTNER_TENANT.id)
    const missing =
      tenantId === PARTNER_TENANT.id
        ? []
        : missingConsent(
            gdap,
            tenantId,
            permissions.map(name => `${resource}/${name}`),
          )
    if (missing.length > 0) {
      refuse(
        ctx,
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with ID '${clientId}' in tenant '${tenantId}'. Send an interactive authorization request for this user and resource.`,
        { suberror: 'consent_required' },
      )
      return
    }
    const amr = Array.isArray(payload.amr) ? (payload.amr as unknown[]) : []
    if (resource === PARTNER_CENTER_RESOURCE && !amr.includes('mfa')) {
      refuse(
        ctx,
        'interaction_required',
        50076,
        `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resource}'.`,
        { claims: JSON.stringify({ access_token: { capolids: { essential: true, values: [randomUUID()] } } }) },
      )
      return
    }
    const scp = permissions.join(' ')
    const accessToken = await new SignJWT({
      tid: tenantId,
      oid: payload.oid,
      scp,
      azp: clientId,
      appid: clientId,
      amr,
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      ...(tenantId === tid ? {} : { idp: `${options.origin}/${tid}` }),
    })
      .setProtectedHeader({ alg: 'RS256', kid: options.signingKey.kid })
      .setIssuer(`${options.origin}/${tenantId}`)
      .setAudience(resource)
      .setSubject(String(payload.sub ?? payload.oid))
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await signing)
    ctx.body = {
      token_type: 'Bearer',
      // The permissions granted, and the `.default` asked: Entra's answer to a `.default` request names both (the OBO
      // page shows only named scopes), and MSAL's cache finds the token again by the scope it asked.
      scope: [...permissions.map(name => `${resource}/${name}`), `${resource}/.default`].join(' '),
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: accessToken,
    }
  }

  provider.registerGrantType(JWT_BEARER, handler, ['assertion', 'requested_token_use', 'scope'])
}

/** The relay's registration as each tenant's provider knows it: a confidential client with a secret. */
export const RELAY_PROVIDER_CLIENT = {
  client_id: RELAY_CLIENT.id,
  client_secret: RELAY_CLIENT.secret,
  client_name: 'BPOS partner relay',
  token_endpoint_auth_method: 'client_secret_post',
  grant_types: [JWT_BEARER],
  response_types: [],
  redirect_uris: [],
} as const
