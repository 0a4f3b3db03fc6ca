import type { TestGraph } from '../../../test-world/graph/testWorld'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../../../test-world/directory'
import { assertConforms } from '../../../test-world/graph/conformance'
import { changeItem } from '../../../test-world/graph/routes/lists'
import { isBackendError } from '../backend'
import type { GraphClient } from './graphClient'
import type { TokenTenant } from './tokens'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { createGraphClient } from './graphClient'
import { createPartnerRecords, PARTNER_RECORDS_LIST } from './partnerRecords'
import { TRAINING, useTestGraph } from './testing'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

describe("Graph backend: the partner's records in its SharePoint list", () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })
  const partnerLists = () => graph.server.world().tenants.get(PARTNER_TENANT.id)!.lists
  const recordsList = () => partnerLists().find(list => list.displayName === PARTNER_RECORDS_LIST)

  it('creates the list on first use, with indexed columns, and keeps each record as an item', async () => {
    expect(recordsList()).toBeUndefined()
    const service = await backend({ actor: 'Camille Technicienne' }).services.create(STANDARD.id, TRAINING)
    const list = recordsList()!
    expect(list.list.template).toBe('genericList')
    expect(list.columns.map(column => [column.name, column.indexed])).toEqual([
      ['Title', false],
      ['RecordKind', true],
      ['RecordKey', true],
      ['TenantId', true],
      ['RecordData', false],
      ['RecordDate', true],
    ])
    const creation = graph.server.requests.find(r => r.method === 'POST' && r.path === '/sites/root/lists')!
    assertConforms('list', creation.body)
    const item = list.items.find(i => i.fields.RecordKind === 'service')!
    expect(item.fields).toMatchObject({
      RecordKey: service.id,
      TenantId: STANDARD.id,
      Title: `Service: ${TRAINING.description}`,
    })
    expect(JSON.parse(item.fields.RecordData as string)).toEqual(service)
    const logged = list.items.find(i => i.fields.RecordKind === 'activity')!
    expect(JSON.parse(logged.fields.RecordData as string)).toMatchObject({
      actor: 'Camille Technicienne',
      action: 'service.created',
      tenantName: STANDARD.displayName,
    })
    // Found, not created again, by the next session.
    await backend().services.list()
    expect(partnerLists()).toHaveLength(1)
  })

  it('shares records between technicians: what one records, another reads', async () => {
    const service = await backend({ actor: 'Camille' }).services.create(DESKLESS.id, TRAINING)
    const other = backend({ actor: 'Bastien' })
    expect(await other.services.list({ tenantId: DESKLESS.id })).toEqual([service])
    await other.services.setStatus(DESKLESS.id, service.id, 'accepted')
    const actors = (await backend().activity.list({ tenantId: DESKLESS.id })).map(entry => [entry.actor, entry.action])
    expect(actors).toEqual([
      ['Bastien', 'service.status.accepted'],
      ['Camille', 'service.created'],
    ])
  })

  it('reads only the records asked for, through the indexed columns', async () => {
    const graphBackend = backend()
    await graphBackend.services.create(STANDARD.id, TRAINING)
    graph.server.requests.length = 0
    await graphBackend.services.list({ tenantId: STANDARD.id })
    const read = graph.server.requests.find(r => r.path.includes('/items?'))!
    const query = new URL(read.path, 'http://graph').searchParams
    expect(query.get('$filter')).toBe(`fields/RecordKind eq 'service' and fields/TenantId eq '${STANDARD.id}'`)
    expect(query.get('expand')).toBe('fields')
  })

  it("refuses a change over someone else's as a conflict, leaving their version and the log as they were", async () => {
    const graphBackend = backend()
    const service = await graphBackend.services.create(STANDARD.id, TRAINING)
    // The page lists the services; another technician then saves this one.
    await graphBackend.services.list({ tenantId: STANDARD.id })
    const item = recordsList()!.items.find(i => i.fields.RecordKey === service.id)!
    const theirs = { ...service, quantity: 3 }
    changeItem(item, { RecordData: JSON.stringify(theirs) })
    const error = await graphBackend.services
      .update(STANDARD.id, service.id, { ...TRAINING, quantity: 5 })
      .catch((caught: unknown) => caught)
    expect(isBackendError(error, 'conflict')).toBe(true)
    expect(String((error as Error).message)).toMatch(/changed elsewhere.*reload/)
    expect(JSON.parse(item.fields.RecordData as string)).toEqual(theirs)
    expect((await graphBackend.activity.list({ tenantId: STANDARD.id })).map(entry => entry.action)).toEqual([
      'service.created',
    ])
    expect(graph.server.requests.filter(r => r.method === 'PATCH').map(r => r.status)).toEqual([412])
    // Reloaded, the change goes over their version.
    await graphBackend.services.list({ tenantId: STANDARD.id })
    expect(await graphBackend.services.update(STANDARD.id, service.id, { ...TRAINING, quantity: 5 })).toMatchObject({
      quantity: 5,
    })
  })

  it('keeps the price list the page showed as the version a change must match', async () => {
    const mine = backend()
    await mine.pricing.update({ ...cataloguePriceList(), currency: 'EUR' })
    expect((await mine.pricing.get()).currency).toBe('EUR')
    await backend().pricing.update({ ...cataloguePriceList(), currency: 'CHF' })
    const error = await mine.pricing
      .update({ ...cataloguePriceList(), currency: 'GBP' })
      .catch((caught: unknown) => caught)
    expect(isBackendError(error, 'conflict')).toBe(true)
    expect(await backend().pricing.get()).toMatchObject({ currency: 'CHF' })
    expect((await mine.pricing.get()).currency).toBe('CHF')
    expect(await mine.pricing.update({ ...cataloguePriceList(), currency: 'GBP' })).toMatchObject({ currency: 'GBP' })
  })

  it('names the signed-in technician on user, workstation and domain changes made through Graph', async () => {
    const graphBackend = backend({ actor: 'Camille Technicienne' })
    const [user] = await graphBackend.users.list(STANDARD.id)
    await graphBackend.users.setBlocked(STANDARD.id, user!.id, true)
    await graphBackend.users.setBlocked(STANDARD.id, user!.id, true)
    await graphBackend.tenants.updateWorkstations(STANDARD.id, { workstations: 9, withOfficePro: 2 })
    await graphBackend.domains.add(STANDARD.id, 'fournil-dupre.fr')
    await graphBackend.users.resetPassword(STANDARD.id, user!.id)
    const entries = await graphBackend.activity.list({ tenantId: STANDARD.id })
    expect(entries.map(entry => [entry.actor, entry.action])).toEqual([
      ['Camille Technicienne', 'user.passwordReset'],
      ['Camille Technicienne', 'domain.added'],
      ['Camille Technicienne', 'tenant.workstationsChanged'],
      ['Camille Technicienne', 'user.blocked'],
    ])
    expect(entries[3]).toMatchObject({
      details: { displayName: user!.displayName },
      changes: [{ field: 'blocked', before: false, after: true }],
    })
    expect(JSON.stringify(entries)).not.toMatch(/password"/)
  })

  it("sends the item's ETag as If-Match on every change and deletion", async () => {
    const graphBackend = backend()
    const service = await graphBackend.services.create(STANDARD.id, TRAINING)
    await graphBackend.services.update(STANDARD.id, service.id, { ...TRAINING, quantity: 3 })
    await graphBackend.services.remove(STANDARD.id, service.id)
    const writes = graph.server.requests.filter(r => r.method === 'PATCH' || r.method === 'DELETE')
    expect(writes.map(r => [r.method, r.status])).toEqual([
      ['PATCH', 200],
      ['DELETE', 204],
    ])
  })

  it('creates nothing to read', async () => {
    expect(await backend().services.list()).toEqual([])
    expect(await backend().activity.list()).toEqual([])
    expect(await backend().pricing.get()).toEqual(cataloguePriceList())
    expect(partnerLists()).toEqual([])
  })

  it('uses the list another technician created between its look and its creation (409 nameAlreadyExists)', async () => {
    await backend().services.create(DESKLESS.id, TRAINING)
    const client = createGraphClient({ baseUrl: graph.server.baseUrl, tokens: graph.tokens })
    // This session looked a moment before the other one created the list.
    let looked = false
    const late: GraphClient = {
      ...client,
      list: <T>(tenant: TokenTenant, path: string) => {
        if (path.startsWith('/sites/root/lists?') && !looked) {
          looked = true
          return Promise.resolve([] as T[])
        }
        return client.list<T>(tenant, path)
      },
    }
    await createPartnerRecords(late).create('priceList', 'partner', null, cataloguePriceList(), 'Price list')
    expect(partnerLists()).toHaveLength(1)
    const creations = graph.server.requests.filter(r => r.method === 'POST' && r.path === '/sites/root/lists')
    expect(creations.map(r => r.status)).toEqual([201, 409])
    expect(await backend().pricing.get()).toEqual(cataloguePriceList())
    expect(recordsList()!.items.map(item => item.fields.RecordKind)).toEqual(['service', 'activity', 'priceList'])
  })

  it("follows the list's pages to the end", async () => {
    const graphBackend = backend()
    const first = await graphBackend.services.create(STANDARD.id, TRAINING)
    const list = recordsList()!
    const template = list.items.find(i => i.fields.RecordKey === first.id)!
    for (let index = 0; index < 1200; index++) {
      const copy = { ...first, id: `copy-${index}`, createdAt: `2026-11-2${index % 5}T10:00:00.000Z` }
      list.items.push({
        ...template,
        id: String(10_000 + index),
        fields: { ...template.fields, RecordKey: copy.id, RecordData: JSON.stringify(copy) },
      })
    }
    graph.server.requests.length = 0
    expect(await graphBackend.services.list({ tenantId: STANDARD.id })).toHaveLength(1201)
    expect(graph.server.requests.filter(r => r.path.includes('/items?')).length).toBe(3)
  })
})
