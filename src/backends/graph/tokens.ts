/**
 * Where the Graph adapter gets its access tokens. The partner works in its own tenant for
 * partner-side data, and in each client tenant through GDAP, with that tenant as authority:
 * a token for one tenant is never sent to another.
 */
export type TokenTenant = 'partner' | { readonly clientTenantId: string }

export interface GraphTokenSource {
  /**
   * A Graph access token for the tenant, renewed silently when it can be; when the person must
   * act (consent, MFA, expired session) the source starts the interactive step itself.
   */
  readonly token: (tenant: TokenTenant) => Promise<string>
}
