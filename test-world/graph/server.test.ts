import type { TestGraph } from './testWorld'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RESTRICTED_TENANTS } from '../directory'
import { assertCollectionConforms } from './conformance'
import { startTestGraph } from './testWorld'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

describe('Graph-compatible test server', () => {
  let graph: TestGraph
  beforeEach(async () => {
    graph ??= await startTestGraph()
    graph.server.reset()
  })
  afterAll(() => graph?.server.close())

  async function bodyOf(response: Response) {
    return response.json() as Promise<Record<string, unknown>>
  }

  describe('tokens', () => {
    async function status(token: string | undefined) {
      const response = await fetch(`${graph.server.baseUrl}/organization`, {
        headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
      })
      return { status: response.status, body: await bodyOf(response) }
    }

    it("serves the tenant named by a valid token's tid", async () => {
      const response = await graph.fetchAs(STANDARD.id, '/organization')
      const body = await bodyOf(response)
      expect(response.status).toBe(200)
      assertCollectionConforms('organization', body)
      expect((body.value as { displayName: string }[])[0]?.displayName).toBe(STANDARD.displayName)
    })

    it('refuses a missing, expired, foreign-audience, unknown-issuer or mis-signed token with a Graph 401', async () => {
      const other = await (await import('./testIssuer')).createTestIssuer()
      const refused = [
        await status(undefined),
        await status(await graph.issuer.mint(STANDARD.id, { expiresIn: '-1m' })),
        await status(await graph.issuer.mint(STANDARD.id, { aud: 'https://outlook.office.com' })),
        await status(await graph.issuer.mint(STANDARD.id, { iss: 'https://login.example.com/evil' })),
        await status(await graph.issuer.mint(STANDARD.id, { iss: `${graph.issuer.authorityOrigin}/${DESKLESS.id}` })),
        await status(await other.mint(STANDARD.id)),
      ]
      for (const { status: code, body } of refused) {
        expect(code).toBe(401)
        expect(body).toMatchObject({
          error: { code: 'InvalidAuthenticationToken', innerError: { 'request-id': expect.any(String) } },
        })
      }
      expect(String((refused[1]!.body.error as { message: string }).message)).toMatch(/expired/)
    })
  })

  it("lists the partner's GDAP customers to the partner only", async () => {
    const response = await graph.fetchAs(PARTNER_TENANT.id, '/tenantRelationships/delegatedAdminCustomers')
    const body = await bodyOf(response)
    assertCollectionConforms('delegatedAdminCustomer', body)
    // A customer is listed whenever a relationship exists, whatever roles the technician holds there.
    expect((body.value as { tenantId: string }[]).map(c => c.tenantId)).toEqual(
      [...CLIENT_TENANTS, ...Object.values(RESTRICTED_TENANTS)].map(c => c.id),
    )
    expect((await graph.fetchAs(STANDARD.id, '/tenantRelationships/delegatedAdminCustomers')).status).toBe(403)
  })

  it('pages with $top and an @odata.nextLink until the end', async () => {
    const seen: string[] = []
    let next: string | undefined = `${graph.server.baseUrl}/users?$top=3&$select=id,userPrincipalName`
    let pages = 0
    while (next) {
      const body = await bodyOf(await graph.fetchAs(STANDARD.id, next.slice(graph.server.baseUrl.length)))
      assertCollectionConforms('user', body)
      seen.push(...(body.value as { userPrincipalName: string }[]).map(u => u.userPrincipalName))
      next = body['@odata.nextLink'] as string | undefined
      pages++
    }
    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(7)
    expect((await graph.fetchAs(STANDARD.id, '/users?$top=1000')).status).toBe(400)
  })

  it("answers users with Graph's default properties unless $select names others", async () => {
    const plain = await bodyOf(await graph.fetchAs(STANDARD.id, '/users'))
    expect(Object.keys((plain.value as object[])[0]!)).not.toContain('assignedLicenses')
    const selected = await bodyOf(await graph.fetchAs(STANDARD.id, '/users?$select=id,assignedLicenses,accountEnabled'))
    expect(Object.keys((selected.value as object[])[0]!).sort()).toEqual(['accountEnabled', 'assignedLicenses', 'id'])
  })

  it('names subscribed SKUs by skuPartNumber with service plan ids made at start', async () => {
    const body = await bodyOf(await graph.fetchAs(DESKLESS.id, '/subscribedSkus'))
    assertCollectionConforms('subscribedSku', body)
    const skus = body.value as {
      skuPartNumber: string
      consumedUnits: number
      servicePlans: { servicePlanName: string; servicePlanId: string }[]
    }[]
    expect(skus.map(s => s.skuPartNumber)).toEqual(['DESKLESSPACK', 'EXCHANGEDESKLESS'])
    expect(skus[0]!.consumedUnits).toBe(4)
    expect(skus[0]!.servicePlans.map(p => p.servicePlanName)).toContain('EXCHANGE_S_DESKLESS')
    graph.server.reset()
    const again = (await bodyOf(await graph.fetchAs(DESKLESS.id, '/subscribedSkus'))).value as typeof skus
    expect(again[0]!.servicePlans[0]!.servicePlanId).not.toBe(skus[0]!.servicePlans[0]!.servicePlanId)
  })

  it('throttles on demand with 429 and Retry-After, then serves again', async () => {
    graph.server.throttle({ count: 1, retryAfterSeconds: 2, path: '/subscribedSkus' })
    const throttled = await graph.fetchAs(STANDARD.id, '/subscribedSkus')
    expect(throttled.status).toBe(429)
    expect(throttled.headers.get('retry-after')).toBe('2')
    expect((await bodyOf(throttled)).error).toMatchObject({ code: 'TooManyRequests' })
    expect((await graph.fetchAs(STANDARD.id, '/subscribedSkus')).status).toBe(200)
  })

  it('records what it received, batch steps with the batch that carried them', async () => {
    await graph.fetchAs(STANDARD.id, '/$batch', {
      method: 'POST',
      body: JSON.stringify({
        requests: [
          { id: '1', method: 'GET', url: '/organization' },
          { id: '2', method: 'GET', url: '/nowhere' },
        ],
      }),
    })
    const { requests } = (await (await fetch(`${graph.server.origin}/_test/requests`)).json()) as {
      requests: { path: string; inBatch: number | null; status: number; tenantId: string }[]
    }
    expect(requests.map(r => [r.path, r.inBatch, r.status])).toEqual([
      ['/$batch', null, 200],
      ['/organization', 0, 200],
      ['/nowhere', 0, 400],
    ])
    expect(requests.every(r => r.tenantId === STANDARD.id)).toBe(true)
  })

  describe('SharePoint lists', () => {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      graph.fetchAs(PARTNER_TENANT.id, path, { method: 'POST', body: JSON.stringify(body), headers })

    async function listWithItems() {
      const created = await post('/sites/root/lists', {
        displayName: 'Books',
        list: { template: 'genericList' },
        columns: [
          { name: 'Author', text: {}, indexed: true },
          { name: 'Shelf', text: {} },
        ],
      })
      expect(created.status).toBe(201)
      const { id } = await bodyOf(created)
      for (const [author, shelf] of [
        ['Hugo', 'A'],
        ['Zola', 'B'],
        ['Hugo', 'B'],
      ])
        await post(`/sites/root/lists/${id}/items`, {
          fields: { Title: `${author} ${shelf}`, Author: author, Shelf: shelf },
        })
      return `/sites/root/lists/${id}/items?expand=fields`
    }

    it('filters items on an indexed column, and on another only with the Prefer header SharePoint asks for', async () => {
      const items = await listWithItems()
      const titles = async (response: Response) =>
        ((await bodyOf(response)).value as { fields: { Title: string } }[]).map(item => item.fields.Title)
      expect(await titles(await graph.fetchAs(PARTNER_TENANT.id, `${items}&$filter=fields/Author eq 'Hugo'`))).toEqual([
        'Hugo A',
        'Hugo B',
      ])
      const refused = await graph.fetchAs(PARTNER_TENANT.id, `${items}&$filter=fields/Shelf eq 'B'`)
      expect(refused.status).toBe(400)
      expect(JSON.stringify(await bodyOf(refused))).toMatch(/HonorNonIndexedQueriesWarningMayFailRandomly/)
      const honoured = await graph.fetchAs(
        PARTNER_TENANT.id,
        `${items}&$filter=fields/Author eq 'Hugo' and fields/Shelf eq 'B'`,
        { headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } },
      )
      expect(await titles(honoured)).toEqual(['Hugo B'])
    })

    it('refuses a second list of the same name (409) and a field the list has no column for', async () => {
      const items = await listWithItems()
      const again = await post('/sites/root/lists', { displayName: 'Books' })
      expect(again.status).toBe(409)
      expect((await bodyOf(again)).error).toMatchObject({ code: 'nameAlreadyExists' })
      const unknown = await post(items.replace('?expand=fields', ''), { fields: { Publisher: 'Hetzel' } })
      expect(unknown.status).toBe(400)
    })
  })

  it('never sent a body outside the schema in these tests', () => {
    expect(graph.server.schemaViolations).toEqual([])
  })
})
