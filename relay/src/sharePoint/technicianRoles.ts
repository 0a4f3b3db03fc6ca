import type { Graph } from '../graph/client.js'
import { RelayError } from '../http.js'

/**
 * Entra's role template ids (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference)
 * that may change SharePoint's tenant settings: SharePoint Administrator and Global Administrator, the roles
 * sharepointsettings-update lists (https://learn.microsoft.com/graph/api/sharepointsettings-update).
 */
export const SHAREPOINT_SETTINGS_ROLES: Readonly<Record<string, string>> = {
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
}

interface Page<T> {
  readonly value: readonly T[]
  readonly '@odata.nextLink'?: string
}

interface Relationship {
  readonly id: string
  readonly status: string
  readonly accessDetails: { readonly unifiedRoles: readonly { readonly roleDefinitionId: string }[] }
}

interface AccessAssignment {
  readonly status: string
  readonly accessContainer: { readonly accessContainerId: string }
  readonly accessDetails: { readonly unifiedRoles: readonly { readonly roleDefinitionId: string }[] }
}

/** Every page of a Graph collection (`@odata.nextLink` is absolute: its path after the version is asked again). */
async function all<T>(graph: Graph, path: string): Promise<T[]> {
  const items: T[] = []
  for (let next: string | undefined = path; next;) {
    const page: Page<T> = await graph<Page<T>>('GET', next)
    items.push(...page.value)
    const link = page['@odata.nextLink']
    next = link ? link.replace(/^https?:\/\/[^/]+\/[^/]+/, '') : undefined
  }
  return items
}

/**
 * The app-only token acts with the relay's own permission, not the technician's: before using it in a customer, the
 * relay checks, on the technician's behalf at the partner's authority, that they hold SharePoint Administrator or
 * Global Administrator there through GDAP, as the console tells a technician's roles
 * (`src/backends/graph/tenantAccess.ts`):
 * the roles of the active access assignments, to the technician's groups, of the customer's active relationships
 * (https://learn.microsoft.com/graph/api/resources/delegatedadminaccessassignment). Refuses with 403 `roleMissing`.
 */
export async function requireSharePointRole(partnerGraph: Graph, customerId: string): Promise<void> {
  const filter = encodeURIComponent(`customer/tenantId eq '${customerId}'`)
  const [groups, relationships] = await Promise.all([
    all<{ id: string }>(partnerGraph, '/me/transitiveMemberOf?$select=id'),
    all<Relationship>(partnerGraph, `/tenantRelationships/delegatedAdminRelationships?$filter=${filter}`),
  ])
  const mine = new Set(groups.map(group => group.id))
  for (const relationship of relationships.filter(r => r.status === 'active')) {
    const approved = new Set(relationship.accessDetails.unifiedRoles.map(role => role.roleDefinitionId))
    const assignments = await all<AccessAssignment>(
      partnerGraph,
      `/tenantRelationships/delegatedAdminRelationships/${encodeURIComponent(relationship.id)}/accessAssignments`,
    )
    const held = assignments
      .filter(a => a.status === 'active' && mine.has(a.accessContainer.accessContainerId))
      .flatMap(a => a.accessDetails.unifiedRoles.map(role => role.roleDefinitionId))
      .filter(role => approved.has(role))
    if (held.some(role => role in SHAREPOINT_SETTINGS_ROLES)) return
  }
  throw new RelayError(
    403,
    'roleMissing',
    `You hold neither ${Object.values(SHAREPOINT_SETTINGS_ROLES).join(' nor ')} in this customer through GDAP: the relay changes its SharePoint settings only for a technician who may.`,
  )
}
