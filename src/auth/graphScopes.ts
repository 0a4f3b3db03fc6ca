/** The audience of Microsoft Graph's access tokens, and the prefix of its delegated scopes. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com'

/**
 * The delegated Graph permissions asked at the partner's own authority, each the least privileged
 * one Microsoft documents for what the console does there (README "Microsoft 365" says why each).
 */
export const PARTNER_PERMISSIONS = [
  // The technician's own security groups, to know their GDAP roles in each customer.
  'User.Read',
  // GDAP customers, relationships and their access assignments.
  'DelegatedAdminRelationship.Read.All',
  // The partner's records list: items read and written, and the list created on first use.
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
] as const

/**
 * The delegated Graph permissions asked at a customer tenant's authority: what a customer consents
 * to, and nothing partner-only. GDAP roles then limit what the technician may really do there.
 */
export const CUSTOMER_PERMISSIONS = [
  // The organization (least privileged for `GET /organization`).
  'User.Read',
  // Subscribed SKUs with their seats and service plans.
  'LicenseAssignment.Read.All',
  // Users: list, create, edit, block, and licences with per-user services (assignLicense).
  'User.ReadWrite.All',
  // Password resets: the least privileged permission for `passwordProfile`.
  'User-PasswordProfile.ReadWrite.All',
  // Custom domains, their DNS records and verification.
  'Domain.ReadWrite.All',
] as const

/** Every delegated Graph permission the app registration lists (what a tenant-wide admin consent grants). */
export const GRAPH_PERMISSIONS: readonly string[] = [...new Set([...PARTNER_PERMISSIONS, ...CUSTOMER_PERMISSIONS])]

const qualified = (permissions: readonly string[]) => permissions.map(permission => `${GRAPH_RESOURCE}/${permission}`)

/** As MSAL requests them: each permission qualified by Graph's resource. */
export const PARTNER_GRAPH_SCOPES: readonly string[] = qualified(PARTNER_PERMISSIONS)
export const CUSTOMER_GRAPH_SCOPES: readonly string[] = qualified(CUSTOMER_PERMISSIONS)
export const GRAPH_SCOPES: readonly string[] = qualified(GRAPH_PERMISSIONS)
