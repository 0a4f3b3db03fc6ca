import type { Microsoft365Config } from './config'
import type { TenantConsentAnswer } from './session'
import { tenantAuthority } from './config'
import { CUSTOMER_GRAPH_SCOPES } from './graphScopes'

/**
 * Tenant-wide admin consent of the console in a client tenant, through that tenant's admin
 * consent address (https://learn.microsoft.com/entra/identity-platform/v2-admin-consent): Entra
 * answers on the console's root address with `admin_consent=True&tenant&scope&state`, or `error`
 * and `error_description`. `state` ties the answer to the request this tab made.
 */
const PENDING_KEY = 'bpos.adminConsent'

interface PendingConsent {
  readonly state: string
  readonly tenantId: string
}

/** Where to send the technician to consent for one client tenant; remembers the request in this tab. */
export function tenantConsentUrl(config: Microsoft365Config, tenantId: string): string {
  const state = crypto.randomUUID()
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, tenantId } satisfies PendingConsent))
  const url = new URL(`${tenantAuthority(config.authority, tenantId)}/v2.0/adminconsent`)
  url.searchParams.set('client_id', config.clientId)
  url.searchParams.set('scope', CUSTOMER_GRAPH_SCOPES.join(' '))
  url.searchParams.set('redirect_uri', `${window.location.origin}/`)
  url.searchParams.set('state', state)
  return url.toString()
}

function pending(): PendingConsent | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null')
    return typeof stored === 'object' && stored !== null && 'state' in stored && 'tenantId' in stored
      ? (stored as PendingConsent)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * The answer this page was opened with, if it is the one to this tab's consent request: read once,
 * its parameters taken off the address (start-up then opens the tenant list, where it was asked for).
 */
export function takeConsentAnswer(): TenantConsentAnswer | undefined {
  const params = new URLSearchParams(window.location.search)
  const request = pending()
  if (!request || params.get('state') !== request.state) return undefined
  sessionStorage.removeItem(PENDING_KEY)
  window.history.replaceState(null, '', '/')
  if (params.get('admin_consent') === 'True' && params.get('tenant') === request.tenantId)
    return { tenantId: request.tenantId, granted: true }
  return {
    tenantId: request.tenantId,
    granted: false,
    reason: params.get('error_description') ?? params.get('error') ?? undefined,
  }
}
