import type { KoaContextWithOIDC } from 'oidc-provider'
import { interactionPolicy } from 'oidc-provider'

/**
 * Multi-factor authentication in the test world's sign-in sessions. The partner's technicians sign in with MFA, as
 * Microsoft's partner security requirements ask of every user of a partner tenant
 * (https://learn.microsoft.com/partner-center/security/partner-security-requirements): their tokens say so in `amr`
 * (`pwd`, `mfa`, as Entra's do: https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
 * A test can make one session's MFA no longer enough (`POST /_test/mfa-required`, as a Conditional Access sign-in
 * frequency would): its tokens then carry `pwd` alone, so Partner Center's on-behalf-of exchange answers AADSTS50076
 * with a claims challenge (`onBehalfOf.ts`); an authorization request carrying that challenge (`claims`) makes the
 * person sign in again, and the session has MFA again (https://learn.microsoft.com/entra/identity-platform/claims-challenge).
 * Keyed by the provider's session uid, which one sign-in keeps across tenants.
 */
export class MfaDemands {
  private readonly stale = new Set<string>()

  demand(sessionUid: string): void {
    this.stale.add(sessionUid)
  }

  isDemanded(sessionUid: string | undefined): boolean {
    return sessionUid !== undefined && this.stale.has(sessionUid)
  }

  satisfy(sessionUid: string): void {
    this.stale.delete(sessionUid)
  }

  /** How a session's tokens say the person signed in. */
  amrOf(sessionUid: string | undefined): string[] {
    return this.isDemanded(sessionUid) ? ['pwd'] : ['pwd', 'mfa']
  }

  /**
   * The login prompt's extra check: a request carrying a claims challenge for a session whose MFA is demanded asks the
   * person to sign in again; once they have (the interaction's login result), the session has MFA again.
   */
  loginCheck(): interactionPolicy.Check {
    return new interactionPolicy.Check(
      'mfa_required',
      'Multi-factor authentication is required',
      (ctx: KoaContextWithOIDC) => {
        const uid = ctx.oidc.session?.uid
        const challenged = typeof (ctx.oidc.params as { claims?: unknown }).claims === 'string'
        if (!uid || !challenged || !this.isDemanded(uid)) return interactionPolicy.Check.NO_NEED_TO_PROMPT
        if (ctx.oidc.result?.login) {
          this.satisfy(uid)
          return interactionPolicy.Check.NO_NEED_TO_PROMPT
        }
        return interactionPolicy.Check.REQUEST_PROMPT
      },
    )
  }
}
