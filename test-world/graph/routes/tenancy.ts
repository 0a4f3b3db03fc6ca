import type { GraphCall, Route } from '../router'
import { badRequest, json, page, without } from '../http'
import { context, directoryOf, found, requirePartner, route } from '../router'
import { skusShown, visibleCustomers } from '../propagation'

/** `$filter=customer/tenantId eq '<id>'`, the one filter the console uses on relationships. */
function relationshipsOf(call: GraphCall) {
  const filter = call.url.searchParams.get('$filter')
  const all = call.world.gdap.relationships
  if (filter === null) return all
  const tenantId = /^customer\/tenantId eq '([^']+)'$/.exec(filter)?.[1]
  if (!tenantId) throw badRequest(`Invalid filter clause: ${filter}`, 'BadRequest')
  return all.filter(relationship => relationship.customer.tenantId === tenantId)
}

/** Who the caller is and what it may administer: GDAP customers, its organization, its licences. */
export const tenancyRoutes: Route[] = [
  route(
    'GET',
    '/tenantRelationships/delegatedAdminCustomers',
    call => {
      requirePartner(call)
      return page(visibleCustomers(call.world), call.url, context(call, 'tenantRelationships/delegatedAdminCustomers'))
    },
    'Collection(delegatedAdminCustomer)',
  ),

  // https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadminrelationships
  route(
    'GET',
    '/tenantRelationships/delegatedAdminRelationships',
    call => {
      requirePartner(call)
      const relationships = relationshipsOf(call).map(relationship => without(relationship, 'accessAssignments'))
      return page(relationships, call.url, context(call, 'tenantRelationships/delegatedAdminRelationships'))
    },
    'Collection(delegatedAdminRelationship)',
  ),

  // https://learn.microsoft.com/graph/api/delegatedadminrelationship-list-accessassignments
  route('GET', '/tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments', (call, [id]) => {
    requirePartner(call)
    const relationship = found(
      call.world.gdap.relationships.find(r => r.id === id),
      id!,
    )
    return page(
      relationship.accessAssignments,
      call.url,
      context(call, `tenantRelationships/delegatedAdminRelationships('${id}')/accessAssignments`),
    )
  }),

  // With User.Read only, groups come back with their type and id, other properties null
  // ("limited information returned for inaccessible member objects":
  // https://learn.microsoft.com/graph/api/user-list-transitivememberof).
  route('GET', '/me/transitiveMemberOf', call => {
    requirePartner(call)
    const groups = call.world.gdap.technicianGroups.map(group => ({
      '@odata.type': '#microsoft.graph.group',
      id: group.id,
      displayName: null,
    }))
    return page(groups, call.url, context(call, 'directoryObjects'))
  }),

  route(
    'GET',
    '/organization',
    call => {
      const { organization } = directoryOf(call)
      return json({ '@odata.context': context(call, 'organization'), value: [organization] })
    },
    'Collection(organization)',
  ),

  route(
    'GET',
    '/subscribedSkus',
    call => {
      const { skus } = directoryOf(call)
      return json({ '@odata.context': context(call, 'subscribedSkus'), value: skusShown(call.world, skus) })
    },
    'Collection(subscribedSku)',
  ),
]
