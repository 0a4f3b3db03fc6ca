/**
 * Where the Partner Center client gets its access tokens: the partner's own tenant, for the
 * Partner Center resource (never a client tenant's: the partner buys on its customers' behalf).
 */
export interface PartnerCenterTokenSource {
  /** A token renewed silently when it can be; when the person must act, the source starts that itself. */
  readonly token: () => Promise<string>
}
