import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '@/backends/backend'
import { relayWhoAmI } from './relayClient'

const relay = { baseUrl: 'https://relay.example.com', tokens: { token: async () => 'token-for-the-relay' } }

function answering(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }))
}

describe('relayWhoAmI', () => {
  it("asks GET /api/me with the technician's token and a correlation id, and reads whom the relay took them for", async () => {
    const fetchImpl = answering(200, { name: 'Alex Technician', tenantId: 'partner', correlationId: 'x' })
    await expect(relayWhoAmI(relay, fetchImpl)).resolves.toEqual({ name: 'Alex Technician', tenantId: 'partner' })
    const [url, init] = fetchImpl.mock.calls[0]!
    expect(url).toBe('https://relay.example.com/api/me')
    const headers = init!.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer token-for-the-relay')
    expect(headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("turns the relay's refusal into unauthorized, with its code and the correlation id in the message", async () => {
    const fetchImpl = answering(401, { error: { code: 'unauthorized', message: 'The token has expired.' } })
    const error = await relayWhoAmI(relay, fetchImpl).catch((e: unknown) => e)
    expect(isBackendError(error, 'unauthorized')).toBe(true)
    expect((error as Error).message).toMatch(/401 unauthorized, [0-9a-f-]{36}\): The token has expired\./)
  })

  it('says remote when the relay fails or cannot be reached', async () => {
    const failed = await relayWhoAmI(relay, answering(500, { error: { code: 'relayFailed' } })).catch((e: unknown) => e)
    expect(isBackendError(failed, 'remote')).toBe(true)
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch')
    })
    const unreachable = await relayWhoAmI(relay, down).catch((e: unknown) => e)
    expect(isBackendError(unreachable, 'remote')).toBe(true)
    expect((unreachable as Error).message).toMatch(/could not be reached/)
  })
})
