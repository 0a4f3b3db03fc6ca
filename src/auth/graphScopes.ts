/** The audience of Microsoft Graph's access tokens, and the prefix of its delegated scopes. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com'

/**
 * The delegated Graph permissions the console asks for, the same in the partner's tenant and in
 * each client tenant (GDAP roles then limit what the technician may really do there). README's
 * "Microsoft 365" section says why each is needed.
 */
export const GRAPH_PERMISSIONS = [
  'DelegatedAdminRelationship.Read.All',
  'Organization.Read.All',
  'User.ReadWrite.All',
  'Domain.ReadWrite.All',
  'SharePointTenantSettings.ReadWrite.All',
  'Sites.Manage.All',
] as const

/** As MSAL requests them: each permission qualified by Graph's resource. */
export const GRAPH_SCOPES: readonly string[] = GRAPH_PERMISSIONS.map(permission => `${GRAPH_RESOURCE}/${permission}`)
