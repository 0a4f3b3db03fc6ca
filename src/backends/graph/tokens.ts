/**
 * Where the Graph adapter gets its access tokens. The partner works in its own tenant for
 * partner-side data, and in each client tenant through GDAP, with that tenant as authority:
 * a token for one tenant is never sent to another.
 *
 * `silentOnly`: the caller would rather hear that the person must act (`TenantSignInNeeded`)
 * than have the page leave for the provider. Listing tenants asks so: one tenant wanting consent
 * or MFA again must not take the whole list through its sign-in.
 */
export type TokenTenant = 'partner' | { readonly clientTenantId: string; readonly silentOnly?: boolean }

export interface GraphTokenSource {
  /**
   * A Graph access token for the tenant, renewed silently when it can be; when the person must
   * act (consent, MFA, expired session) the source starts the interactive step itself, unless
   * the tenant is asked for `silentOnly`: then it fails with `TenantSignInNeeded`.
   */
  readonly token: (tenant: TokenTenant) => Promise<string>
}

/** The error's name, which survives the Graph SDK rebuilding it (class names don't survive minifying). */
export const SIGN_IN_NEEDED = 'TenantSignInNeeded'

/** A client tenant's token needs the technician at that tenant's authority (consent, MFA). */
export class TenantSignInNeeded extends Error {
  constructor(
    readonly tenantId: string,
    options?: ErrorOptions,
  ) {
    super(`The client tenant ${tenantId} needs the technician to sign in to it again`, options)
    this.name = SIGN_IN_NEEDED
  }
}

export const CONSENT_NEEDED = 'TenantConsentNeeded'

/**
 * The console app is not consented in a client tenant (Entra's AADSTS65001): no sign-in of the
 * technician's can fix it there; a tenant-wide admin consent must (README "Microsoft 365").
 */
export class TenantConsentNeeded extends Error {
  constructor(
    readonly tenantId: string,
    options?: ErrorOptions,
  ) {
    super(`The console is not consented in the client tenant ${tenantId}`, options)
    this.name = CONSENT_NEEDED
  }
}

/** A token a client tenant won't give without someone acting: a sign-in, or a consent. */
export type TenantTokenProblem = TenantSignInNeeded | TenantConsentNeeded

function causeOfType<T extends Error>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof type) return current
  }
  return undefined
}

/** The `TenantSignInNeeded` an error is or was caused by (the Graph SDK and our own wrappers keep `cause`). */
export function signInNeededIn(error: unknown): TenantSignInNeeded | undefined {
  return causeOfType(error, TenantSignInNeeded)
}

export function consentNeededIn(error: unknown): TenantConsentNeeded | undefined {
  return causeOfType(error, TenantConsentNeeded)
}

export function tokenProblemIn(error: unknown): TenantTokenProblem | undefined {
  return signInNeededIn(error) ?? consentNeededIn(error)
}
