import type { EntityTable } from 'dexie'
import type { ActivityEntry, Subscription, Tenant } from '@/domain/tenant'
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

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      meta: 'key',
      // `&initialPrefix`: the storage itself refuses a second tenant with the same initial domain.
      tenants: 'id, companyName, &initialPrefix',
      subscriptions: 'id, tenantId',
      activity: '++seq, &id, at, [tenantId+seq]',
    })
  }

  /** Every table, for transactions that must see or change the whole store at once. */
  get allTables() {
    return [this.meta, this.tenants, this.subscriptions, this.activity]
  }
}
