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
 * The relay's consent in a customer tenant, kept in the world's consent map beside the console's
 * Graph permissions, each named with its resource so the two never meet: what a customer-side
 * consent to the relay's registration grants.
 */
export const RELAY_CUSTOMER_CONSENT: readonly string[] = [
  `${EXCHANGE_RESOURCE}/Exchange.Manage`,
  ...RELAY_DOWNSTREAM_PERMISSIONS[GRAPH_RESOURCE]!.map(name => `${GRAPH_RESOURCE}/${name}`),
]
