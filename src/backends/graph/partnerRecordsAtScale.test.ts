import type { ActivityEntry } from '@/domain/activityLog'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { createGraphClient } from './graphClient'
import { createPartnerRecords, PARTNER_RECORDS_DEFINITION, PARTNER_RECORDS_LIST } from './partnerRecords'
import { TODAY, TRAINING, useTestGraph } from './testing'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

/** Activity entry `n` of a seeded log: one a minute back from today, alternating tenants. */
function entry(n: number, count: number): ActivityEntry {
  const tenant = n % 3 === 0 ? STANDARD! : DESKLESS!
  return {
    id: `seeded-${n}`,
    at: new Date(TODAY.getTime() - (count - n) * 60_000).toISOString(),
    actor: 'Seeded technician',
    tenantId: tenant.id,
    tenantName: tenant.displayName,
    area: 'user',
    action: 'user.created',
    details: { n },
  }
}

function itemOf(value: ActivityEntry, withDate = true): Record<string, unknown> {
  return {
    Title: value.action,
    RecordKind: 'activity',
    RecordKey: value.id,
    TenantId: value.tenantId ?? '',
    RecordData: JSON.stringify(value),
    ...(withDate ? { RecordDate: value.at } : {}),
  }
}

describe("Graph backend: the partner records list past SharePoint's list view threshold", () => {
  const { graph, backend } = useTestGraph()

  /**
   * Seeds `count` activity entries through the test control, in one call, as an older or this build would have written
   * them.
   */
  async function seed(count: number, { withDate = true } = {}): Promise<ActivityEntry[]> {
    const entries = Array.from({ length: count }, (_, n) => entry(n, count))
    const definition = withDate
      ? PARTNER_RECORDS_DEFINITION
      : {
          ...PARTNER_RECORDS_DEFINITION,
          columns: PARTNER_RECORDS_DEFINITION.columns.filter(column => column.name !== 'RecordDate'),
        }
    const answer = await fetch(
      `${graph().server.origin}/_test/lists/${encodeURIComponent(PARTNER_RECORDS_LIST)}/items`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ definition, items: entries.map(value => itemOf(value, withDate)) }),
      },
    )
    expect(answer.status).toBe(200)
    return entries
  }

  const itemsPath = () => {
    const list = graph()
      .server.world()
      .tenants.get(PARTNER_TENANT.id)!
      .lists.find(l => l.displayName === PARTNER_RECORDS_LIST)!
    return `/sites/root/lists/${list.id}/items?expand=fields`
  }
  const read = (query: string, prefer?: string) =>
    graph().fetchAs(PARTNER_TENANT.id, `${itemsPath()}&${query}`, prefer ? { headers: { Prefer: prefer } } : {})

  it('refuses what SharePoint refuses on a list past 5,000 items, as it does', async () => {
    await seed(6_000)
    // The first clause matches every activity entry: refused, though the whole filter and $top keep few.
    const byKind = await read(`$top=10&$filter=fields/RecordKind eq 'activity' and fields/RecordKey eq 'seeded-1'`)
    expect(byKind.status).toBe(429)
    expect((await byKind.json()).error.message).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    )
    // The selective clause first: served through its index.
    expect((await read(`$filter=fields/RecordKey eq 'seeded-1' and fields/RecordKind eq 'activity'`)).status).toBe(200)
    // A column without an index: refused, and with the Prefer header too once the list is large.
    expect((await read(`$filter=fields/Title eq 'user.created'`)).status).toBe(400)
    expect(
      (await read(`$filter=fields/Title eq 'user.created'`, 'HonorNonIndexedQueriesWarningMayFailRandomly')).status,
    ).toBe(429)
    expect((await read(`$orderby=fields/Title`, 'HonorNonIndexedQueriesWarningMayFailRandomly')).status).toBe(429)
    // Sorted on an indexed column, unfiltered, one page at a time: served.
    expect((await read(`$top=50&$orderby=fields/RecordDate desc`)).status).toBe(200)
    // Graph's own page limit.
    expect((await read(`$top=5000&$orderby=fields/RecordDate desc`)).status).toBe(400)
  })

  it("today's read of every activity record is refused there; the paged reads are not", async () => {
    const entries = await seed(6_000)
    const client = createGraphClient({
      baseUrl: graph().server.baseUrl,
      tokens: graph().tokens,
      retry: { delaySeconds: 0, maxRetries: 0 },
    })
    const wholeKind = await createPartnerRecords(client)
      .list('activity')
      .catch((error: unknown) => error)
    expect(isBackendError(wholeKind)).toBe(true)
    expect(String((wholeKind as Error).message)).toMatch(/list view threshold/)

    const graphBackend = backend()
    graph().server.requests.length = 0
    const newestFirst = [...entries].reverse()
    const first = await graphBackend.activity.page({ limit: 50 })
    expect(first.entries).toEqual(newestFirst.slice(0, 50))
    expect(graph().server.requests.filter(r => r.path.includes('/items?'))).toHaveLength(1)
    const second = await graphBackend.activity.page({ limit: 50, cursor: first.cursor! })
    expect(second.entries).toEqual(newestFirst.slice(50, 100))

    const standard = newestFirst.filter(e => e.tenantId === STANDARD!.id)
    const tenantPage = await graphBackend.activity.page({ tenantId: STANDARD!.id, limit: 50 })
    expect(tenantPage.entries).toEqual(standard.slice(0, 50))
    expect(await graphBackend.activity.list({ tenantId: STANDARD!.id, limit: 10 })).toEqual(standard.slice(0, 10))
    expect(graph().server.requests.filter(r => r.status >= 400)).toEqual([])
  })

  it('keeps the services ledger and new entries readable beside 6,000 activity entries', async () => {
    await seed(6_000)
    const graphBackend = backend({ actor: 'Camille' })
    const service = await graphBackend.services.create(STANDARD!.id, TRAINING)
    expect(await graphBackend.services.list()).toEqual([service])
    expect(await graphBackend.services.list({ tenantId: STANDARD!.id })).toEqual([service])
    const [newest] = (await graphBackend.activity.page({ limit: 1 })).entries
    expect(newest).toMatchObject({ actor: 'Camille', action: 'service.created' })
    expect(graph().server.requests.filter(r => r.status >= 400)).toEqual([])
  })

  it('reads a list made by an older build, without the date column, and adds the column on its first write', async () => {
    const entries = await seed(30, { withDate: false })
    const graphBackend = backend({ actor: 'Camille' })
    const page = await graphBackend.activity.page({ limit: 20 })
    expect(page.entries).toEqual([...entries].reverse().slice(0, 20))
    expect((await graphBackend.activity.page({ limit: 20, cursor: page.cursor! })).entries).toEqual(
      [...entries].reverse().slice(20),
    )
    await graphBackend.services.create(STANDARD!.id, TRAINING)
    const list = graph()
      .server.world()
      .tenants.get(PARTNER_TENANT.id)!
      .lists.find(l => l.displayName === PARTNER_RECORDS_LIST)!
    expect(list.columns.find(column => column.name === 'RecordDate')).toMatchObject({ indexed: true })
    // The new entry first, then the older build's entries, newest first.
    const after = await backend().activity.list()
    expect(after[0]).toMatchObject({ action: 'service.created' })
    expect(after.slice(1)).toEqual([...entries].reverse())
  })

  it('skips a hand-edited record whose data is not JSON and names it, instead of failing the whole ledger (M5)', async () => {
    const graphBackend = backend()
    const kept = await graphBackend.services.create(STANDARD!.id, TRAINING)
    const broken = await graphBackend.services.create(STANDARD!.id, { ...TRAINING, quantity: 3 })
    const list = graph()
      .server.world()
      .tenants.get(PARTNER_TENANT.id)!
      .lists.find(l => l.displayName === PARTNER_RECORDS_LIST)!
    const item = list.items.find(i => i.fields.RecordKey === broken.id)!
    item.fields.RecordData = '{"quantity": 3,'
    const reader = backend()
    expect(await reader.services.list()).toEqual([kept])
    expect(await reader.services.list({ tenantId: STANDARD!.id })).toEqual([kept])
    const client = createGraphClient({
      baseUrl: graph().server.baseUrl,
      tokens: graph().tokens,
      retry: { delaySeconds: 0 },
    })
    const records = createPartnerRecords(client)
    await records.list('service')
    expect(records.unreadable()).toEqual([
      expect.objectContaining({ itemId: item.id, kind: 'service', key: broken.id, problem: 'invalidData' }),
    ])
    // Opened on its own, it is refused as a problem of that record, never as the service failing.
    const error = await records.find('service', broken.id).catch((caught: unknown) => caught)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect(String((error as Error).message)).toContain(`item ${item.id}`)
  })
})
