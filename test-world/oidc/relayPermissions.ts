import { GRAPH_RESOURCE } from '../../src/auth/graphScopes'
import { PARTNER_CENTER_RESOURCE } from '../../src/auth/partnerCenterScopes'

/** Exchange Online's resource: the audience of the tokens the Exchange admin API and its PowerShell module take. */
export const EXCHANGE_RESOURCE = 'https://outlook.office365.com'

/**
 * The delegated permissions the relay's registration lists per downstream API, which a `.default`
 * token carries in `scp`: Partner Center's one (`user_impersonation`), and Exchange Online's
 * delegated `Exchange.Manage` ("Access Exchange Online as the signed-in user", what the Exchange
 * PowerShell module asks; `Exchange.ManageAsApp` is its application permission, for app-only), and Microsoft Graph's
 * least privileged pair for granting an app role, `AppRoleAssignment.ReadWrite.All` and `Application.Read.All`
 * (https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto): the relay grants its own app
 * SharePoint's application permission in a customer at consent.
 */
export const RELAY_DOWNSTREAM_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  [PARTNER_CENTER_RESOURCE]: ['user_impersonation'],
  [EXCHANGE_RESOURCE]: ['Exchange.Manage'],
  [GRAPH_RESOURCE]: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'],
}

/**
 * Graph's delegated permissions the relay's registration lists for the partner's own side, admin-consented there (so a
 * `.default` token at the partner's authority carries them with the rest): the technician's groups
 * (`/me/transitiveMemberOf`, User.Read) and the partner's GDAP relationships and access assignments
 * (DelegatedAdminRelationship.Read.All), from which the relay tells the technician's roles in a customer before using
 * its app-only token there. Never asked at a customer's authority.
 */
export const RELAY_PARTNER_GRAPH_PERMISSIONS: readonly string[] = ['User.Read', 'DelegatedAdminRelationship.Read.All']

/** What a `.default` token of the relay for `resource` carries at the partner's authority, or a customer's. */
export function relayPermissionsAt(resource: string, partnerSide: boolean): readonly string[] {
  const listed = RELAY_DOWNSTREAM_PERMISSIONS[resource] ?? []
  return partnerSide && resource === GRAPH_RESOURCE ? [...RELAY_PARTNER_GRAPH_PERMISSIONS, ...listed] : listed
}

/**
 * The relay's consent in a customer tenant, kept in the world's consent map beside the console's
 * Graph permissions, each named with its resource so the two never meet: what a customer-side
 * consent to the relay's registration grants.
 */
export const RELAY_CUSTOMER_CONSENT: readonly string[] = [
  `${EXCHANGE_RESOURCE}/Exchange.Manage`,
  ...RELAY_DOWNSTREAM_PERMISSIONS[GRAPH_RESOURCE]!.map(name => `${GRAPH_RESOURCE}/${name}`),
]
