import type { Route } from '../router'
import { json, page } from '../http'
import { context, directoryOf, requirePartner, route } from '../router'
import { skusShown, visibleCustomers } from '../propagation'

/** Who the caller is and what it may administer: GDAP customers, its organization, its licences. */
export const tenancyRoutes: Route[] = [
  route('GET', '/tenantRelationships/delegatedAdminCustomers', (call) => {
    requirePartner(call)
    return page(visibleCustomers(call.world), call.url, context(call, 'tenantRelationships/delegatedAdminCustomers'))
  }, 'Collection(delegatedAdminCustomer)'),

  route('GET', '/organization', (call) => {
    const { organization } = directoryOf(call)
    return json({ '@odata.context': context(call, 'organization'), 'value': [organization] })
  }, 'Collection(organization)'),

  route('GET', '/subscribedSkus', (call) => {
    const { skus } = directoryOf(call)
    return json({ '@odata.context': context(call, 'subscribedSkus'), 'value': skusShown(call.world, skus) })
  }, 'Collection(subscribedSku)'),
]
