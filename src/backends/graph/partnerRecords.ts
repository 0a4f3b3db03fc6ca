import type { GraphClient } from './graphClient'
import type { GraphList, GraphListItem } from './graphTypes'
import { BackendError } from '../backend'
import { GraphRequestError } from './graphClient'
import { graphCall } from './graphErrors'

/**
 * The partner's own records (add-on services, quotes, baselines, price list, workstation counts,
 * activity log) kept in one SharePoint list of the partner's root site, so every technician of
 * the partner shares them. The list is found by name, or created with its columns on the first
 * write (reading an absent list reads nothing, so looking needs no right to create lists).
 * Each record is one item: indexed columns to find it, its value as JSON in a plain-text column.
 */

export const PARTNER_RECORDS_LIST = 'BPOS partner records'

export type RecordKind = 'service' | 'quote' | 'baseline' | 'activity' | 'priceList' | 'workstations' | 'tenantBaseline'

/** The list's own columns (SharePoint names); the three the console filters on are indexed. */
const COLUMNS = {
  kind: 'RecordKind',
  key: 'RecordKey',
  tenantId: 'TenantId',
  data: 'RecordData',
} as const

interface RecordFields {
  readonly Title?: string
  readonly RecordKind?: string
  readonly RecordKey?: string
  readonly TenantId?: string
  readonly RecordData?: string
}

/** The list as created on first use: a generic list whose filtered columns are indexed. */
export const PARTNER_RECORDS_DEFINITION = {
  displayName: PARTNER_RECORDS_LIST,
  description: 'Records of the BPOS partner console, shared by the partner\'s technicians: add-on services, quotes, baselines, the price list and the activity log.',
  list: { template: 'genericList' },
  columns: [
    { name: COLUMNS.kind, text: { maxLength: 40 }, indexed: true },
    { name: COLUMNS.key, text: { maxLength: 255 }, indexed: true },
    { name: COLUMNS.tenantId, text: { maxLength: 64 }, indexed: true },
    { name: COLUMNS.data, text: { allowMultipleLines: true, textType: 'plain' } },
  ],
}

/** A record as read: its value and the item's ETag, which a change must match. */
export interface StoredRecord<T> {
  readonly itemId: string
  /** The record's own id (a service's, a tenant's for its workstations). */
  readonly key: string
  readonly eTag: string
  readonly value: T
}

export interface RecordQuery {
  readonly tenantId?: string
}

export interface PartnerRecords {
  /** Every record of a kind (of one tenant, if named), following the list's pages to the end. */
  list: <T>(kind: RecordKind, query?: RecordQuery) => Promise<StoredRecord<T>[]>
  /** The record with that key, or undefined, as the page shows it: a later change must start from this version. */
  find: <T>(kind: RecordKind, key: string) => Promise<StoredRecord<T> | undefined>
  /** The record as it is now, for a write to work on (the version the page showed stays the one to match). */
  current: <T>(kind: RecordKind, key: string) => Promise<StoredRecord<T> | undefined>
  /** Adds a record; `title` is what a person browsing the list in SharePoint reads. */
  create: <T>(kind: RecordKind, key: string, tenantId: string | null, value: T, title: string) => Promise<StoredRecord<T>>
  /**
   * Replaces a record's value if nobody changed it since this session listed it (or, if it
   * never did, since `record` was read); `conflict` otherwise.
   */
  update: <T>(record: StoredRecord<unknown>, value: T, title: string) => Promise<StoredRecord<T>>
  /** Deletes a record on the same condition as `update`. */
  remove: (record: StoredRecord<unknown>) => Promise<void>
}

/** OData string literal: quotes doubled. */
function literal(value: string): string {
  return `'${value.replace(/'/g, '\'\'')}'`
}

function recordOf<T>(item: GraphListItem<RecordFields>): StoredRecord<T> {
  const data = item.fields.RecordData
  if (data === undefined)
    throw new BackendError('remote', `The partner records list has an item without data (${item.id})`)
  return { itemId: item.id, key: item.fields.RecordKey ?? '', eTag: item.eTag, value: JSON.parse(data) as T }
}

const PAGE_SIZE = 500

