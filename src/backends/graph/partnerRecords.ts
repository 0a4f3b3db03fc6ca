import type { GraphClient } from './graphClient'
import type { GraphList, GraphListItem } from './graphTypes'
import type { SharedRecordKind, SkippedRecord } from '../backend'
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

export type RecordKind = SharedRecordKind

/** The list's own columns (SharePoint names); the four the console filters or sorts on are indexed. */
const COLUMNS = {
  kind: 'RecordKind',
  key: 'RecordKey',
  tenantId: 'TenantId',
  data: 'RecordData',
  date: 'RecordDate',
} as const

/**
 * The activity entry's instant (ISO 8601, UTC), on activity records only: the indexed column the
 * activity log is read newest first by, page by page, so a list past SharePoint's 5,000-item list
 * view threshold is never scanned. Added to a list made by an older build on its first write.
 */
const DATE_COLUMN = { name: COLUMNS.date, text: { maxLength: 40 }, indexed: true }

interface RecordFields {
  readonly Title?: string
  readonly RecordKind?: string
  readonly RecordKey?: string
  readonly TenantId?: string
  readonly RecordData?: string
  readonly RecordDate?: string
}

/** The list as created on first use: a generic list whose filtered columns are indexed. */
export const PARTNER_RECORDS_DEFINITION = {
  displayName: PARTNER_RECORDS_LIST,
  description:
    "Records of the BPOS partner console, shared by the partner's technicians: add-on services, quotes, baselines, the price list and the activity log.",
  list: { template: 'genericList' },
  columns: [
    { name: COLUMNS.kind, text: { maxLength: 40 }, indexed: true },
    { name: COLUMNS.key, text: { maxLength: 255 }, indexed: true },
    { name: COLUMNS.tenantId, text: { maxLength: 64 }, indexed: true },
    { name: COLUMNS.data, text: { allowMultipleLines: true, textType: 'plain' } },
    DATE_COLUMN,
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

export interface ActivityPageQuery {
  readonly tenantId?: string
  /** At most this many records. */
  readonly limit: number
  /** Where the previous page stopped; the newest first without one. */
  readonly cursor?: string
}

export interface RecordPage<T> {
  readonly records: StoredRecord<T>[]
  /** Where the next page starts; null when none remain. */
  readonly cursor: string | null
}

export interface PartnerRecords {
  /**
   * Every record of a kind (of one tenant, if named), following the list's pages to the end; an
   * item whose data can't be read is skipped and named in `unreadable`.
   */
  list: <T>(kind: RecordKind, query?: RecordQuery) => Promise<StoredRecord<T>[]>
  /** One page of activity records, newest first (of one tenant, if named), read through the indexed date. */
  activityPage: <T>(query: ActivityPageQuery) => Promise<RecordPage<T>>
  /** The items the last reads skipped because their data can't be read. */
  readonly unreadable: () => readonly SkippedRecord[]
  /** The record with that key, or undefined, as the page shows it: a later change must start from this version. */
  find: <T>(kind: RecordKind, key: string) => Promise<StoredRecord<T> | undefined>
  /** The record as it is now, for a write to work on (the version the page showed stays the one to match). */
  current: <T>(kind: RecordKind, key: string) => Promise<StoredRecord<T> | undefined>
  /** Adds a record; `title` is what a person browsing the list in SharePoint reads. */
  create: <T>(
    kind: RecordKind,
    key: string,
    tenantId: string | null,
    value: T,
    title: string,
  ) => Promise<StoredRecord<T>>
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
  return `'${value.replace(/'/g, "''")}'`
}

/** Why an item's data can't be read, or undefined when it can. */
function unreadableReason(item: GraphListItem<RecordFields>): string | undefined {
  const data = item.fields.RecordData
  if (data === undefined) return 'it has no RecordData'
  try {
    JSON.parse(data)
    return undefined
  } catch (error) {
    return `its RecordData is not valid JSON (${(error as Error).message})`
  }
}

function describe(item: GraphListItem<RecordFields>): SkippedRecord {
  return {
    itemId: item.id,
    kind: item.fields.RecordKind ?? '',
    key: item.fields.RecordKey ?? '',
    tenantId: item.fields.TenantId || null,
    problem: item.fields.RecordData === undefined ? 'noData' : 'invalidData',
  }
}

/**
 * A record as stored. Data someone edited by hand in SharePoint into something unreadable is a
 * permanent problem of that one record, not a failure of the service: it is refused as
 * `validation` naming the item, so trying again is never suggested.
 */
function recordOf<T>(item: GraphListItem<RecordFields>): StoredRecord<T> {
  const reason = unreadableReason(item)
  if (reason !== undefined) {
    const { kind, key } = describe(item)
    throw new BackendError(
      'validation',
      `The partner record ${kind} ${key} (item ${item.id} of the list ${PARTNER_RECORDS_LIST}) can't be read: ${reason}. Correct or delete it in SharePoint.`,
    )
  }
  return {
    itemId: item.id,
    key: item.fields.RecordKey ?? '',
    eTag: item.eTag,
    value: JSON.parse(item.fields.RecordData!) as T,
  }
}

/** The page size of the activity reads: Graph serves at most 999 items a page here. */
const MAX_TOP = 999

interface ActivityCursor {
  /** The page to read (a path under the Graph base, with its query). */
  readonly path: string
  /** How many of that page's activity records were already returned. */
  readonly skip: number
  /** Set when the list predates the date column: the records were read whole, this many returned. */
  readonly legacy?: number
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
    } catch (error) {
      // Another technician created it a moment ago: use theirs.
      if (error instanceof GraphRequestError && error.status === 409) {
        const created = await findList()
        if (created) return created
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
    listId ??= graphCall('open the partner records list', async () => {
      const existing = await existingList()
      if (existing !== undefined) await addDateColumn(existing)
      return (known = existing ?? (await createList()))
    })
    listId.catch(() => (listId = undefined))
    return listId
  }

  const skipped = new Map<string, SkippedRecord>()

  /** The readable records among items; the others are set aside in `skipped`, each named once. */
  function readable<T>(found: readonly GraphListItem<RecordFields>[]): StoredRecord<T>[] {
    const records: StoredRecord<T>[] = []
    for (const item of found) {
      const reason = unreadableReason(item)
      if (reason === undefined) {
        skipped.delete(item.id)
        records.push(recordOf<T>(item))
        continue
      }
      if (!skipped.has(item.id))
        console.warn(
          `BPOS partner records: item ${item.id} (${item.fields.RecordKind ?? '?'} ${item.fields.RecordKey ?? '?'}) skipped: ${reason}`,
        )
      skipped.set(item.id, describe(item))
    }
    return records
  }

  /** A list made by an older build has no date column yet: its first write here adds it. */
  async function addDateColumn(id: string): Promise<void> {
    const columns = await client.list<{ name: string }>('partner', `/sites/root/lists/${id}/columns?$select=name`)
    if (columns.some(column => column.name === COLUMNS.date)) return
    try {
      await client.post('partner', `/sites/root/lists/${id}/columns`, DATE_COLUMN)
    } catch (error) {
      // Another technician's write added it a moment ago.
      if (!(error instanceof GraphRequestError && error.status === 409)) throw error
    }
  }

  /** Graph's next page as a path under the base URL the client is configured with. */
  function relative(link: string): string {
    return link.startsWith(client.baseUrl) ? link.slice(client.baseUrl.length) : link
  }

  async function datedPage<T>(id: string, query: ActivityPageQuery): Promise<RecordPage<T>> {
    const top = Math.min(Math.max(query.limit, 1), MAX_TOP)
    // Newest first through the indexed date: no filter (the whole partner), or the tenant's
    // records (an indexed column that keeps each tenant's share of the list small); records of
    // other kinds have no date and come after every activity record.
    const filter =
      query.tenantId === undefined ? '' : `&$filter=fields/${COLUMNS.tenantId} eq ${literal(query.tenantId)}`
    let at: ActivityCursor =
      query.cursor === undefined
        ? {
            path: `/sites/root/lists/${id}/items?expand=fields&$top=${top}&$orderby=fields/${COLUMNS.date} desc${filter}`,
            skip: 0,
          }
        : (JSON.parse(query.cursor) as ActivityCursor)
    const records: StoredRecord<T>[] = []
    for (;;) {
      const page = await client.get<{ value: GraphListItem<RecordFields>[]; '@odata.nextLink'?: string }>(
        'partner',
        at.path,
      )
      const activity = readable<T>(page.value.filter(item => item.fields.RecordKind === 'activity')).slice(at.skip)
      const room = query.limit - records.length
      if (activity.length > room) {
        records.push(...activity.slice(0, room))
        return { records, cursor: JSON.stringify({ path: at.path, skip: at.skip + room }) }
      }
      records.push(...activity)
      const next = page['@odata.nextLink']
      if (next === undefined) return { records, cursor: null }
      at = { path: relative(next), skip: 0 }
      if (records.length === query.limit) return { records, cursor: JSON.stringify(at) }
    }
  }

  /**
   * A list made by an older build, not yet written to by this one: the activity read whole (fine while it is small).
   */
  async function legacyPage<T>(query: ActivityPageQuery, offset: number): Promise<RecordPage<T>> {
    const conditions = [`fields/${COLUMNS.kind} eq ${literal('activity')}`]
    if (query.tenantId !== undefined) conditions.unshift(`fields/${COLUMNS.tenantId} eq ${literal(query.tenantId)}`)
    const all = readable<T>((await items(conditions.join(' and '))).sort((a, b) => Number(b.id) - Number(a.id)))
    const records = all.slice(offset, offset + query.limit)
    const end = offset + records.length
    return { records, cursor: end < all.length ? JSON.stringify({ path: '', skip: 0, legacy: end }) : null }
  }

  async function items(filter: string): Promise<GraphListItem<RecordFields>[]> {
    const id = await existingList()
    if (id === undefined) return []
    return client.list<GraphListItem<RecordFields>>(
      'partner',
      `/sites/root/lists/${id}/items?expand=fields&$top=${PAGE_SIZE}&$filter=${filter}`,
    )
  }

  function latest<T>(kind: RecordKind, key: string): Promise<StoredRecord<T> | undefined> {
    return graphCall('read a partner record', async () => {
      // The key first: SharePoint reads a large list through the first clause's index, which must
      // match few items (a kind can hold thousands).
      const found = await items(
        `fields/${COLUMNS.key} eq ${literal(key)} and fields/${COLUMNS.kind} eq ${literal(kind)}`,
      )
      // Two items with one key (two first saves at once): the latest one is the record.
      const newest = found.sort((a, b) => b.lastModifiedDateTime.localeCompare(a.lastModifiedDateTime))[0]
      return newest && recordOf<T>(newest)
    })
  }

  function fieldsOf(
    kind: RecordKind,
    key: string,
    tenantId: string | null,
    value: unknown,
    title: string,
  ): RecordFields {
    const at = kind === 'activity' ? (value as { at?: unknown }).at : undefined
    return {
      Title: title.slice(0, 255),
      RecordKind: kind,
      RecordKey: key,
      TenantId: tenantId ?? '',
      RecordData: JSON.stringify(value),
      ...(typeof at === 'string' ? { RecordDate: at } : {}),
    }
  }

  return {
    list: <T>(kind: RecordKind, query: RecordQuery = {}) =>
      graphCall('read the partner records', async () => {
        const conditions = [`fields/${COLUMNS.kind} eq ${literal(kind)}`]
        if (query.tenantId !== undefined) conditions.push(`fields/${COLUMNS.tenantId} eq ${literal(query.tenantId)}`)
        const listed = readable<T>(await items(conditions.join(' and ')))
        for (const record of listed) seen.set(record.itemId, record.eTag)
        return listed
      }),

    find: async <T>(kind: RecordKind, key: string) => {
      const found = await latest<T>(kind, key)
      if (found) seen.set(found.itemId, found.eTag)
      return found
    },

    current: latest,

    activityPage: <T>(query: ActivityPageQuery) =>
      graphCall('read the activity log', async () => {
        const id = await existingList()
        if (id === undefined) return { records: [], cursor: null }
        const cursor = query.cursor === undefined ? undefined : (JSON.parse(query.cursor) as ActivityCursor)
        if (cursor?.legacy !== undefined) return legacyPage<T>(query, cursor.legacy)
        try {
          return await datedPage<T>(id, query)
        } catch (error) {
          // A list made by an older build has no date column until this build first writes to it.
          if (error instanceof GraphRequestError && error.status === 400 && error.message.includes(`'${COLUMNS.date}'`))
            return legacyPage<T>(query, 0)
          throw error
        }
      }),

    unreadable: () => [...skipped.values()],

    create: <T>(kind: RecordKind, key: string, tenantId: string | null, value: T, title: string) =>
      graphCall('save a partner record', async () => {
        const id = await ensureList()
        const item = await client.post<GraphListItem<RecordFields>>('partner', `/sites/root/lists/${id}/items`, {
          fields: fieldsOf(kind, key, tenantId, value, title),
        })
        seen.set(item.id, item.eTag)
        return { itemId: item.id, key, eTag: item.eTag, value }
      }),

    update: <T>(record: StoredRecord<unknown>, value: T, title: string) =>
      graphCall('save a partner record', async () => {
        const id = await ensureList()
        const saved = await client.patch<{ '@odata.etag': string }>(
          'partner',
          `/sites/root/lists/${id}/items/${record.itemId}/fields`,
          { Title: title.slice(0, 255), RecordData: JSON.stringify(value) },
          { ifMatch: ifMatch(record) },
        )
        const eTag = saved?.['@odata.etag'] ?? record.eTag
        seen.set(record.itemId, eTag)
        return { ...record, eTag, value }
      }),

    remove: record =>
      graphCall('delete a partner record', async () => {
        const id = await ensureList()
        await client.delete('partner', `/sites/root/lists/${id}/items/${record.itemId}`, { ifMatch: ifMatch(record) })
        seen.delete(record.itemId)
      }),
  }
}
