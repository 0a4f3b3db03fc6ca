import type { GraphClient } from './graphClient'
import type { GraphDelegatedAdminCustomer, GraphDomain, GraphOrganization, GraphSubscribedSku } from './graphTypes'
import type { IsoDate, TenantWithSubscriptions } from '@/domain/tenant'
import type { ActivityDraft } from '../records/activity'
import type { PartnerRecords } from './partnerRecords'
import type { TenantAccess } from './tenantAccess'
import { BackendError } from '../backend'
import { activityEntry } from '../records/activity'
import { graphCall } from './graphErrors'
import { createTenantAccess } from './tenantAccess'
import { tenantFromGraph } from './tenantMapping'
import { localIsoDate } from '@/domain/dates'
import { consoleAccess } from '@/domain/policy'

/** A client tenant as the console sees it, with the SKUs (and their service plans) it was read from. */
export interface LoadedTenant extends TenantWithSubscriptions {
  readonly skus: readonly GraphSubscribedSku[]
}

/** What the Graph repositories share: the client, the clock, the partner's records and the reads every area needs. */
export interface GraphContext {
  readonly client: GraphClient
  readonly now: () => Date
  readonly today: () => IsoDate
  /** The partner's shared records, in its SharePoint list. */
  readonly records: PartnerRecords
  /** Appends to the partner's activity log, naming the signed-in technician; after the change it records. */
  readonly log: (draft: ActivityDraft) => Promise<void>
  /** The client tenants the partner administers through GDAP. */
  readonly customers: () => Promise<GraphDelegatedAdminCustomer[]>
  /**
   * One client tenant read with its own token. `silentOnly` (listing): a tenant whose sign-in
   * wants the technician fails with `unauthorized` caused by `TenantSignInNeeded`, the page stays.
   */
  readonly load: (customer: GraphDelegatedAdminCustomer, options?: { readonly silentOnly?: boolean }) => Promise<LoadedTenant>
  /** Why a client tenant could not be read (GDAP roles, consent, sign-in), asked of the partner's side. */
  readonly access: TenantAccess
  /** One client tenant, read afresh; undefined when the partner has no GDAP relationship with it. */
  readonly find: (tenantId: string) => Promise<LoadedTenant | undefined>
  /** A client tenant the partner administers, or `notFound`. */
  readonly tenant: (tenantId: string) => Promise<LoadedTenant>
  /** The tenant a console write is for: refused when its offers give no console (Deskless only). */
  readonly consoleTenant: (tenantId: string) => Promise<LoadedTenant>
}

export interface GraphContextOptions {
  readonly now: () => Date
  readonly records: PartnerRecords
  /** Who the activity log names: the signed-in technician. */
  readonly actor: () => Promise<string>
}

export function createGraphContext(client: GraphClient, { now, records, actor }: GraphContextOptions): GraphContext {
  const today = () => localIsoDate(now())

  async function log(draft: ActivityDraft): Promise<void> {
    const entry = activityEntry(draft, await actor(), now())
    await records.create('activity', entry.id, entry.tenantId, entry, `${entry.action} ${entry.tenantName ?? ''}`.trim())
  }

  const customers = () => graphCall('list the client tenants', () =>
    client.list<GraphDelegatedAdminCustomer>('partner', '/tenantRelationships/delegatedAdminCustomers'))

  async function load(customer: GraphDelegatedAdminCustomer, { silentOnly = false } = {}): Promise<LoadedTenant> {
    const tenant = { clientTenantId: customer.tenantId, silentOnly }
    const [organizations, skus, domains] = await graphCall(`read the tenant ${customer.displayName ?? customer.tenantId}`, () => Promise.all([
      client.list<GraphOrganization>(tenant, '/organization'),
      client.list<GraphSubscribedSku>(tenant, '/subscribedSkus'),
      client.list<GraphDomain>(tenant, '/domains'),
    ]))
    const organization = organizations[0]
    if (!organization)
      throw new BackendError('remote', `Microsoft Graph has no organization for the tenant ${customer.tenantId}`)
    return { ...tenantFromGraph({ customer, organization, skus, domains }), skus }
  }

  async function find(tenantId: string): Promise<LoadedTenant | undefined> {
    const customer = (await customers()).find(c => c.tenantId === tenantId)
    return customer ? load(customer) : undefined
  }

  async function tenant(tenantId: string): Promise<LoadedTenant> {
    const found = await find(tenantId)
    if (!found)
      throw new BackendError('notFound', `The partner administers no tenant ${tenantId}`)
    return found
  }

  async function consoleTenant(tenantId: string): Promise<LoadedTenant> {
    const found = await tenant(tenantId)
    if (!consoleAccess(found.subscriptions, today()).available)
      throw new BackendError('consoleUnavailable', `${found.tenant.companyName} has no application console: its offers are all Deskless`)
    return found
  }

  return { client, now, today, records, log, customers, load, access: createTenantAccess(client), find, tenant, consoleTenant }
}
