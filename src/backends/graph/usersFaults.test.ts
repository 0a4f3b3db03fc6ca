import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { UserInput } from '@/domain/users/users'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { ChangeNotLogged, isBackendError } from '../backend'
import { retryAfterSeconds } from './batch'
import { useTestGraph } from './testing'

const [STANDARD] = CLIENT_TENANTS

/**
 * The users' writes when Graph misbehaves as it does in production (the test server's faults.ts):
 * answers lost after the work was done, dropped connections, throttling whose Retry-After is a
 * date, and a partner's list refusing the activity entry.
 */
describe('Graph backend: users under faults', () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })

  const directory = () => graph.server.world().tenants.get(STANDARD.id)!
  const standardSku = () => directory().skus.find(s => s.skuPartNumber === 'STANDARDPACK')!
  const input = (alias: string, licensed = true): UserInput => ({
    firstName: 'Lina',
    lastName: 'Roche',
    alias,
    domain: STANDARD.defaultDomain,
    usageLocation: 'FR',
    subscriptionId: licensed ? standardSku().skuId : null,
  })
  const rows = (count: number, licensed = false) =>
    Array.from({ length: count }, (_, index) => input(`import.${index}`, licensed))
  const withUpn = (alias: string) =>
    directory().users.filter(u => u.userPrincipalName === `${alias}@${STANDARD.defaultDomain}`)
  const posts = () => graph.server.requests.filter(r => r.method === 'POST' && r.path === '/users')
  const activity = async (action: string) =>
    (await backend().activity.list({ tenantId: STANDARD.id })).filter(entry => entry.action === action)

  describe('a create whose answer was lost', () => {
    it('finds the user its retry was refused for, counts it created once, and hands over the password Graph got', async () => {
      graph.server.faults.add({ fault: 'lostAnswer', count: 1, path: '/users', method: 'POST', inBatch: false })
      const { user, temporaryPassword } = await backend().users.create(STANDARD.id, input('lost.answer'))
      expect(user).toMatchObject({ alias: 'lost.answer', subscriptionId: standardSku().skuId })
      // The work was done, its 504 retried by the SDK, the retry refused as a duplicate.
      expect(posts().map(r => r.status)).toEqual([504, 400])
      expect(withUpn('lost.answer')).toHaveLength(1)
      expect(
        posts().every(
          r => (r.body as { passwordProfile: { password: string } }).passwordProfile.password === temporaryPassword,
        ),
      ).toBe(true)
      expect(await activity('user.created')).toHaveLength(1)
    })

    it('finds the user when the connection dropped after the work', async () => {
      graph.server.faults.add({ fault: 'dropConnection', count: 1, path: '/users', method: 'POST', inBatch: false })
      const { user } = await backend().users.create(STANDARD.id, input('dropped'))
      expect(user.alias).toBe('dropped')
      expect(withUpn('dropped')).toHaveLength(1)
    })

    it('still refuses a create that Graph refused for its own reasons, creating nobody', async () => {
      graph.server.faults.add({
        fault: 'unavailable',
        count: 100,
        path: '/users',
        method: 'POST',
        retryAfterSeconds: 0,
      })
      const error = await backend({ maxRetries: 1 })
        .users.create(STANDARD.id, input('never'))
        .catch(e => e)
      expect(isBackendError(error, 'remote')).toBe(true)
      expect(withUpn('never')).toEqual([])
    })

    it('counts the $batch steps whose answers were lost as created, each once', async () => {
      graph.server.faults.add({ fault: 'lostAnswer', count: 3, path: '/users', method: 'POST', inBatch: true })
      const result = await backend().users.importMany(STANDARD.id, rows(5, true))
      expect(result.rows!.map(row => row.outcome)).toEqual(Array.from({ length: 5 }, () => 'created'))
      expect(result.created).toHaveLength(5)
      expect(directory().users).toHaveLength(7 + 5)
      expect(standardSku().consumedUnits).toBe(6 + 5)
      expect(result.notLogged).toBeUndefined()
    })

    it('counts the users of a $batch whose connection dropped as created, each once', async () => {
      graph.server.faults.add({ fault: 'dropConnection', count: 1, path: '/users', method: 'POST', inBatch: true })
      const result = await backend().users.importMany(STANDARD.id, rows(4))
      expect(result.rows!.map(row => row.outcome)).toEqual(['created', 'created', 'created', 'created'])
      expect(directory().users).toHaveLength(7 + 4)
      for (const index of [0, 1, 2, 3]) expect(withUpn(`import.${index}`)).toHaveLength(1)
    })
  })

  describe('throttling inside $batch', () => {
    it('reads Retry-After as seconds or as an HTTP date', () => {
      const now = Date.parse('2026-12-07T10:00:00Z')
      expect(retryAfterSeconds('2', now)).toBe(2)
      expect(retryAfterSeconds('0.5', now)).toBe(0.5)
      expect(retryAfterSeconds('Mon, 07 Dec 2026 10:00:03 GMT', now)).toBe(3)
      expect(retryAfterSeconds('Mon, 07 Dec 2026 09:59:00 GMT', now)).toBe(0)
      expect(retryAfterSeconds('soon', now)).toBeUndefined()
      expect(retryAfterSeconds(null, now)).toBeUndefined()
    })

    it('waits until the date a throttled step named before sending it again', async () => {
      graph.server.faults.add({
        fault: 'throttle',
        count: 2,
        path: '/users',
        method: 'POST',
        inBatch: true,
        retryAfterSeconds: 2,
        retryAfterAs: 'date',
      })
      const started = Date.now()
      const { created } = await backend().users.importMany(STANDARD.id, rows(3))
      expect(created).toHaveLength(3)
      // The date is to the second: at least one second of the two.
      expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    })

    it('creates every row once under random 429s and 503s with dated Retry-After', async () => {
      for (const [fault, seed] of [
        ['throttle', 7],
        ['unavailable', 11],
      ] as const)
        graph.server.faults.add({
          fault,
          count: 8,
          rate: 0.3,
          seed,
          path: '/users',
          inBatch: true,
          retryAfterSeconds: 1,
          retryAfterAs: 'date',
        })
      const result = await backend({ maxRetries: 6 }).users.importMany(STANDARD.id, rows(25))
      expect(result.rows!.filter(row => row.outcome !== 'created')).toEqual([])
      expect(directory().users).toHaveLength(7 + 25)
      expect(graph.server.requests.some(r => r.inBatch !== null && (r.status === 429 || r.status === 503))).toBe(true)
    }, 20_000)
  })

  describe("an activity entry the partner's list refuses", () => {
    const listPosts = { path: '/sites/root/lists', method: 'POST', retryAfterSeconds: 0 } as const

    it('writes it again when the list refused it for a while', async () => {
      graph.server.faults.add({ fault: 'unavailable', count: 5, ...listPosts })
      const result = await backend().users.importMany(STANDARD.id, rows(2))
      expect(result.notLogged).toBeUndefined()
      expect(await activity('user.imported')).toEqual([expect.objectContaining({ details: { count: 2 } })])
    })

    it('reports an import whose entry could not be written, with its users created', async () => {
      graph.server.faults.add({ fault: 'unavailable', count: 1000, ...listPosts })
      const result = await backend().users.importMany(STANDARD.id, rows(2))
      expect(result).toMatchObject({
        notLogged: true,
        created: [expect.objectContaining({ alias: 'import.0' }), expect.objectContaining({ alias: 'import.1' })],
      })
      expect(directory().users).toHaveLength(9)
    })

    it('reports a block as done but not logged, never as failed', async () => {
      const [user] = await backend().users.list(STANDARD.id)
      graph.server.faults.add({ fault: 'unavailable', count: 1000, ...listPosts })
      const error = await backend()
        .users.setBlocked(STANDARD.id, user!.id, true)
        .catch(e => e)
      expect(error).toBeInstanceOf(ChangeNotLogged)
      expect(isBackendError(error, 'notLogged')).toBe(true)
      expect((error as ChangeNotLogged<{ blocked: boolean }>).result.blocked).toBe(true)
      expect(directory().users.find(u => u.id === user!.id)!.accountEnabled).toBe(false)
    })

    it("hands over a new user's password even when its entry could not be written", async () => {
      graph.server.faults.add({ fault: 'unavailable', count: 1000, ...listPosts })
      const error = await backend()
        .users.create(STANDARD.id, input('unlogged'))
        .catch(e => e)
      expect(error).toBeInstanceOf(ChangeNotLogged)
      const { user, temporaryPassword } = (
        error as ChangeNotLogged<{ user: { alias: string }; temporaryPassword: string }>
      ).result
      expect(user.alias).toBe('unlogged')
      expect((posts()[0]!.body as { passwordProfile: { password: string } }).passwordProfile.password).toBe(
        temporaryPassword,
      )
    })
  })

  it('never had the server send a body outside the schema', () => {
    expect(graph.server.schemaViolations).toEqual([])
  })
})
