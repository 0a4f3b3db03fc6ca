import type { IncomingMessage, ServerResponse } from 'node:http'
import type Provider from 'oidc-provider'
import type { GdapState } from '../graph/gdap'
import { GRAPH_RESOURCE } from '../../src/auth/graphScopes'
import { SPA_CLIENT_ID, TECHNICIAN } from '../directory'
import { consent, missingConsent, technicianRoles } from '../graph/gdap'
import { CONSENT_ROLES } from '../graph/gdapRoles'
import { readRawBody } from '../readRawBody'

/**
 * Entra's consent, per tenant, in front of each tenant's OpenID provider:
 * - a token for a tenant where the app isn't consented to what is asked is refused, at the token
 *   endpoint with AADSTS65001 (`invalid_grant`, suberror `consent_required`), at the authorization
 *   endpoint with `consent_required` when silent, else with the "Need admin approval" page: a
 *   partner technician can't consent for a customer by signing in
 *   (https://learn.microsoft.com/entra/identity-platform/reference-error-codes, AADSTS65001, AADSTS90094);
 * - `/{tenant}/v2.0/adminconsent` grants tenant-wide consent to the scopes asked, for a signed-in
 *   user who may: through GDAP, a role in CONSENT_ROLES in that tenant
 *   (https://learn.microsoft.com/entra/identity-platform/v2-admin-consent).
 */
export interface ConsentGateOptions {
  readonly gdap: () => GdapState
  /** Redirect URIs registered for the SPA: admin consent answers only to one of them. */
  readonly redirectUris: readonly string[]
  readonly appOrigins: readonly string[]
  /** Any tenant's provider: they share one store, so one finds the sign-in session. */
  readonly provider: () => Provider
}

/** The Graph permissions a `scope` parameter asks for (other resources' aren't gated here). */
function graphPermissions(scope: string | null): string[] {
  return (scope ?? '')
    .split(' ')
    .filter(name => name.startsWith(`${GRAPH_RESOURCE}/`) && !name.endsWith('/.default'))
    .map(name => name.slice(GRAPH_RESOURCE.length + 1))
}

function consentError(tenantId: string): string {
  return `AADSTS65001: The user or administrator has not consented to use the application with ID '${SPA_CLIENT_ID}' named 'BPOS partner console' in tenant '${tenantId}'. Send an interactive authorization request for this user and resource.`
}

