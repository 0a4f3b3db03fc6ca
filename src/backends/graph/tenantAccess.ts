import type { AdminRole, TenantAccessProblem } from '../backend'
import type { GraphClient } from './graphClient'
import type { GraphDelegatedAdminCustomer } from './graphTypes'
import { isBackendError } from '../backend'
import { graphCall } from './graphErrors'
import { consentNeededIn, signInNeededIn } from './tokens'

/**
 * Entra role template ids (what GDAP's `unifiedRoles[].roleDefinitionId` carries) of the roles the
 * console needs in a client tenant.
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
const ROLE_IDS: Readonly<Record<AdminRole, string>> = {
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  domainNameAdministrator: '8329153b-31d0-4727-b945-745eb3bc5f31',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
}

/** The roles the console's screens need (README "Microsoft 365": what to request in GDAP). */
export const CONSOLE_ROLES: readonly AdminRole[] = [
  'directoryReaders',
  'userAdministrator',
  'licenseAdministrator',
  'domainNameAdministrator',
  'sharePointAdministrator',
  'exchangeAdministrator',
]

/**
 * Roles that may grant tenant-wide consent to the console's delegated permissions: Global
 * Administrator, Privileged Role Administrator, Cloud Application Administrator, Application
 * Administrator (https://learn.microsoft.com/powershell/partnercenter/exchange-online-gdap-app).
 */
const CONSENT_ROLE_IDS = new Set([
  '62e90394-69f5-4237-9190-012177145e10',
  'e8611ab8-c189-46e8-94e1-60213ab1f814',
  ROLE_IDS.cloudApplicationAdministrator,
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
])

interface RoleSet {
  readonly unifiedRoles: readonly { readonly roleDefinitionId: string }[]
}
interface GraphRelationship {
  readonly id: string
  readonly status: string
  readonly accessDetails: RoleSet
}
interface GraphAccessAssignment {
  readonly status: string
  readonly accessContainer: { readonly accessContainerId: string }
  readonly accessDetails: RoleSet
}
interface GraphDirectoryObject {
  readonly id: string
  readonly '@odata.type'?: string
}

/** Explains why a client tenant could not be read, from the partner's side (GDAP), which answers even then. */
export interface TenantAccess {
  /** The problem behind `error`, or undefined when it is not an access problem (then the caller rethrows). */
  readonly problemOf: (
    customer: GraphDelegatedAdminCustomer,
    error: unknown,
  ) => Promise<TenantAccessProblem | undefined>
}

export function createTenantAccess(client: GraphClient): TenantAccess {
  let groups: Promise<Set<string>> | undefined

  /** The technician's security groups in the partner's tenant (User.Read gives their ids). */
  function technicianGroups(): Promise<Set<string>> {
    groups ??= graphCall('read your security groups', () =>
      client.list<GraphDirectoryObject>('partner', '/me/transitiveMemberOf?$select=id'),
    )
      .then(objects => new Set(objects.filter(o => o['@odata.type'] === '#microsoft.graph.group').map(o => o.id)))
      .catch((error: unknown) => {
        groups = undefined
        throw error
      })
    return groups
  }

  /** Role ids the technician holds in the tenant: active assignments, to their groups, of active relationships. */
  async function heldRoles(tenantId: string): Promise<Set<string>> {
    const [mine, relationships] = await Promise.all([
      technicianGroups(),
      graphCall('read the GDAP relationships', () =>
        client.list<GraphRelationship>(
          'partner',
          `/tenantRelationships/delegatedAdminRelationships?$filter=${encodeURIComponent(`customer/tenantId eq '${tenantId}'`)}`,
        ),
      ),
    ])
    const held = new Set<string>()
    for (const relationship of relationships.filter(r => r.status === 'active')) {
      const approved = new Set(relationship.accessDetails.unifiedRoles.map(role => role.roleDefinitionId))
      const assignments = await graphCall('read the GDAP access assignments', () =>
        client.list<GraphAccessAssignment>(
          'partner',
          `/tenantRelationships/delegatedAdminRelationships/${encodeURIComponent(relationship.id)}/accessAssignments`,
        ),
      )
      for (const assignment of assignments) {
        if (assignment.status !== 'active' || !mine.has(assignment.accessContainer.accessContainerId)) continue
        for (const { roleDefinitionId } of assignment.accessDetails.unifiedRoles) {
          if (approved.has(roleDefinitionId)) held.add(roleDefinitionId)
        }
      }
    }
    return held
  }

  function missing(held: Set<string>): AdminRole[] {
    return CONSOLE_ROLES.filter(role => !held.has(ROLE_IDS[role]))
  }

  return {
    async problemOf(customer, error) {
      if (signInNeededIn(error)) return { kind: 'signInNeeded' }
      const consent = consentNeededIn(error)
      if (!consent && !isBackendError(error, 'unauthorized')) return undefined
      const held = await heldRoles(customer.tenantId)
      // No role at all: nothing else can help until roles are granted in Partner Center.
      if (held.size === 0 || !consent) return { kind: 'noRole', missingRoles: missing(held) }
      return { kind: 'consentNeeded', canConsent: [...held].some(role => CONSENT_ROLE_IDS.has(role)) }
    },
  }
}
