import type { RelayConnection } from './relayClient'
import { relayCall, relayRefusalIn } from './relayClient'

/** What the relay did in a customer (`POST /api/customers/{id}/consent`, relay/src/partnerCenter/consent.ts). */
export interface RelayConsent {
  /** True when Partner Center had every app consented there already (its 409): nothing new was granted. */
  readonly alreadyConsented: boolean
}

interface ConsentAnswer {
  readonly applications?: readonly { readonly outcome?: string }[]
}

/**
 * Consents the console (and the relay, for Exchange) in one client tenant through Partner Center's application-consent
 * API, by the relay, as the technician. Fails as relayCall does; a refusal keeps the relay's envelope (its `code`:
 * `consentNotAllowed` for the technician's roles, `signInNeeded` with a claims challenge for MFA).
 */
export async function consentThroughRelay(
  relay: RelayConnection,
  tenantId: string,
  companyName: string,
): Promise<RelayConsent> {
  const { body } = await relayCall<ConsentAnswer>(relay, {
    method: 'POST',
    path: `/api/customers/${encodeURIComponent(tenantId)}/consent`,
    what: `Consent for ${companyName}`,
  })
  const outcomes = body?.applications ?? []
  return { alreadyConsented: outcomes.length > 0 && outcomes.every(app => app.outcome === 'alreadyConsented') }
}

/**
 * When a failure asks the person to sign in again for the relay (its 401 `signInNeeded`, or MSAL unable to give its
 * token silently): the claims challenge to answer, if the identity platform sent one. Undefined for any other failure.
 */
export function relaySignInChallenge(error: unknown): { readonly claims?: string } | undefined {
  const refusal = relayRefusalIn(error)
  if (refusal?.status === 401 && refusal.envelope.code === 'signInNeeded')
    return refusal.envelope.claims ? { claims: refusal.envelope.claims } : {}
  // MSAL's error keeps its name through minifying; the relay client gives it as the cause.
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current.name === 'InteractionRequiredAuthError') return {}
  }
  return undefined
}

/** The relay's refusal code, when the relay refused (`consentNotAllowed`, `notConfigured`, …), and its words. */
export function relayRefusalCode(error: unknown): { readonly code?: string; readonly message?: string } | undefined {
  const refusal = relayRefusalIn(error)
  return refusal ? { code: refusal.envelope.code, message: refusal.envelope.message } : undefined
}
