import type { TestGraph } from '../../../test-world/graph/testWorld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestGraph } from '../../../test-world/graph/testWorld'
import { isBackendError } from '../backend'
import { createGraphClient, GraphRequestError } from './graphClient'
import { toBackendError } from './graphErrors'

describe('Graph client', () => {
  let graph: TestGraph
  beforeAll(async () => {
    graph = await startTestGraph()
  })
  afterAll(() => graph?.server.close())

  const client = (maxRetries = 3) =>
    createGraphClient({ baseUrl: graph.server.baseUrl, tokens: graph.tokens, retry: { delaySeconds: 0, maxRetries } })

  it('sends If-Match with a write, and turns a 412 into a "changed elsewhere, reload" conflict', async () => {
    const partner = client()
    const list = await partner.post<{ id: string }>('partner', '/sites/root/lists', { displayName: 'Services' })
    const item = await partner.post<{ id: string; '@odata.etag': string }>(
      'partner',
      `/sites/root/lists/${list.id}/items`,
      { fields: { Title: 'Installation' } },
    )
    const path = `/sites/root/lists/${list.id}/items/${item.id}/fields`
    await partner.patch('partner', path, { Title: 'Installation (2 days)' }, { ifMatch: item['@odata.etag'] })
    const stale = await partner
      .patch('partner', path, { Title: 'Migration' }, { ifMatch: item['@odata.etag'] })
      .catch((e: unknown) => e)
    expect(stale).toBeInstanceOf(GraphRequestError)
    expect(stale).toMatchObject({ status: 412, code: 'preconditionFailed' })
    const refused = toBackendError(stale, 'save the service')
    expect(isBackendError(refused, 'conflict')).toBe(true)
    expect(refused.message).toMatch(/changed elsewhere.*reload/)
  })

  it("gives up after its retries on a service that keeps throttling, with Graph's code", async () => {
    graph.server.throttle({ count: 3, retryAfterSeconds: 0, path: '/organization' })
    const error = await client(2)
      .get('partner', '/organization')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests' })
    expect(isBackendError(toBackendError(error, 'read'), 'remote')).toBe(true)
    const attempts = graph.server.requests.filter(r => r.path === '/organization')
    expect(attempts.map(r => r.status)).toEqual([429, 429, 429])
  })

  it("keeps Graph's error code for a refused request", async () => {
    const error = await client()
      .post({ clientTenantId: 'c4e6a8b2-1d3f-4a5b-9c7d-2e4f6a8b0c03' }, '/users', {
        displayName: 'X',
        favouriteColour: 'blue',
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 400, code: 'Request_BadRequest' })
    expect(String((error as Error).message)).toMatch(/favouriteColour/)
  })
})
