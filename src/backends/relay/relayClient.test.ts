import { describe, expect, it, vi } from 'vitest'
import type { BackendError } from '@/backends/backend'
import { isBackendError } from '@/backends/backend'
import { relayCall, relayRefusalIn, relayWhoAmI } from './relayClient'

const relayWith = (fetchImpl: typeof fetch) => ({
  baseUrl: 'https://relay.example.com',
  tokens: { token: async () => 'token-for-the-relay' },
  fetch: fetchImpl,
})

function answering(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }))
}

describe('relayWhoAmI', () => {
  it("asks GET /api/me with the technician's token and a correlation id, and reads whom the relay took them for", async () => {
    const fetchImpl = answering(200, { name: 'Alex Technician', tenantId: 'partner', correlationId: 'x' })
    await expect(relayWhoAmI(relayWith(fetchImpl))).resolves.toEqual({ name: 'Alex Technician', tenantId: 'partner' })
    const [url, init] = fetchImpl.mock.calls[0]!
    expect(url).toBe('https://relay.example.com/api/me')
    const headers = init!.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer token-for-the-relay')
    expect(headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("turns the relay's refusal into unauthorized, with its code and the correlation id in the message", async () => {
    const fetchImpl = answering(401, { error: { code: 'unauthorized', message: 'The token has expired.' } })
    const error = await relayWhoAmI(relayWith(fetchImpl)).catch((e: unknown) => e)
    expect(isBackendError(error, 'unauthorized')).toBe(true)
    expect((error as Error).message).toMatch(/401 unauthorized, [0-9a-f-]{36}\): The token has expired\./)
  })

  it('says remote when the relay fails or cannot be reached', async () => {
    const failed = await relayWhoAmI(relayWith(answering(500, { error: { code: 'relayFailed' } }))).catch(
      (e: unknown) => e,
    )
    expect(isBackendError(failed, 'remote')).toBe(true)
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch')
    })
    const unreachable = await relayWhoAmI(relayWith(down)).catch((e: unknown) => e)
    expect(isBackendError(unreachable, 'remote')).toBe(true)
    expect((unreachable as Error).message).toMatch(/could not be reached/)
  })
})

describe('relayCall', () => {
  it('puts a content refusal beside the console field the relay names, in its own words', async () => {
    const fetchImpl = answering(400, {
      error: { code: 'invalidAddress', message: 'The postal code is not valid.', field: 'address.postalCode' },
    })
    const error = await relayCall(relayWith(fetchImpl), {
      method: 'POST',
      path: '/api/customers',
      body: { companyName: 'Garage Martin' },
      what: 'create Garage Martin',
      field: field => (field === 'address.postalCode' ? 'postalCode' : undefined),
    }).catch((e: unknown) => e)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues).toEqual([
      { field: 'postalCode', code: 'rejectedByService', params: { message: 'The postal code is not valid.' } },
    ])
    expect(relayRefusalIn(error)?.correlationId).toMatch(/^[0-9a-f-]{36}$/)
    const [, init] = fetchImpl.mock.calls[0]!
    expect(init!.method).toBe('POST')
    expect(JSON.parse(String(init!.body))).toEqual({ companyName: 'Garage Martin' })
  })

  it("reads a gateway's non-JSON answer as a remote failure", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('<html>Bad gateway</html>', { status: 502 }))
    const error = await relayCall(relayWith(fetchImpl), { method: 'GET', path: '/api/me', what: 'ask' }).catch(
      (e: unknown) => e,
    )
    expect(isBackendError(error, 'remote')).toBe(true)
  })

  it('tells the connection of each failed write with its correlation id, never of a read, and keeps the error', async () => {
    const failures: unknown[] = []
    const onFailedWrite = async (failure: unknown) => void failures.push(failure)
    const busy = answering(503, { error: { code: 'throttled', message: 'Exchange is busy' } })
    const write = relayCall({ ...relayWith(busy), onFailedWrite }, { method: 'PATCH', path: '/api/x', what: 'w' })
    const error = await write.catch((e: unknown) => e)
    expect(isBackendError(error, 'remote')).toBe(true)
    const correlationId = relayRefusalIn(error)?.correlationId
    expect(failures).toEqual([{ method: 'PATCH', path: '/api/x', status: 503, code: 'throttled', correlationId }])

    await relayCall({ ...relayWith(busy), onFailedWrite }, { method: 'GET', path: '/api/x', what: 'r' }).catch(() => {})
    expect(failures).toHaveLength(1)

    const down = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch')))
    const failingLog = async () => Promise.reject(new Error('the log is down too'))
    const unreachable = relayCall(
      { ...relayWith(down), onFailedWrite: failingLog },
      { method: 'POST', path: '/a', what: 'p' },
    )
    expect(isBackendError(await unreachable.catch((e: unknown) => e), 'remote')).toBe(true)
  })
})
