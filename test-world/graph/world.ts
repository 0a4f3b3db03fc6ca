import type { Catalogue } from '../../src/domain/catalogue'
import { randomUUID } from 'node:crypto'
import type { GdapState } from './gdap'
import { CUSTOMER_PERMISSIONS, GRAPH_PERMISSIONS } from '../../src/auth/graphScopes'
import { CLIENT_TENANTS, PARTNER_TENANT, RELAY_CLIENT, RESTRICTED_TENANTS } from '../directory'
import { RELAY_CUSTOMER_CONSENT } from '../oidc/relayPermissions'
import { addRelationship, consent, newGdapState } from './gdap'
import { CONSOLE_ROLES, ROLE } from './gdapRoles'
import { readJson } from './readJson'
import { ensureServicePrincipal, grantGraphAppRole } from './servicePrincipals'

/**
 * The state the Graph-compatible test server serves: one directory per tenant (organization,
 * subscribed SKUs, users, domains, SharePoint settings) and the partner's GDAP customers and
 * SharePoint lists. Plain Graph-shaped JSON, so what the server sends is what it keeps.
 */

export interface ServicePlanInfo {
  servicePlanId: string
  servicePlanName: string
  provisioningStatus: string
  appliesTo: string
}
export interface SubscribedSku {
  id: string
  accountId: string
  accountName: string
  appliesTo: string
  capabilityStatus: string
  consumedUnits: number
  prepaidUnits: { enabled: number; suspended: number; warning: number; lockedOut: number }
  servicePlans: ServicePlanInfo[]
  skuId: string
  skuPartNumber: string
  subscriptionIds: string[]
}
export interface AssignedLicense {
  skuId: string
  disabledPlans: string[]
}
export interface GraphUser {
  id: string
  displayName: string
  givenName: string | null
  surname: string | null
  userPrincipalName: string
  mailNickname: string
  mail: string | null
  usageLocation: string | null
  accountEnabled: boolean
  assignedLicenses: AssignedLicense[]
  createdDateTime: string
  businessPhones: string[]
  jobTitle: string | null
  preferredLanguage: string | null
}
export interface GraphDomain {
  id: string
  authenticationType: string
  availabilityStatus: string | null
  isAdminManaged: boolean
  isDefault: boolean
  isInitial: boolean
  isRoot: boolean
  isVerified: boolean
  passwordNotificationWindowInDays: number | null
  passwordValidityPeriodInDays: number | null
  supportedServices: string[]
}
export interface SharepointSettings {
  id: string
  sharingCapability: string
  isSiteCreationEnabled: boolean
  isSitesStorageLimitAutomatic: boolean
  isResharingByExternalUsersEnabled: boolean
  personalSiteDefaultStorageLimitInMB: number
  siteCreationDefaultManagedPath: string
  availableManagedPathsForSiteCreation: string[]
  tenantDefaultTimezone: string
}
export interface Organization {
  id: string
  displayName: string
  countryLetterCode: string
  preferredLanguage: string
  createdDateTime: string
  businessPhones: string[]
  technicalNotificationMails: string[]
  marketingNotificationEmails: string[]
  securityComplianceNotificationMails: string[]
  securityComplianceNotificationPhones: string[]
  assignedPlans: never[]
  provisionedPlans: never[]
  verifiedDomains: { name: string; isDefault: boolean; isInitial: boolean; type: string; capabilities: string }[]
  tenantType: string
}
export interface ListItem {
  id: string
  eTag: string
  createdDateTime: string
  lastModifiedDateTime: string
  fields: Record<string, unknown>
}
/** A list column as created (`text`, `number`… facet); only indexed ones may be filtered on without `Prefer`. */
export interface ListColumn {
  id: string
  name: string
  displayName: string
  indexed: boolean
  [facet: string]: unknown
}
export interface SharePointList {
  id: string
  name: string
  displayName: string
  createdDateTime: string
  lastModifiedDateTime: string
  list: { template: string }
  /** The template's Title and the columns the list was created with. */
  columns: ListColumn[]
  items: ListItem[]
}