export function createPartnerRecords(client: GraphClient): PartnerRecords {
  let listId: Promise<string> | undefined
  /**
   * The ETag of each record as this session last listed it, by item id: what the person saw and
   * changes. A change sent with it fails if someone else saved the record since, even between
   * the page's read and the write's own fresh read.
   */
  const seen = new Map<string, string>()
  const ifMatch = (record: StoredRecord<unknown>) => seen.get(record.itemId) ?? record.eTag

  async function findList(): Promise<string | undefined> {
    const lists = await client.list<GraphList>('partner', `/sites/root/lists?$select=id,displayName`)
    return lists.find(list => list.displayName === PARTNER_RECORDS_LIST)?.id
  }

  async function createList(): Promise<string> {
    try {
      return (await client.post<GraphList>('partner', '/sites/root/lists', PARTNER_RECORDS_DEFINITION)).id
    }
    catch (error) {
      // Another technician created it a moment ago: use theirs.
      if (error instanceof GraphRequestError && error.status === 409) {
        const created = await findList()
        if (created)
          return created
      }
      throw error
    }
  }

  /** The list's id once found or created: one lookup a session. */
  let known: string | undefined

  /** The list's id, or undefined while nobody has saved a record yet: reading creates nothing. */
  async function existingList(): Promise<string | undefined> {
    known ??= await findList()
    return known
  }

  /** The list's id, creating the list on the first write; a failure is tried again next time. */
  function ensureList(): Promise<string> {
    listId ??= graphCall('open the partner records list', async () => (known = (await existingList()) ?? await createList()))
    listId.catch(() => (listId = undefined))
    return listId
  }

  async function items(filter: string): Promise<GraphListItem<RecordFields>[]> {
    const id = await existingList()
    if (id === undefined)
      return []
    return client.list<GraphListItem<RecordFields>>('partner', `/sites/root/lists/${id}/items?expand=fields&$top=${PAGE_SIZE}&$filter=${filter}`)
  }

  function latest<T>(kind: RecordKind, key: string): Promise<StoredRecord<T> | undefined> {
    return graphCall('read a partner record', async () => {
      const found = await items(`fields/${COLUMNS.kind} eq ${literal(kind)} and fields/${COLUMNS.key} eq ${literal(key)}`)
      // Two items with one key (two first saves at once): the latest one is the record.
      const newest = found.sort((a, b) => b.lastModifiedDateTime.localeCompare(a.lastModifiedDateTime))[0]
      return newest && recordOf<T>(newest)
    })
  }

  function fieldsOf(kind: RecordKind, key: string, tenantId: string | null, value: unknown, title: string): RecordFields {
    return { Title: title.slice(0, 255), RecordKind: kind, RecordKey: key, TenantId: tenantId ?? '', RecordData: JSON.stringify(value) }
  }

  return {
    list: <T>(kind: RecordKind, query: RecordQuery = {}) => graphCall('read the partner records', async () => {
      const conditions = [`fields/${COLUMNS.kind} eq ${literal(kind)}`]
      if (query.tenantId !== undefined)
        conditions.push(`fields/${COLUMNS.tenantId} eq ${literal(query.tenantId)}`)
      const listed = (await items(conditions.join(' and '))).map(item => recordOf<T>(item))
      for (const record of listed)
        seen.set(record.itemId, record.eTag)
      return listed
    }),

    find: async <T>(kind: RecordKind, key: string) => {
      const found = await latest<T>(kind, key)
      if (found)
        seen.set(found.itemId, found.eTag)
      return found
    },

    current: latest,

    create: <T>(kind: RecordKind, key: string, tenantId: string | null, value: T, title: string) => graphCall('save a partner record', async () => {
      const id = await ensureList()
      const item = await client.post<GraphListItem<RecordFields>>('partner', `/sites/root/lists/${id}/items`, { fields: fieldsOf(kind, key, tenantId, value, title) })
      seen.set(item.id, item.eTag)
      return { itemId: item.id, key, eTag: item.eTag, value }
    }),

    update: <T>(record: StoredRecord<unknown>, value: T, title: string) => graphCall('save a partner record', async () => {
      const id = await ensureList()
      const saved = await client.patch<{ '@odata.etag': string }>('partner', `/sites/root/lists/${id}/items/${record.itemId}/fields`, { Title: title.slice(0, 255), RecordData: JSON.stringify(value) }, { ifMatch: ifMatch(record) })
      const eTag = saved?.['@odata.etag'] ?? record.eTag
      seen.set(record.itemId, eTag)
      return { ...record, eTag, value }
    }),

    remove: record => graphCall('delete a partner record', async () => {
      const id = await ensureList()
      await client.delete('partner', `/sites/root/lists/${id}/items/${record.itemId}`, { ifMatch: ifMatch(record) })
      seen.delete(record.itemId)
    }),
  }
}
