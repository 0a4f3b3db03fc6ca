import type { EntityTable } from 'dexie'
import type { TenantConfiguration } from '../backend'
import type { ActivityEntry } from '@/domain/activityLog'
import type { Baseline } from '@/domain/console/baselines'
import type { DistributionList, MailContact } from '@/domain/console/exchange'
import type { SenderEntry } from '@/domain/console/senders'
import type { SiteCollection } from '@/domain/console/sharePoint'
import type { AddOn } from '@/domain/ledger/addOns'
import type { Quote } from '@/domain/quotes/quotes'
import type { Subscription, Tenant } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import Dexie from 'dexie'

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
    this.version(1).stores({
      meta: 'key',
      // `&initialPrefix`: the storage itself refuses a second tenant with the same initial domain.
      tenants: 'id, companyName, &initialPrefix',
      subscriptions: 'id, tenantId',
      activity: '++seq, &id, at, [tenantId+seq]',
    })
    // Version 2: the application console (settings, users, Exchange and SharePoint objects, baselines).
    this.version(2).stores({
      configurations: 'tenantId, baselineId',
      // An alias is unique per domain; the compound index lets storage refuse a duplicate too.
      users: 'id, tenantId, subscriptionId, &[tenantId+domain+alias]',
      senders: 'id, tenantId',
      distributionLists: 'id, tenantId',
      contacts: 'id, tenantId',
      sites: 'id, tenantId, &[tenantId+path]',
      baselines: 'id',
    })
    // Version 3: the partner's add-on services ledger.
    this.version(3).stores({
      services: 'id, tenantId, status, kind',
    })
    // Version 4: quotes for prospects.
    this.version(4).stores({
      quotes: 'id, status, createdAt',
    })
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