export interface TenantDirectory {
  readonly organization: Organization
  readonly skus: SubscribedSku[]
  readonly users: GraphUser[]
  readonly domains: GraphDomain[]
  sharepointSettings: SharepointSettings
  /** The partner tenant keeps its shared records in lists of its root site. */
  readonly lists: SharePointList[]
  /** Domains whose verification TXT record is in their DNS (a test control publishes it). */
  readonly publishedTxt: Set<string>
}

export interface GraphWorld {
  readonly partnerTenantId: string
  readonly tenants: Map<string, TenantDirectory>
  /** GDAP customers of the partner: the client tenants it administers. */
  readonly customers: { id: string; displayName: string; tenantId: string }[]
  /** GDAP relationships and role assignments, the technician's groups, the app's consent per tenant. */
  readonly gdap: GdapState
}

const catalogue = readJson<Catalogue>(new URL('../../src/domain/catalogue.json', import.meta.url))
/** Microsoft's own list of each SKU's service plans (the subset the catalogue maps). */
const reference = readJson<{ products: { skuPartNumber: string; servicePlans: Record<string, string> }[] }>(
  new URL('../../src/domain/sources/microsoft-365-skus.json', import.meta.url),
)

/**
 * A SKU's service plans: Microsoft's for it (else the catalogue's for its services), plus one no console switch maps
 * to.
 */
function servicePlansOf(skuPartNumber: string): ServicePlanInfo[] {
  const listed = reference.products.find(p => p.skuPartNumber === skuPartNumber)
  const offer = catalogue.offers.find(o => o.skuPartNumber === skuPartNumber)
  const names = [
    ...(listed ? Object.keys(listed.servicePlans) : Object.values(offer?.servicePlans ?? {})),
    'INTUNE_O365',
  ]
  return names.map(servicePlanName => ({
    servicePlanId: randomUUID(),
    servicePlanName,
    provisioningStatus: 'Success',
    appliesTo: 'User',
  }))
}

export function sku(tenantId: string, accountName: string, skuPartNumber: string, seats: number): SubscribedSku {
  const skuId = randomUUID()
  return {
    id: `${tenantId}_${skuId}`,
    accountId: tenantId,
    accountName,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: 0,
    prepaidUnits: { enabled: seats, suspended: 0, warning: 0, lockedOut: 0 },
    servicePlans: servicePlansOf(skuPartNumber),
    skuId,
    skuPartNumber,
    subscriptionIds: [randomUUID()],
  }
}

export function newDomain(name: string, fields: Partial<GraphDomain> = {}): GraphDomain {
  return {
    id: name,
    authenticationType: 'Managed',
    availabilityStatus: null,
    isAdminManaged: true,
    isDefault: false,
    isInitial: false,
    isRoot: true,
    isVerified: false,
    passwordNotificationWindowInDays: 14,
    passwordValidityPeriodInDays: 2147483647,
    supportedServices: [],
    ...fields,
  }
}

export function newUser(
  fields: Pick<GraphUser, 'displayName' | 'userPrincipalName' | 'mailNickname'> & Partial<GraphUser>,
): GraphUser {
  return {
    id: randomUUID(),
    givenName: null,
    surname: null,
    mail: null,
    usageLocation: null,
    accountEnabled: true,
    assignedLicenses: [],
    createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    businessPhones: [],
    jobTitle: null,
    preferredLanguage: null,
    ...fields,
  }
}

const PEOPLE = [
  ['Élodie', 'Dupré'],
  ['Marc', 'Dupré'],
  ['Sophie', 'Martin'],
  ['Julien', 'Bernard'],
  ['Chloé', 'Petit'],
  ['Antoine', 'Moreau'],
  ['Inès', 'Laurent'],
  ['Hugo', 'Girard'],
] as const

