import type { GraphClient } from './graphClient'
import type { GraphDelegatedAdminCustomer, GraphDomain, GraphOrganization, GraphSubscribedSku } from './graphTypes'
import type { IsoDate, TenantWithSubscriptions } from '@/domain/tenant'
import { BackendError } from '../backend'
import { graphCall } from './graphErrors'
import { tenantFromGraph } from './tenantMapping'
import { localIsoDate } from '@/domain/dates'
import { consoleAccess } from '@/domain/policy'

/** What the Graph repositories share: the client, the clock and the reads every area needs. */
export interface GraphContext {
  readonly client: GraphClient
  readonly today: () => IsoDate
  /** The client tenants the partner administers through GDAP. */
  readonly customers: () => Promise<GraphDelegatedAdminCustomer[]>
  /** One client tenant with its subscriptions, read afresh; undefined when the partner has no GDAP relationship with it. */
  readonly tenant: (tenantId: string) => Promise<TenantWithSubscriptions | undefined>
  readonly tenantOf: (customer: GraphDelegatedAdminCustomer) => Promise<TenantWithSubscriptions>
  /** The tenant a console write is for: refused when it is unknown or its offers give no console (Deskless only). */
  readonly consoleTenant: (tenantId: string) => Promise<TenantWithSubscriptions>
  /** A client tenant's SKUs with their service plans. */
  readonly skus: (tenantId: string) => Promise<GraphSubscribedSku[]>
}

export function createGraphContext(client: GraphClient, now: () => Date): GraphContext {
  const today = () => localIsoDate(now())

  const customers = () => graphCall('list the client tenants', () =>
    client.list<GraphDelegatedAdminCustomer>('partner', '/tenantRelationships/delegatedAdminCustomers'))

  const skus = (tenantId: string) => graphCall('read the tenant\'s subscriptions', () =>
    client.list<GraphSubscribedSku>({ clientTenantId: tenantId }, '/subscribedSkus'))

  async function tenantOf(customer: GraphDelegatedAdminCustomer): Promise<TenantWithSubscriptions> {
    const tenant = { clientTenantId: customer.tenantId }
    const [organizations, tenantSkus, domains] = await graphCall(`read the tenant ${customer.displayName ?? customer.tenantId}`, () => Promise.all([
      client.list<GraphOrganization>(tenant, '/organization'),
      client.list<GraphSubscribedSku>(tenant, '/subscribedSkus'),
      client.list<GraphDomain>(tenant, '/domains'),
    ]))
    const organization = organizations[0]
    if (!organization)
      throw new BackendError('remote', `Microsoft Graph has no organization for the tenant ${customer.tenantId}`)
    return tenantFromGraph({ customer, organization, skus: tenantSkus, domains })
  }

  async function tenant(tenantId: string): Promise<TenantWithSubscriptions | undefined> {
    const customer = (await customers()).find(c => c.tenantId === tenantId)
    return customer ? tenantOf(customer) : undefined
  }

  async function consoleTenant(tenantId: string): Promise<TenantWithSubscriptions> {
    const found = await tenant(tenantId)
    if (!found)
      throw new BackendError('notFound', `The partner administers no tenant ${tenantId}`)
    if (!consoleAccess(found.subscriptions, today()).available)
      throw new BackendError('consoleUnavailable', `${found.tenant.companyName} has no application console: its offers are all Deskless`)
    return found
  }

  return { client, today, customers, tenant, tenantOf, consoleTenant, skus }
}
