import type { GraphTokenSource } from '@/backends/graph/tokens'
import type { RelayConnection } from '@/backends/relay/relayClient'

/** The person signed in to Microsoft 365, as the top bar shows them. */
export interface SignedInAccount {
  readonly name: string
  readonly username: string
}

/** A client tenant's interactive sign-in that came back refused (consent declined, MFA abandoned). */
export interface TenantSignInRefusal {
  readonly tenantId: string
  readonly reason: string
}

/** What a client tenant's admin consent page answered, read once on the way back to the console. */
export interface TenantConsentAnswer {
  readonly tenantId: string
  readonly granted: boolean
  /** Entra's own words when it was not granted. */
  readonly reason?: string
}

/** A Microsoft 365 sign-in, once the redirect has come back. Its tokens stay inside MSAL. */
export interface Microsoft365Session {
  readonly account: SignedInAccount
  readonly tokens: GraphTokenSource
  /** The partner relay and its tokens, when the build names one; 'invalid' when it names one wrongly. */
  readonly relay?: RelayConnection | 'invalid'
  /** The interactive sign-in at one client tenant's authority (consent, MFA); back on this page after. */
  readonly signInToTenant: (tenantId: string) => Promise<never>
  /**
   * Tenant-wide admin consent of the console in one client tenant, at its authority's admin
   * consent page (the technician's GDAP roles there must allow it); back on the tenant list after.
   */
  readonly consentToTenant: (tenantId: string) => Promise<never>
  /** Set when this start is the answer of a client tenant's admin consent page. */
  readonly consentAnswer?: TenantConsentAnswer
  /** Set when this start is the answer to a client tenant's sign-in that was refused: the partner's sign-in stands. */
  readonly refusedTenant?: TenantSignInRefusal
  /** Ends the sign-in at the provider too; the page leaves for the provider's sign-out. */
  readonly signOut: () => Promise<void>
}

let current: Microsoft365Session | undefined

/** Set once at start-up (`main.ts`) when the console works on Microsoft 365. */
export function setMicrosoft365Session(session: Microsoft365Session): void {
  current = session
}

/** The Microsoft 365 sign-in, or undefined on the demo data. */
export function useMicrosoft365Session(): Microsoft365Session | undefined {
  return current
}
