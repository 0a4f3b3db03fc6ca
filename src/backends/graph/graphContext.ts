import type { GraphClient } from './graphClient'
import type { GraphDelegatedAdminCustomer, GraphDomain, GraphOrganization, GraphSubscribedSku } from './graphTypes'
import type { IsoDate } from '@/domain/dates'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ActivityDraft } from '../records/activity'
import type { PartnerRecords } from './partnerRecords'
import type { TenantAccess } from './tenantAccess'
import type { TenantReads } from './tenantReads'
import { BackendError, ConsoleUnavailable } from '../backend'
import { activityEntry } from '../records/activity'
import { graphCall } from './graphErrors'
import { listBatched } from './batch'
import { CONCURRENT_TENANTS, createQueue } from './concurrency'
import { createTenantAccess } from './tenantAccess'
import { createTenantReads } from './tenantReads'
import { tenantFromGraph } from './tenantMapping'
import { localIsoDate } from '@/domain/dates'
import { noConsoleReason } from '@/domain/tenant/policy'

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
  /** Calls `listener` on each change the console makes (each is logged), whether or not its log entry lands. */
  readonly onChange: (listener: () => void) => void
  /** The client tenants the partner administers through GDAP. */
  readonly customers: () => Promise<GraphDelegatedAdminCustomer[]>
  /**
   * One client tenant read with its own token. `silentOnly` (listing): a tenant whose sign-in
   * wants the technician fails with `unauthorized` caused by `TenantSignInNeeded`, the page stays.
   */
  readonly load: (
    customer: GraphDelegatedAdminCustomer,
    options?: { readonly silentOnly?: boolean },
  ) => Promise<LoadedTenant>
  /** Why a client tenant could not be read (GDAP roles, consent, sign-in), asked of the partner's side. */
  readonly access: TenantAccess
  /** Silent reads for lists, through one bounded queue, kept for the session. */
  readonly reads: TenantReads
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

  const changeListeners: (() => void)[] = []
  async function log(draft: ActivityDraft): Promise<void> {
    for (const listener of changeListeners) listener()
    const entry = activityEntry(draft, await actor(), now())
    await records.create(
      'activity',
      entry.id,
      entry.tenantId,
      entry,
      `${entry.action} ${entry.tenantName ?? ''}`.trim(),
    )
  }

  // Callers asking at the same time (the list, drift) share one listing of the customers.
  let listingCustomers: Promise<GraphDelegatedAdminCustomer[]> | undefined
  const customers = () => (listingCustomers ??= listCustomers().finally(() => (listingCustomers = undefined)))
  const listCustomers = () =>
    graphCall('list the client tenants', () =>
      // The largest page Graph serves here (`$top` up to 300): a partner with hundreds of customers in one or two
      // calls.
      client.list<GraphDelegatedAdminCustomer>('partner', '/tenantRelationships/delegatedAdminCustomers?$top=300'),
    )

  async function load(customer: GraphDelegatedAdminCustomer, { silentOnly = false } = {}): Promise<LoadedTenant> {
    const tenant = { clientTenantId: customer.tenantId, silentOnly }
    // One $batch for the three: a round trip a tenant, which counts when hundreds are listed.
    const [organizations, skus, domains] = (await graphCall(
      `read the tenant ${customer.displayName ?? customer.tenantId}`,
      () => listBatched(client, tenant, ['/organization', '/subscribedSkus', '/domains']),
    )) as [GraphOrganization[], GraphSubscribedSku[], GraphDomain[]]
    const organization = organizations[0]
    if (!organization)
      throw new BackendError('remote', `Microsoft Graph has no organization for the tenant ${customer.tenantId}`)
    return { ...tenantFromGraph({ customer, organization, skus, domains }), skus }
  }

  const access = createTenantAccess(client)
  const reads = createTenantReads(
    customer => load(customer, { silentOnly: true }),
    access,
    createQueue(CONCURRENT_TENANTS),
  )

  async function find(tenantId: string): Promise<LoadedTenant | undefined> {
    const customer = (await customers()).find(c => c.tenantId === tenantId)
    if (!customer) return undefined
    const loaded = await load(customer)
    reads.remember(loaded)
    return loaded
  }

  async function tenant(tenantId: string): Promise<LoadedTenant> {
    const found = await find(tenantId)
    if (!found) throw new BackendError('notFound', `The partner administers no tenant ${tenantId}`)
    return found
  }

  async function consoleTenant(tenantId: string): Promise<LoadedTenant> {
    const found = await tenant(tenantId)
    const reason = noConsoleReason(found.subscriptions, today())
    if (reason)
      throw new ConsoleUnavailable(reason, `${found.tenant.companyName} has no application console (${reason})`)
    return found
  }

  const onChange = (listener: () => void) => void changeListeners.push(listener)
  return { client, now, today, records, log, onChange, customers, load, access, reads, find, tenant, consoleTenant }
}
