import type { RoleId } from './gdapRoles'
import { DIRECTORY_READ_ROLES, ROLE } from './gdapRoles'

/**
 * What Microsoft Graph asks of a call, one row per route the test server serves, as each API's
 * page documents it ("Permissions" table, and "In delegated scenarios … the signed-in user must
 * be assigned … roles"): the delegated permissions that allow it, least privileged first, and the
 * Entra roles the technician must hold in a customer tenant (through GDAP) for it.
 *
 * The first row whose method and path match (and `when`, if any) applies. The server refuses a
 * token whose `scp` holds none of `scopes` with 403, and, in a customer tenant, a technician whose
 * GDAP roles there include none of `roles` with 403 (Graph's `Authorization_RequestDenied`).
 */
export interface PermissionRule {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** The route's path under the version segment, `{name}` for a segment. */
  readonly path: string
  /** Only when the request is this one (e.g. a PATCH that sets `passwordProfile`). */
  readonly when?: (body: unknown) => boolean
  readonly scopes: readonly string[]
  /** A second permission the token must hold as well, one of these (a page listing "X and Y"). */
  readonly alsoScopes?: readonly string[]
  /** Entra roles that allow it in a customer tenant; `partnerOnly` for the partner's own tenant's routes. */
  readonly roles: readonly RoleId[] | 'partnerOnly'
  /**
   * Delegated tokens in a customer tenant (a partner technician through GDAP) refused although
   * the role would allow it, as reported; the reason is in the row's comment.
   */
  readonly refusedOverGdap?: true
  /** Application permissions (app-only tokens' `roles` claim) that allow it. */
  readonly appRoles?: readonly string[]
  readonly doc: string
}

const SERVICE_PRINCIPAL_READERS: readonly RoleId[] = [
  ROLE.directoryReaders,
  ROLE.globalReader,
  ROLE.directoryWriters,
  ROLE.cloudApplicationAdministrator,
  ROLE.applicationAdministrator,
  ROLE.globalAdministrator,
]

const setsPasswordProfile = (body: unknown) => typeof body === 'object' && body !== null && 'passwordProfile' in body

