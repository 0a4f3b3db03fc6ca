import type { RoleId } from './gdapRoles'
import type { ServicePrincipal } from './servicePrincipals'
import { randomUUID } from 'node:crypto'

/**
 * The partner's granular delegated admin privileges (GDAP) and the console app's consent, per
 * customer tenant, as Microsoft 365 keeps them:
 * - a `delegatedAdminRelationship` per customer names the roles the customer approved
 *   (https://learn.microsoft.com/graph/api/resources/delegatedadminrelationship);
 * - its `accessAssignments` give some of those roles to the partner's security groups; "once it's
 *   active, the members of the access container get access to the roles specified"
 *   (https://learn.microsoft.com/graph/api/resources/delegatedadminaccessassignment);
 * - a technician holds in a customer tenant the roles of the active assignments of its active
 *   relationships whose group the technician is in, and nothing else: a `delegatedAdminCustomer`
 *   exists "when at least one delegated admin relationship exists", whatever the roles
 *   (https://learn.microsoft.com/graph/api/resources/delegatedadmincustomer);
 * - the app can get tokens for a tenant only once consented there, with the delegated permissions
 *   granted (AADSTS65001 otherwise: https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
export interface AccessAssignment {
  id: string
  status: 'active' | 'pending' | 'deleting' | 'deleted' | 'error'
  createdDateTime: string
  lastModifiedDateTime: string
  accessContainer: { accessContainerId: string; accessContainerType: 'securityGroup' }
  accessDetails: { unifiedRoles: { roleDefinitionId: string }[] }
}

export interface DelegatedAdminRelationship {
  id: string
  displayName: string
  status: 'active' | 'approvalPending' | 'expired' | 'terminated'
  duration: string
  autoExtendDuration: string
  createdDateTime: string
  lastModifiedDateTime: string
  activatedDateTime: string
  endDateTime: string
  customer: { tenantId: string; displayName: string }
  accessDetails: { unifiedRoles: { roleDefinitionId: string }[] }
  accessAssignments: AccessAssignment[]
}

/** A security group of the partner's tenant. */
export interface PartnerGroup {
  id: string
  displayName: string
}

export interface GdapState {
  readonly relationships: DelegatedAdminRelationship[]
  /** The partner's security groups the technician is a member of. */
  readonly technicianGroups: PartnerGroup[]
  /** A security group of the partner the technician is not in (other technicians'). */
  readonly otherGroup: PartnerGroup
  /** Per tenant, the delegated permissions the console app is consented to there (none: not consented). */
  readonly consents: Map<string, Set<string>>
  /** Per tenant, its service principals (`servicePrincipals.ts`): the partner's apps consented there, and Graph's. */
  readonly servicePrincipals: Map<string, ServicePrincipal[]>
}

const STAMP = '2025-01-06T09:00:00Z'

export function newGdapState(): GdapState {
  return {
    relationships: [],
    technicianGroups: [{ id: randomUUID(), displayName: 'Technicians' }],
    otherGroup: { id: randomUUID(), displayName: 'Billing agents' },
    consents: new Map(),
    servicePrincipals: new Map(),
  }
}

/**
 * A relationship the customer approved with `approved` roles, and an assignment of `assigned`
 * roles to the technicians' group (to another group when `toOthers`).
 */
export function addRelationship(
  state: GdapState,
  customer: { tenantId: string; displayName: string },
  approved: readonly RoleId[],
  assigned: readonly RoleId[],
  { toOthers = false } = {},
): DelegatedAdminRelationship {
  const roles = (ids: readonly RoleId[]) => ids.map(roleDefinitionId => ({ roleDefinitionId }))
  const group = toOthers ? state.otherGroup : state.technicianGroups[0]!
  const relationship: DelegatedAdminRelationship = {
    id: `${randomUUID()}-${randomUUID()}`,
    displayName: `BPOS console ${customer.displayName}`.slice(0, 50),
    status: 'active',
    duration: 'P730D',
    autoExtendDuration: 'P180D',
    createdDateTime: STAMP,
    lastModifiedDateTime: STAMP,
    activatedDateTime: STAMP,
    endDateTime: '2027-01-06T09:00:00Z',
    customer: { ...customer },
    accessDetails: { unifiedRoles: roles(approved) },
    accessAssignments:
      assigned.length === 0
        ? []
        : [
            {
              id: randomUUID(),
              status: 'active',
              createdDateTime: STAMP,
              lastModifiedDateTime: STAMP,
              accessContainer: { accessContainerId: group.id, accessContainerType: 'securityGroup' },
              accessDetails: { unifiedRoles: roles(assigned) },
            },
          ],
  }
  state.relationships.push(relationship)
  return relationship
}

/** The roles the technician holds in a tenant through GDAP (an assignment gives only roles its relationship has). */
export function technicianRoles(state: GdapState, tenantId: string): Set<string> {
  const groups = new Set(state.technicianGroups.map(group => group.id))
  const held = new Set<string>()
  for (const relationship of state.relationships) {
    if (relationship.status !== 'active' || relationship.customer.tenantId !== tenantId) continue
    const approved = new Set(relationship.accessDetails.unifiedRoles.map(role => role.roleDefinitionId))
    for (const assignment of relationship.accessAssignments) {
      if (assignment.status !== 'active' || !groups.has(assignment.accessContainer.accessContainerId)) continue
      for (const { roleDefinitionId } of assignment.accessDetails.unifiedRoles) {
        if (approved.has(roleDefinitionId)) held.add(roleDefinitionId)
      }
    }
  }
  return held
}

export function consent(state: GdapState, tenantId: string, permissions: Iterable<string>): void {
  const granted = state.consents.get(tenantId) ?? new Set<string>()
  for (const permission of permissions) granted.add(permission)
  state.consents.set(tenantId, granted)
}

/** The permissions asked for that the app is not consented to in the tenant (all of them when it isn't at all). */
export function missingConsent(state: GdapState, tenantId: string, permissions: readonly string[]): string[] {
  const granted = state.consents.get(tenantId)
  return permissions.filter(permission => !granted?.has(permission))
}
