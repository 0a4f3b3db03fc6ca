import type { GraphClient } from './graphClient'
import { describe, expect, it } from 'vitest'
import { runBatched } from './batch'
import { GraphRequestError } from './graphClient'
import { TenantSignInNeeded } from './tokens'

/** A client whose `$batch` answers each step 201, until `refuseFrom` batches have run: then `refusal` is thrown. */
function clientRefusingAfter(answered: number, refusal: Error): GraphClient {
  let batches = 0
  const unused = () => Promise.reject(new Error('not used'))
  return {
    baseUrl: 'https://graph.microsoft.com/v1.0',
    retry: { maxRetries: 0, delaySeconds: 0 },
    get: unused,
    list: unused,
    patch: unused,
    delete: unused,
    post: async <T>(_tenant: unknown, _path: string, body: unknown): Promise<T> => {
      if (batches++ >= answered) throw refusal
      const { requests } = body as { requests: { id: string }[] }
      return {
        responses: requests.map(({ id }) => ({
          id,
          status: 201,
          headers: { 'Content-Type': 'application/json' },
          body: { id: `user-${id}` },
        })),
      } as T
    },
  }
}

const steps = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    method: 'POST' as const,
    url: '/users',
    body: { mailNickname: `u${index}` },
  }))

describe('JSON batching', () => {
  it('throws a refusal met before anything was done: the caller hears it whole', async () => {
    const refusal = new GraphRequestError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    )
    await expect(runBatched(clientRefusingAfter(0, refusal), { clientTenantId: 't' }, steps(25))).rejects.toBe(refusal)
  })

  it('keeps what earlier batches did when a later one is refused, each refused step saying why', async () => {
    const results = await runBatched(
      clientRefusingAfter(1, new TenantSignInNeeded('t')),
      { clientTenantId: 't' },
      steps(25),
    )
    expect(results.slice(0, 20).every(result => result.ok)).toBe(true)
    const refused = results.slice(20)
    expect(refused).toHaveLength(5)
    for (const result of refused) {
      expect(result.ok).toBe(false)
      expect(!result.ok && result.error.message).toMatch(/sign in to it again/)
    }
  })
})
