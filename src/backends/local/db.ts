import type { EntityTable, Transaction } from 'dexie'
import type { TenantConfiguration } from '../backend'
import type { ActivityEntry } from '@/domain/activityLog'
import type { Baseline } from '@/domain/console/baselines'
import type { DistributionList, MailContact } from '@/domain/console/exchange'
import type { SenderEntry } from '@/domain/console/senders'
import type { SiteCollection } from '@/domain/console/sharePoint'
import type { AddOn } from '@/domain/ledger/addOns'
import type { Quote } from '@/domain/quotes/quotes'
import type { Partner, Subscription, Tenant } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import Dexie from 'dexie'
import { demoPartner } from './seed/demoPartner'

export const DEFAULT_DATABASE_NAME = 'bpos-partner-console'

/** One key/value row: `partner`, `seededAt`, `schemaVersion`. */
export interface MetaRecord {
  readonly key: string
  readonly value: unknown
}

/** A tenant as stored: its initial-domain prefix is copied out so a unique index can guard it. */
export interface TenantRecord extends Tenant {
  readonly initialPrefix: string
}

/**
 * An activity entry as stored. `seq` is the append order: timestamps can tie (same millisecond,
 * a fixed test clock) and ids are random, so neither can say which entry came last.
 */
export interface ActivityRecord extends ActivityEntry {
  readonly seq: number
}

/**
 * Each version's new or changed tables, in order: a database made by an older build opens at the
 * latest, its rows kept. Tests build the older databases from the same list.
 */
export const SCHEMA_VERSIONS: readonly Readonly<Record<string, string>>[] = [
  {
    meta: 'key',
    // `&initialPrefix`: the storage itself refuses a second tenant with the same initial domain.
    tenants: 'id, companyName, &initialPrefix',
    subscriptions: 'id, tenantId',
    activity: '++seq, &id, at, [tenantId+seq]',
  },
  // Version 2: the application console (settings, users, Exchange and SharePoint objects, baselines).
  {
    configurations: 'tenantId, baselineId',
    // An alias is unique per domain; the compound index lets storage refuse a duplicate too.
    users: 'id, tenantId, subscriptionId, &[tenantId+domain+alias]',
    senders: 'id, tenantId',
    distributionLists: 'id, tenantId',
    contacts: 'id, tenantId',
    sites: 'id, tenantId, &[tenantId+path]',
    baselines: 'id',
  },
  // Version 3: the partner's add-on services ledger.
  { services: 'id, tenantId, status, kind' },
  // Version 4: quotes for prospects.
  { quotes: 'id, status, createdAt' },
]

/**
 * Version 1 counted assigned licences as a bare number; from version 2 they are the users holding
 * them, and the first user write recounted them (11 assigned became 1, and the console then refused
 * its own export). The upgrade recounts them from the users (none yet) and logs, per tenant, what
 * it changed, so the figure a partner remembers is still explained.
 */
async function recountAssignedSeats(tx: Transaction): Promise<void> {
  const users = await tx.table<{ subscriptionId: string | null }>('users').toArray()
  const holders = new Map<string, number>()
  for (const user of users)
    if (user.subscriptionId) holders.set(user.subscriptionId, (holders.get(user.subscriptionId) ?? 0) + 1)
  const tenants = new Map((await tx.table<TenantRecord>('tenants').toArray()).map(t => [t.id, t]))
  const partner = (await tx.table<MetaRecord>('meta').get('partner'))?.value as Partner | undefined
  const actor = partner?.actor ?? demoPartner.actor
  const at = new Date().toISOString()
  const entries: Omit<ActivityRecord, 'seq'>[] = []
  await tx
    .table<Subscription>('subscriptions')
    .toCollection()
    .modify((subscription: Subscription & { assignedSeats: number }) => {
      const assigned = holders.get(subscription.id) ?? 0
      if (subscription.assignedSeats === assigned) return
      const tenant = tenants.get(subscription.tenantId)
      entries.push({
        id: `upgrade-v2-${subscription.id}`,
        at: at as ActivityRecord['at'],
        actor,
        tenantId: subscription.tenantId,
        tenantName: tenant?.companyName ?? null,
        area: 'subscription',
        action: 'subscription.assignedRecounted',
        details: { offer: subscription.offerId, previousAssigned: subscription.assignedSeats, assigned },
        changes: [{ field: 'assignedSeats', before: subscription.assignedSeats, after: assigned }],
      })
      subscription.assignedSeats = assigned
    })
  await tx.table('activity').bulkAdd(entries)
}

export class ConsoleDatabase extends Dexie {
  // `declare`, not fields: Dexie sets the tables itself, and a class field would overwrite them.
  declare readonly meta: EntityTable<MetaRecord, 'key'>
  declare readonly tenants: EntityTable<TenantRecord, 'id'>
  declare readonly subscriptions: EntityTable<Subscription, 'id'>
  declare readonly activity: EntityTable<ActivityRecord, 'seq'>
  declare readonly configurations: EntityTable<TenantConfiguration, 'tenantId'>
  declare readonly users: EntityTable<TenantUser, 'id'>
  declare readonly senders: EntityTable<SenderEntry, 'id'>
  declare readonly distributionLists: EntityTable<DistributionList, 'id'>
  declare readonly contacts: EntityTable<MailContact, 'id'>
  declare readonly sites: EntityTable<SiteCollection, 'id'>
  declare readonly baselines: EntityTable<Baseline, 'id'>
  declare readonly services: EntityTable<AddOn, 'id'>
  declare readonly quotes: EntityTable<Quote, 'id'>

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name)
    for (const [index, stores] of SCHEMA_VERSIONS.entries()) {
      const version = this.version(index + 1).stores(stores)
      if (index + 1 === 2) version.upgrade(recountAssignedSeats)
    }
  }

  /** Every table, for transactions that must see or change the whole store at once. */
  get allTables() {
    return [
      this.meta,
      this.tenants,
      this.subscriptions,
      this.activity,
      this.configurations,
      this.users,
      this.senders,
      this.distributionLists,
      this.contacts,
      this.sites,
      this.baselines,
      this.services,
      this.quotes,
    ]
  }
}