function html(res: ServerResponse, title: string, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`,
  )
}

function redirect(res: ServerResponse, target: string): void {
  res.writeHead(302, { location: target }).end()
}

/** An OAuth answer to `redirect_uri`, in the response mode asked (MSAL asks `fragment` or `query`). */
function answer(redirectUri: string, mode: string | null, params: Record<string, string>): string {
  const encoded = new URLSearchParams(params).toString()
  return mode === 'query'
    ? `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${encoded}`
    : `${redirectUri}#${encoded}`
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

async function signedInTechnician(provider: Provider, req: IncomingMessage): Promise<boolean> {
  const cookie = /(?:^|;\s*)_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  const session = cookie ? await provider.Session.find(cookie) : undefined
  return session?.accountId === TECHNICIAN.login
}

export function createConsentGate(options: ConsentGateOptions) {
  /** The token endpoint: refuses a grant for permissions the tenant hasn't consented; otherwise hands the body on. */
  async function token(req: IncomingMessage, res: ServerResponse, tenantId: string): Promise<boolean> {
    const raw = await readRawBody(req)
    // oidc-provider reads a body an upstream step already read from `req.body`.
    Object.assign(req, { body: raw })
    const missing = missingConsent(options.gdap(), tenantId, graphPermissions(new URLSearchParams(raw).get('scope')))
    if (missing.length === 0) return false
    const origin = req.headers.origin
    const cors: Record<string, string> =
      origin && options.appOrigins.includes(origin) ? { 'access-control-allow-origin': origin } : {}
    res.writeHead(400, { 'content-type': 'application/json', ...cors })
    res.end(
      JSON.stringify({
        error: 'invalid_grant',
        error_description: consentError(tenantId),
        error_codes: [65001],
        suberror: 'consent_required',
        timestamp: new Date().toISOString(),
      }),
    )
    return true
  }

  /** The authorization endpoint: a tenant not consented to what is asked never gives a code. */
  function authorization(res: ServerResponse, tenantId: string, url: URL): boolean {
    const missing = missingConsent(options.gdap(), tenantId, graphPermissions(url.searchParams.get('scope')))
    if (missing.length === 0) return false
    const redirectUri = url.searchParams.get('redirect_uri') ?? ''
    if (!options.redirectUris.includes(redirectUri)) {
      html(
        res,
        "Sorry, but we're having trouble signing you in.",
        '<p>AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.</p>',
      )
      return true
    }
    const state = url.searchParams.get('state') ?? ''
    const mode = url.searchParams.get('response_mode')
    if (url.searchParams.get('prompt') === 'none') {
      redirect(
        res,
        answer(redirectUri, mode, { error: 'consent_required', error_description: consentError(tenantId), state }),
      )
      return true
    }
    const back = answer(redirectUri, mode, {
      error: 'access_denied',
      error_subcode: 'cancel',
      error_description: `AADSTS90094: An administrator of this tenant must grant the application permissions first. ${consentError(tenantId)}`,
      state,
    })
    html(
      res,
      'Need admin approval',
      `<p>BPOS partner console needs permission to access resources in this organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p><p><a href="${escape(back)}">Return to the application without granting consent</a></p>`,
    )
    return true
  }

  /** `GET /{tenant}/v2.0/adminconsent`, then the consent page's own form (`POST`, `decision`). */
  async function adminConsent(req: IncomingMessage, res: ServerResponse, tenantId: string, url: URL): Promise<void> {
    const params = req.method === 'POST' ? new URLSearchParams(await readRawBody(req)) : url.searchParams
    const redirectUri = params.get('redirect_uri') ?? ''
    const state = params.get('state') ?? ''
    const scope = params.get('scope') ?? ''
    if (params.get('client_id') !== SPA_CLIENT_ID || !options.redirectUris.includes(redirectUri)) {
      html(
        res,
        "Sorry, but we're having trouble signing you in.",
        '<p>AADSTS50011: The redirect URI or application in the request is not registered.</p>',
      )
      return
    }
    if (!(await signedInTechnician(options.provider(), req))) {
      html(res, 'Sign in', '<p>Sign in to the console first, then grant consent.</p>')
      return
    }
    const deny = (description: string) =>
      answer(redirectUri, 'query', { error: 'access_denied', error_description: description, state })
    const held = technicianRoles(options.gdap(), tenantId)
    if (!CONSENT_ROLES.some(role => held.has(role))) {
      const back = deny('AADSTS90094: The grant requires admin permission.')
      html(
        res,
        'Need admin approval',
        `<p>You don't have permission to grant consent for this organization. An administrator holding Global Administrator, Privileged Role Administrator or Cloud Application Administrator must grant it.</p><p><a href="${escape(back)}">Return to the application without granting consent</a></p>`,
      )
      return
    }
    if (req.method === 'POST') {
      if (params.get('decision') !== 'accept') {
        redirect(res, deny('AADSTS65004: User declined to consent to access the app.'))
        return
      }
      consent(options.gdap(), tenantId, graphPermissions(scope))
      redirect(res, answer(redirectUri, 'query', { admin_consent: 'True', tenant: tenantId, scope, state }))
      return
    }
    const hidden = ['client_id', 'redirect_uri', 'state', 'scope']
      .map(name => `<input type="hidden" name="${name}" value="${escape(params.get(name) ?? '')}">`)
      .join('')
    const list = graphPermissions(scope)
      .map(permission => `<li>${escape(permission)}</li>`)
      .join('')
    html(
      res,
      'Permissions requested',
      `<p>BPOS partner console asks, for the whole organization:</p><ul>${list}</ul><form method="post">${hidden}<button type="submit" name="decision" value="accept">Accept</button> <button type="submit" name="decision" value="cancel">Cancel</button></form>`,
    )
  }

  return { token, authorization, adminConsent }
}
