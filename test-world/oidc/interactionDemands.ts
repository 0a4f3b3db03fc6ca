/**
 * Client tenants where one sign-in session must act again (consent, MFA), as a test demands
 * through `/_test/interaction-required`. Keyed by the provider's session, so a test's demand
 * never reaches another test's browser signed in at the same time.
 */
export class InteractionDemands {
  private readonly demands = new Set<string>()

  private static key(tenantId: string, sessionUid: string): string {
    return `${tenantId} ${sessionUid}`
  }

  demand(tenantId: string, sessionUid: string): void {
    this.demands.add(InteractionDemands.key(tenantId, sessionUid))
  }

  isDemanded(tenantId: string, sessionUid: string | undefined): boolean {
    return sessionUid !== undefined && this.demands.has(InteractionDemands.key(tenantId, sessionUid))
  }

  /** The person acted at that tenant's authority: silent tokens work again. */
  satisfy(tenantId: string, sessionUid: string): void {
    this.demands.delete(InteractionDemands.key(tenantId, sessionUid))
  }
}
