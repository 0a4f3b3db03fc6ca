/**
 * The Microsoft services the relay calls on a technician's behalf, each with the resource its
 * tokens are for (the scope asked is `<resource>/.default`: the permissions the relay's app
 * registration was granted there).
 */
export const DOWNSTREAM_RESOURCES = {
  /** Partner Center's REST API, App+User (https://learn.microsoft.com/partner-center/developer/partner-center-authentication). */
  partnerCenter: 'https://api.partnercenter.microsoft.com',
  /** Exchange Online's admin API, at the customer's authority, for the Exchange cmdlets. */
  exchange: 'https://outlook.office365.com',
} as const

export type DownstreamResource = keyof typeof DOWNSTREAM_RESOURCES

/**
 * Where the relay's downstream tokens come from: exchanged for the caller's own token
 * (OAuth 2.0 on-behalf-of, MSAL Node's `acquireTokenOnBehalfOf`) at a tenant's authority: the
 * partner's own for Partner Center, the customer's for Exchange Online (GDAP). Routes take this
 * interface, so their tests can hand them tokens the test world minted.
 */
export interface DownstreamTokens {
  /**
   * An access token for `resource` at `tenantId`'s authority, on behalf of the technician whose
   * token is `assertion`. Refuses with a RelayError (401 `signInNeeded` when the technician must
   * act: MFA, consent; 502 `remote` when the identity platform fails). Never logs a token.
   */
  readonly onBehalfOf: (assertion: string, resource: DownstreamResource, tenantId: string) => Promise<string>
}