export const PERMISSIONS: readonly PermissionRule[] = [
  // The partner's side: GDAP customers, relationships and their role assignments, the technician's groups.
  {
    method: 'GET',
    path: '/tenantRelationships/delegatedAdminCustomers',
    scopes: ['DelegatedAdminRelationship.Read.All', 'DelegatedAdminRelationship.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadmincustomers',
  },
  {
    method: 'GET',
    path: '/tenantRelationships/delegatedAdminRelationships',
    scopes: ['DelegatedAdminRelationship.Read.All', 'DelegatedAdminRelationship.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadminrelationships',
  },
  {
    method: 'GET',
    path: '/tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments',
    scopes: ['DelegatedAdminRelationship.Read.All', 'DelegatedAdminRelationship.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/delegatedadminrelationship-list-accessassignments',
  },
  {
    method: 'GET',
    path: '/me/transitiveMemberOf',
    scopes: [
      'User.Read',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
      'Group.Read.All',
      'GroupMember.Read.All',
      'User.Read.All',
    ],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/user-list-transitivememberof',
  },

  // A customer tenant's directory.
  {
    method: 'GET',
    path: '/organization',
    scopes: [
      'User.Read',
      'Directory.Read.All',
      'Organization.Read.All',
      'Directory.ReadWrite.All',
      'Organization.ReadWrite.All',
    ],
    roles: DIRECTORY_READ_ROLES,
    doc: 'https://learn.microsoft.com/graph/api/organization-list',
  },
  {
    method: 'GET',
    path: '/subscribedSkus',
    scopes: [
      'LicenseAssignment.Read.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
      'Organization.Read.All',
      'Organization.ReadWrite.All',
    ],
    roles: DIRECTORY_READ_ROLES,
    doc: 'https://learn.microsoft.com/graph/api/subscribedsku-list',
  },
  {
    method: 'GET',
    path: '/users',
    scopes: [
      'User.ReadBasic.All',
      'User.Read.All',
      'Directory.Read.All',
      'User.ReadWrite.All',
      'Directory.ReadWrite.All',
    ],
    roles: DIRECTORY_READ_ROLES,
    doc: 'https://learn.microsoft.com/graph/api/user-list',
  },
  {
    method: 'GET',
    path: '/users/{id}',
    scopes: [
      'User.ReadBasic.All',
      'User.Read.All',
      'Directory.Read.All',
      'User.ReadWrite.All',
      'Directory.ReadWrite.All',
    ],
    roles: DIRECTORY_READ_ROLES,
    doc: 'https://learn.microsoft.com/graph/api/user-get',
  },
  {
    method: 'POST',
    path: '/users',
    scopes: ['User.ReadWrite.All', 'Directory.ReadWrite.All'],
    roles: [ROLE.userAdministrator, ROLE.globalAdministrator],
    doc: 'https://learn.microsoft.com/graph/api/user-post-users',
  },
  // "User-PasswordProfile.ReadWrite.All is the least privileged permission to update the
  // passwordProfile property"; User Administrator may for non-admin users (Helpdesk and
  // Authentication Administrators too, Privileged Authentication Administrator for anyone).
  {
    method: 'PATCH',
    path: '/users/{id}',
    when: setsPasswordProfile,
    scopes: ['User-PasswordProfile.ReadWrite.All', 'Directory.AccessAsUser.All'],
    roles: [
      ROLE.userAdministrator,
      ROLE.helpdeskAdministrator,
      ROLE.authenticationAdministrator,
      ROLE.privilegedAuthenticationAdministrator,
      ROLE.globalAdministrator,
    ],
    doc: 'https://learn.microsoft.com/graph/api/user-update',
  },
  {
    method: 'PATCH',
    path: '/users/{id}',
    scopes: ['User.ReadWrite.All', 'User.ManageIdentities.All', 'Directory.ReadWrite.All'],
    roles: [ROLE.userAdministrator, ROLE.globalAdministrator],
    doc: 'https://learn.microsoft.com/graph/api/user-update',
  },
  {
    method: 'POST',
    path: '/users/{id}/assignLicense',
    scopes: ['LicenseAssignment.ReadWrite.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
    roles: [ROLE.licenseAdministrator, ROLE.userAdministrator, ROLE.directoryWriters, ROLE.globalAdministrator],
    doc: 'https://learn.microsoft.com/graph/api/user-assignlicense',
  },
  {
    method: 'GET',
    path: '/domains',
    scopes: ['Domain.Read.All', 'Directory.Read.All', 'Domain.ReadWrite.All', 'Directory.ReadWrite.All'],
    roles: DIRECTORY_READ_ROLES,
    doc: 'https://learn.microsoft.com/graph/api/domain-list',
  },
  {
    method: 'GET',
    path: '/domains/{id}',
    scopes: ['Domain.Read.All', 'Directory.Read.All', 'Domain.ReadWrite.All', 'Directory.ReadWrite.All'],
    roles: DIRECTORY_READ_ROLES,
    doc: 'https://learn.microsoft.com/graph/api/domain-get',
  },
  {
    method: 'POST',
    path: '/domains',
    scopes: ['Domain.ReadWrite.All', 'Directory.AccessAsUser.All'],
    roles: [ROLE.domainNameAdministrator, ROLE.globalAdministrator],
    doc: 'https://learn.microsoft.com/graph/api/domain-post-domains',
  },
  {
    method: 'GET',
    path: '/domains/{id}/verificationDnsRecords',
    scopes: ['Domain.Read.All', 'Directory.Read.All', 'Domain.ReadWrite.All', 'Directory.ReadWrite.All'],
    roles: [ROLE.domainNameAdministrator, ROLE.globalReader, ROLE.globalAdministrator],
    doc: 'https://learn.microsoft.com/graph/api/domain-list-verificationdnsrecords',
  },
  {
    method: 'POST',
    path: '/domains/{id}/verify',
    scopes: ['Domain.ReadWrite.All', 'Directory.AccessAsUser.All'],
    roles: [ROLE.domainNameAdministrator, ROLE.globalAdministrator],
    doc: 'https://learn.microsoft.com/graph/api/domain-verify',
  },

  // SharePoint's tenant settings: SharePoint Administrator or Global Administrator. Over GDAP a
  // delegated token is answered "401 (Unauthorized) accessDenied" while other Graph calls work
  // (microsoft/Partner-Center-PowerShell#428, open); CIPP reads and writes them app-only
  // (CIPP-API Invoke-CIPPStandardsharingCapability.ps1, -AsApp). So: app-only, through the relay.
  {
    method: 'GET',
    path: '/admin/sharepoint/settings',
    scopes: ['SharePointTenantSettings.Read.All', 'SharePointTenantSettings.ReadWrite.All'],
    roles: [ROLE.sharePointAdministrator, ROLE.globalAdministrator],
    refusedOverGdap: true,
    appRoles: ['SharePointTenantSettings.Read.All', 'SharePointTenantSettings.ReadWrite.All'],
    doc: 'https://learn.microsoft.com/graph/api/sharepointsettings-get',
  },
  {
    method: 'PATCH',
    path: '/admin/sharepoint/settings',
    scopes: ['SharePointTenantSettings.ReadWrite.All'],
    roles: [ROLE.sharePointAdministrator, ROLE.globalAdministrator],
    refusedOverGdap: true,
    appRoles: ['SharePointTenantSettings.ReadWrite.All'],
    doc: 'https://learn.microsoft.com/graph/api/sharepointsettings-update',
  },

  // Service principals and their app roles, for the relay granting its own app SharePoint's application
  // permission in a customer (relay/src/partnerCenter/consent.ts). Reading one: the read include lists
  // Directory Readers, Global Reader, Directory Writers, Cloud Application Administrator and Application
  // Administrator among others (rbac-serviceprincipal-apis-read.md). Granting: "AppRoleAssignment.ReadWrite.All
  // and Application.Read.All" at least, and the roles of rbac-approleassignments-apis-write.md; for Microsoft
  // Graph's app roles only Privileged Role Administrator (the route checks that: routes/servicePrincipals.ts).
  {
    method: 'GET',
    path: "/servicePrincipals(appId='{appId}')",
    scopes: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'],
    roles: SERVICE_PRINCIPAL_READERS,
    doc: 'https://learn.microsoft.com/graph/api/serviceprincipal-get',
  },
  {
    method: 'GET',
    path: '/servicePrincipals/{id}/appRoleAssignments',
    scopes: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'],
    roles: SERVICE_PRINCIPAL_READERS,
    doc: 'https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignments',
  },
  {
    method: 'POST',
    path: '/servicePrincipals/{id}/appRoleAssignedTo',
    scopes: ['AppRoleAssignment.ReadWrite.All'],
    alsoScopes: ['Application.Read.All', 'Directory.Read.All'],
    roles: [
      ROLE.directoryWriters,
      ROLE.privilegedRoleAdministrator,
      ROLE.userAdministrator,
      ROLE.applicationAdministrator,
      ROLE.cloudApplicationAdministrator,
      ROLE.globalAdministrator,
    ],
    doc: 'https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto',
  },

  // The partner's own records, in a list of its root site. Creating a list needs Sites.Manage.All;
  // reading and writing items, Sites.ReadWrite.All (Sites.Manage.All isn't listed for delegated item calls).
  {
    method: 'GET',
    path: '/sites/root/lists',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/list-list',
  },
  {
    method: 'POST',
    path: '/sites/root/lists',
    scopes: ['Sites.Manage.All', 'Sites.FullControl.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/list-create',
  },
  {
    method: 'GET',
    path: '/sites/root/lists/{list}',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/list-get',
  },
  {
    method: 'GET',
    path: '/sites/root/lists/{list}/columns',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/list-list-columns',
  },
  {
    method: 'POST',
    path: '/sites/root/lists/{list}/columns',
    scopes: ['Sites.Manage.All', 'Sites.FullControl.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/list-post-columns',
  },
  {
    method: 'GET',
    path: '/sites/root/lists/{list}/items',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/listitem-list',
  },
  {
    method: 'GET',
    path: '/sites/root/lists/{list}/items/{item}',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/listitem-get',
  },
  {
    method: 'POST',
    path: '/sites/root/lists/{list}/items',
    scopes: ['Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/listitem-create',
  },
  {
    method: 'PATCH',
    path: '/sites/root/lists/{list}/items/{item}/fields',
    scopes: ['Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/listitem-update',
  },
  {
    method: 'DELETE',
    path: '/sites/root/lists/{list}/items/{item}',
    scopes: ['Sites.ReadWrite.All'],
    roles: 'partnerOnly',
    doc: 'https://learn.microsoft.com/graph/api/listitem-delete',
  },
]

function pattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/[$()]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`)
}

const compiled = PERMISSIONS.map(rule => ({ rule, pattern: pattern(rule.path) }))

/** The row a call falls under, or undefined (a route with no row: the server refuses to serve it). */
export function permissionFor(method: string, path: string, body: unknown): PermissionRule | undefined {
  return compiled.find(
    ({ rule, pattern }) => rule.method === method && pattern.test(path) && (!rule.when || rule.when(body)),
  )?.rule
}