function alias(first: string, last: string): string {
  return `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
}

/** Seeds `count` users on the tenant, licensed with `licence` (each one consuming a unit). */
function seedUsers(
  directory: TenantDirectory,
  domain: string,
  count: number,
  licence: SubscribedSku | null,
  offset = 0,
): void {
  for (let index = offset; index < offset + count; index++) {
    const [first, last] = PEOPLE[index % PEOPLE.length]!
    const nickname = alias(first, last) + (index >= PEOPLE.length ? String(index) : '')
    directory.users.push(
      newUser({
        displayName: `${first} ${last}`,
        givenName: first,
        surname: last,
        userPrincipalName: `${nickname}@${domain}`,
        mailNickname: nickname,
        mail: `${nickname}@${domain}`,
        usageLocation: 'FR',
        assignedLicenses: licence ? [{ skuId: licence.skuId, disabledPlans: [] }] : [],
        preferredLanguage: 'fr-FR',
      }),
    )
    if (licence) licence.consumedUnits++
  }
}

function directoryFor(tenant: { id: string; displayName: string; defaultDomain: string }): TenantDirectory {
  const createdDateTime = '2024-03-04T09:00:00Z'
  return {
    organization: {
      id: tenant.id,
      displayName: tenant.displayName,
      countryLetterCode: 'FR',
      preferredLanguage: 'fr',
      createdDateTime,
      businessPhones: ['+33 4 76 00 00 00'],
      technicalNotificationMails: [`admin@${tenant.defaultDomain}`],
      marketingNotificationEmails: [],
      securityComplianceNotificationMails: [],
      securityComplianceNotificationPhones: [],
      assignedPlans: [],
      provisionedPlans: [],
      verifiedDomains: [
        {
          name: tenant.defaultDomain,
          isDefault: true,
          isInitial: true,
          type: 'Managed',
          capabilities: 'Email, OfficeCommunicationsOnline',
        },
      ],
      tenantType: 'AAD',
    },
    skus: [],
    users: [],
    domains: [
      newDomain(tenant.defaultDomain, {
        isDefault: true,
        isInitial: true,
        isVerified: true,
        supportedServices: ['Email', 'OfficeCommunicationsOnline'],
      }),
    ],
    sharepointSettings: {
      id: randomUUID(),
      sharingCapability: 'disabled',
      isSiteCreationEnabled: false,
      isSitesStorageLimitAutomatic: true,
      isResharingByExternalUsersEnabled: false,
      personalSiteDefaultStorageLimitInMB: 1048576,
      siteCreationDefaultManagedPath: '/sites/',
      availableManagedPathsForSiteCreation: ['/sites/', '/teams/'],
      tenantDefaultTimezone: 'Romance Standard Time',
    },
    lists: [],
    publishedTxt: new Set(),
  }
}

/** The seeded world: a Standard tenant, a Deskless-only one and a mixed one, as in `directory.ts`. */
export function seedWorld(): GraphWorld {
  const tenants = new Map<string, TenantDirectory>()
  const partner = directoryFor(PARTNER_TENANT)
  partner.skus.push(sku(PARTNER_TENANT.id, PARTNER_TENANT.displayName, 'STANDARDPACK', 10))
  seedUsers(partner, PARTNER_TENANT.defaultDomain, 2, partner.skus[0]!)
  tenants.set(PARTNER_TENANT.id, partner)

  for (const client of CLIENT_TENANTS) {
    const directory = directoryFor(client)
    const domain = client.defaultDomain
    if (client.offers === 'standard') {
      const standard = sku(client.id, client.displayName, 'STANDARDPACK', 25)
      // A SKU the catalogue doesn't sell: the console must leave it out, not fail on it.
      directory.skus.push(standard, sku(client.id, client.displayName, 'FLOW_FREE', 10000))
      seedUsers(directory, domain, 6, standard)
      seedUsers(directory, domain, 1, null, 6)
    } else if (client.offers === 'deskless') {
      const deskless = sku(client.id, client.displayName, 'DESKLESSPACK', 40)
      directory.skus.push(deskless, sku(client.id, client.displayName, 'EXCHANGEDESKLESS', 10))
      seedUsers(directory, domain, 4, deskless)
    } else {
      // A customer since 2024 buys the "no Teams" E3: the catalogue maps it, its users' meetings are unknown (no Teams
      // plan).
      const standard = sku(client.id, client.displayName, 'Office_365_E3_(no_Teams)', 10)
      const deskless = sku(client.id, client.displayName, 'DESKLESSPACK', 15)
      directory.skus.push(standard, deskless)
      seedUsers(directory, domain, 3, standard)
      seedUsers(directory, domain, 2, deskless, 3)
    }
    tenants.set(client.id, directory)
  }
  const { noRole, notConsented } = RESTRICTED_TENANTS
  for (const client of [noRole, notConsented]) {
    const directory = directoryFor(client)
    const standard = sku(client.id, client.displayName, 'STANDARDPACK', 10)
    directory.skus.push(standard)
    seedUsers(directory, client.defaultDomain, 2, standard)
    tenants.set(client.id, directory)
  }
  const clients = [...CLIENT_TENANTS, noRole, notConsented]
  const customers = clients.map(client => ({ id: client.id, displayName: client.displayName, tenantId: client.id }))
  return { partnerTenantId: PARTNER_TENANT.id, tenants, customers, gdap: seedGdap() }
}

/**
 * The relay consented in a customer as this build's consent does (`relay/src/partnerCenter/consent.ts`): its delegated
 * permissions (Exchange's, Graph's for granting app roles), its service principal there, and Graph's
 * SharePointTenantSettings.ReadWrite.All assigned to it (its app-only SharePoint settings).
 */
export function consentRelay(gdap: GdapState, tenantId: string): void {
  consent(gdap, tenantId, RELAY_CUSTOMER_CONSENT)
  const relay = ensureServicePrincipal(gdap, tenantId, RELAY_CLIENT.id, RELAY_CLIENT.displayName)
  grantGraphAppRole(gdap, tenantId, relay, 'SharePointTenantSettings.ReadWrite.All')
}

/**
 * The partner's admin consent in its own tenant covers every permission the app lists; each
 * accessible customer approved the console's roles, assigned to the technicians' group, and
 * consented the customer-side permissions (the console's Graph ones, the relay's Exchange one).
 * Pharmacie du Lac consented, but its roles went to another group;
 * Garage Martin's roles include Cloud Application Administrator, but nobody consented yet.
 */
function seedGdap(): GdapState {
  const gdap = newGdapState()
  consent(gdap, PARTNER_TENANT.id, GRAPH_PERMISSIONS)
  for (const client of CLIENT_TENANTS) {
    addRelationship(gdap, { tenantId: client.id, displayName: client.displayName }, CONSOLE_ROLES, CONSOLE_ROLES)
    consent(gdap, client.id, CUSTOMER_PERMISSIONS)
    consentRelay(gdap, client.id)
  }
  const { noRole, notConsented } = RESTRICTED_TENANTS
  addRelationship(gdap, { tenantId: noRole.id, displayName: noRole.displayName }, CONSOLE_ROLES, CONSOLE_ROLES, {
    toOthers: true,
  })
  consent(gdap, noRole.id, CUSTOMER_PERMISSIONS)
  consentRelay(gdap, noRole.id)
  addRelationship(
    gdap,
    { tenantId: notConsented.id, displayName: notConsented.displayName },
    [...CONSOLE_ROLES, ROLE.cloudApplicationAdministrator],
    [...CONSOLE_ROLES, ROLE.cloudApplicationAdministrator],
  )
  return gdap
}

export interface NewTenant {
  readonly displayName: string
  readonly skus: readonly { readonly skuPartNumber: string; readonly seats: number }[]
}

/** A further client tenant under the partner's GDAP, with no users yet. */
export function addClientTenant(world: GraphWorld, { displayName, skus }: NewTenant): string {
  const id = randomUUID()
  const prefix =
    displayName
      .normalize('NFD')
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()
      .slice(0, 20) + id.slice(0, 6)
  const directory = directoryFor({ id, displayName, defaultDomain: `${prefix}.onmicrosoft.com` })
  directory.skus.push(...skus.map(s => sku(id, displayName, s.skuPartNumber, s.seats)))
  world.tenants.set(id, directory)
  world.customers.push({ id, displayName, tenantId: id })
  // The partner's onboarding of a customer it creates (GDAP approved, app consented) is taken as done.
  addRelationship(world.gdap, { tenantId: id, displayName }, CONSOLE_ROLES, CONSOLE_ROLES)
  consent(world.gdap, id, CUSTOMER_PERMISSIONS)
  consentRelay(world.gdap, id)
  return id
}
