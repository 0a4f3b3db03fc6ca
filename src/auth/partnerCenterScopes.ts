/**
 * Partner Center's resource: the audience of its access tokens, and the prefix of its one
 * delegated permission. Its Entra application ("Microsoft Partner Center") has the app id
 * fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd and this URI among its service principal names.
 */
export const PARTNER_CENTER_RESOURCE = 'https://api.partnercenter.microsoft.com'

/** `user_impersonation`: Partner Center acts as the signed-in technician, within their Partner Center roles. */
export const PARTNER_CENTER_SCOPES: readonly string[] = [`${PARTNER_CENTER_RESOURCE}/user_impersonation`]
