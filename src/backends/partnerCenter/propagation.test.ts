import type { TestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import type { Backend } from '../backend'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { startTestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { PROVISION_REQUEST as REQUEST } from './testing'

const [STANDARD] = CLIENT_TENANTS
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Partner Center's changes reach Graph after a delay, as in Microsoft 365: the test world and the console on it. */
describe('Microsoft 365 eventual consistency', () => {
  const { graph, backend: graphBackend } = useTestGraph()
  let partnerCenter: TestPartnerCenter | undefined
  beforeEach(async () => {
    partnerCenter ??= await startTestPartnerCenter(graph())
    partnerCenter.server.requests.length = 0
    partnerCenter.server.setPropagation({ customerMs: 0, seatsMs: 0 })
  })
  afterAll(() => partnerCenter?.server.close())
  const backend = (readBack = { attempts: 20, delayMs: 50 }): Backend =>
    graphBackend({ partnerCenter: { baseUrl: partnerCenter!.server.baseUrl, tokens: partnerCenter!.tokens, readBack } })
  const received = () =>
    partnerCenter!.server.requests.map(r => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, '<id>')} ${r.status}`)
  const newest = () => graph().server.world().customers.at(-1)!.tenantId
  const graphCustomers = async () =>
    (
      (await (
        await graph().fetchAs(graph().server.world().partnerTenantId, '/tenantRelationships/delegatedAdminCustomers')
      ).json()) as { value: { tenantId: string }[] }
    ).value.map(c => c.tenantId)
  const standardSeats = async (read: Backend) =>
    (await read.tenants.get(STANDARD.id))!.subscriptions.find(s => s.offerId === 'standard-suite')!

  describe('the test world', () => {
    it('shows a customer Partner Center creates in GDAP, and lets its tenant be read, only after the customer delay', async () => {
      partnerCenter!.server.setPropagation({ customerMs: 400 })
      await expect(backend({ attempts: 1, delayMs: 0 }).tenants.provision(REQUEST)).rejects.toMatchObject({
        code: 'pending',
      })
      const id = newest()

      expect(await graphCustomers()).not.toContain(id)
      const early = await graph().fetchAs(id, '/organization')
      expect(early.status).toBe(403)
      expect(await early.json()).toMatchObject({ error: { code: 'Authorization_RequestDenied' } })

      await sleep(450)
      expect(await graphCustomers()).toContain(id)
      expect((await graph().fetchAs(id, '/organization')).status).toBe(200)
    })

    it('counts a seat change in subscribedSkus only after the seat delay; Partner Center answers with it at once', async () => {
      partnerCenter!.server.setPropagation({ seatsMs: 400 })
      const counted = async () =>
        (
          (await (await graph().fetchAs(STANDARD.id, '/subscribedSkus')).json()) as {
            value: { skuPartNumber: string; prepaidUnits: { enabled: number } }[]
          }
        ).value.find(sku => sku.skuPartNumber === 'STANDARDPACK')!.prepaidUnits.enabled
      await backend().subscriptions.changeSeats(STANDARD.id, (await standardSeats(backend())).id, 30)
      expect(partnerCenter!.server.requests.find(r => r.method === 'PATCH')).toMatchObject({
        status: 200,
        body: { quantity: 30 },
      })

      expect(await counted()).toBe(25)
      await sleep(450)
      expect(await counted()).toBe(30)
    })

    it('reads and sets its delays through /_test/propagation', async () => {
      const origin = partnerCenter!.server.baseUrl
      const put = await fetch(`${origin}/_test/propagation`, { method: 'PUT', body: JSON.stringify({ seatsMs: 1234 }) })
      expect(await put.json()).toEqual({ customerMs: partnerCenter!.server.propagation().customerMs, seatsMs: 1234 })
      expect(
        (await fetch(`${origin}/_test/propagation`, { method: 'PUT', body: JSON.stringify({ customerMs: -1 }) }))
          .status,
      ).toBe(400)
      expect(await (await fetch(`${origin}/_test/propagation`)).json()).toMatchObject({ seatsMs: 1234 })
    })
  })

  describe('the console', () => {
    it('waits for a new tenant to show, then reads it back', async () => {
      partnerCenter!.server.setPropagation({ customerMs: 300 })
      const created = await backend().tenants.provision(REQUEST)
      expect(created.tenant).toMatchObject({ id: newest(), companyName: 'Menuiserie Garnier' })
      expect(created.subscriptions.map(s => [s.offerId, s.seats])).toEqual([['standard-suite', 12]])
    })

    it("says a tenant that doesn't show in time was created and will show, creates it once, and lists it once Graph does", async () => {
      partnerCenter!.server.setPropagation({ customerMs: 600 })
      const online = backend({ attempts: 3, delayMs: 50 })
      const error = await online.tenants.provision(REQUEST).catch((failure: unknown) => failure)
      expect(isBackendError(error, 'pending')).toBe(true)
      expect(String(error)).toMatch(
        /Menuiserie Garnier was created in Partner Center \(tenant [0-9a-f-]+\), but Microsoft Graph doesn't show it .* yet: it will appear in the tenant list once it does/,
      )
      expect(received()).toEqual([
        'HEAD /domains/menuiseriegarnier.onmicrosoft.com 404',
        'POST /customers 201',
        'POST /customers/<id>/orders 201',
      ])
      const id = newest()
      expect((await online.tenants.listing()).tenants.map(t => t.tenant.id)).not.toContain(id)

      await sleep(650)
      expect((await online.tenants.listing()).tenants.find(t => t.tenant.id === id)?.tenant.companyName).toBe(
        'Menuiserie Garnier',
      )
      expect(received().filter(r => r.startsWith('POST /customers '))).toHaveLength(1)
    })

    it('shows the seats Partner Center confirmed until Graph counts them, saying they are on their way, and never the old figure', async () => {
      partnerCenter!.server.setPropagation({ seatsMs: 500 })
      const online = backend()
      const standard = await standardSeats(online)

      const after = await online.subscriptions.changeSeats(STANDARD.id, standard.id, 30)
      expect(after.subscriptions.find(s => s.id === standard.id)).toMatchObject({ seats: 30, seatsPropagatingFrom: 25 })
      // The next reads within the delay: the tenant, and the list.
      expect(await standardSeats(online)).toMatchObject({ seats: 30, seatsPropagatingFrom: 25 })
      const listed = (await online.tenants.listing()).tenants.find(t => t.tenant.id === STANDARD.id)!
      expect(listed.subscriptions.find(s => s.id === standard.id)).toMatchObject({
        seats: 30,
        seatsPropagatingFrom: 25,
      })

      await sleep(550)
      const counted = await standardSeats(online)
      expect(counted.seats).toBe(30)
      expect(counted.seatsPropagatingFrom).toBeUndefined()
    })

    it('starts a second change before Graph counts the first from the confirmed seats', async () => {
      partnerCenter!.server.setPropagation({ seatsMs: 500 })
      const online = backend()
      const standard = await standardSeats(online)
      await online.subscriptions.changeSeats(STANDARD.id, standard.id, 30)
      const after = await online.subscriptions.changeSeats(STANDARD.id, standard.id, 28)

      expect(
        partnerCenter!.server.requests
          .filter(r => r.method === 'PATCH')
          .map(r => (r.body as { quantity: number }).quantity),
      ).toEqual([30, 28])
      expect(after.subscriptions.find(s => s.id === standard.id)).toMatchObject({ seats: 28, seatsPropagatingFrom: 25 })
      const [second] = await online.activity.list({ tenantId: STANDARD.id })
      expect(second).toMatchObject({
        action: 'subscription.seatsChanged',
        changes: [{ field: 'seats', before: 30, after: 28 }],
      })
      await sleep(550)
      expect(await standardSeats(online)).toMatchObject({ seats: 28 })
    })
  })
})
