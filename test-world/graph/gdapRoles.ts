/**
 * Microsoft Entra built-in roles the test world grants through GDAP, by their role template id
 * (what a GDAP relationship's `accessDetails.unifiedRoles[].roleDefinitionId` carries).
 * Ids and names: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  directoryWriters: '9360feb5-f418-4baa-8175-e2a00bac4301',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  domainNameAdministrator: '8329153b-31d0-4727-b945-745eb3bc5f31',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
} as const

export type RoleId = (typeof ROLE)[keyof typeof ROLE]

/**
 * Who may grant tenant-wide admin consent to an app's delegated Graph permissions in a customer
 * tenant: "a user in the AdminAgents group and a GDAP group holding Global Administrator,
 * Privileged Role Administrator or Cloud Application Administrator"
 * (https://learn.microsoft.com/powershell/partnercenter/exchange-online-gdap-app), and Application
 * Administrator, which Entra lets grant the same delegated consent
 * (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent).
 */
export const CONSENT_ROLES: readonly RoleId[] = [
  ROLE.globalAdministrator,
  ROLE.privilegedRoleAdministrator,
  ROLE.cloudApplicationAdministrator,
  ROLE.applicationAdministrator,
]

/**
 * Roles whose permissions include reading the directory's basic objects (organization, users,
 * licences, domains). Each admin role's own page lists `microsoft.directory/.../read` actions;
 * Directory Readers and Global Reader are the least privileged for reads.
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
export const DIRECTORY_READ_ROLES: readonly RoleId[] = [
  ROLE.globalAdministrator,
  ROLE.globalReader,
  ROLE.directoryReaders,
  ROLE.directoryWriters,
  ROLE.userAdministrator,
  ROLE.licenseAdministrator,
  ROLE.helpdeskAdministrator,
  ROLE.domainNameAdministrator,
]

/**
 * The roles the README asks a partner to request in GDAP for the console: reading the directory,
 * users and passwords, licences, domains, SharePoint and Exchange settings.
 */
export const CONSOLE_ROLES: readonly RoleId[] = [
  ROLE.directoryReaders,
  ROLE.userAdministrator,
  ROLE.licenseAdministrator,
  ROLE.domainNameAdministrator,
  ROLE.sharePointAdministrator,
  ROLE.exchangeAdministrator,
]
