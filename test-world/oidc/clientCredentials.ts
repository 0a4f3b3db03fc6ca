import type { JWK as JoseJwk } from 'jose'
import type { JWK } from 'oidc-provider'
import type { GdapState } from '../graph/gdap'
import { importJWK, SignJWT } from 'jose'
import { GRAPH_RESOURCE } from '../../src/auth/graphScopes'
import { RELAY_CLIENT } from '../directory'
import { grantedAppRoles, servicePrincipalOf } from '../graph/servicePrincipals'
import { entraErrorBody } from './entraError'

export interface ClientCredentialsOptions {
  /** `https://localhost:<port>`: each tenant's issuer is `<origin>/<tenantId>`. */
  readonly origin: string
  readonly gdap: () => GdapState
  readonly signingKey: JWK
}

export interface TokenAnswer {
  readonly status: number
  readonly body: Record<string, unknown>
}

/** The resources the world issues app-only tokens for. */
const APP_ONLY_RESOURCES = [GRAPH_RESOURCE]

function refusal(status: number, error: string, code: number, description: string): TokenAnswer {
  return { status, body: entraErrorBody(error, code, description) }
}

/**
 * The client-credentials grant at one tenant's authority, as Entra documents it
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow): a confidential client (the
 * relay, its secret in the body) asks `scope=<resource>/.default` and gets an app-only token whose `roles` are "the
 * application permissions … granted" to it in that tenant (same page; access-token-claims-reference), no `scp`.
 * - A wrong secret: `invalid_client` AADSTS7000215 (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 * - A resource it doesn't know: `invalid_resource` AADSTS500011, as on-behalf-of answers.
 * - The app without a service principal in the tenant (never consented there): `invalid_client` AADSTS7000229 "The
 *   client application … is missing service principal in the tenant …", as reported for client credentials
 *   (Azure/azure-sdk-for-net#46762, Azure/Commercial-Marketplace-SaaS-Accelerator#830). The docs don't say which of
 *   AADSTS7000229 and AADSTS700016 ("Application … was not found in the directory") a foreign tenant answers; the
 *   world answers the first, the relay reads both alike.
 * - A service principal with no role: a token without `roles`, which the resource refuses (the client-credentials page:
 *   the app's permissions are what an admin granted; nothing granted, nothing in the token).
 */
export function createClientCredentials(options: ClientCredentialsOptions) {
  const signing = importJWK(options.signingKey as JoseJwk, 'RS256')
  return async (tenantId: string, params: URLSearchParams): Promise<TokenAnswer> => {
    const clientId = params.get('client_id') ?? ''
    if (clientId !== RELAY_CLIENT.id || params.get('client_secret') !== RELAY_CLIENT.secret)
      return refusal(401, 'invalid_client', 7000215, 'Invalid client secret provided.')
    const scope = params.get('scope') ?? ''
    const resource = APP_ONLY_RESOURCES.find(r => scope.split(' ').includes(`${r}/.default`))
    if (!resource)
      return refusal(400, 'invalid_resource', 500011, `The resource principal named in '${scope}' was not found.`)
    const gdap = options.gdap()
    const principal = servicePrincipalOf(gdap, tenantId, clientId)
    if (!principal)
      return refusal(
        401,
        'invalid_client',
        7000229,
        `The client application ${clientId} is missing service principal in the tenant ${tenantId}.`,
      )
    const roles = grantedAppRoles(gdap, tenantId, clientId, resource)
    const accessToken = await new SignJWT({
      tid: tenantId,
      oid: principal.id,
      azp: clientId,
      appid: clientId,
      idtyp: 'app',
      ...(roles.length > 0 ? { roles } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: options.signingKey.kid })
      .setIssuer(`${options.origin}/${tenantId}`)
      .setAudience(resource)
      .setSubject(principal.id)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await signing)
    return {
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
    }
  }
}
