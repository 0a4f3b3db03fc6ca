import { describe, expect, it } from 'vitest'
import { retryDelayMs } from './retry.js'

describe('how long a throttled call waits', () => {
  const retry = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000, sleep: async () => {} }
  const now = Date.parse('2026-12-07T10:00:00Z')

  it("takes Retry-After's seconds", () => {
    expect(retryDelayMs('3', 1, retry, now)).toBe(3000)
    expect(retryDelayMs(' 0 ', 2, retry, now)).toBe(0)
  })

  it('takes an HTTP date as the time left until it, none when it is past', () => {
    expect(retryDelayMs('Mon, 07 Dec 2026 10:00:02 GMT', 1, retry, now)).toBe(2000)
    expect(retryDelayMs('Mon, 07 Dec 2026 09:59:00 GMT', 1, retry, now)).toBe(0)
  })

  it('backs off, doubling, when Microsoft says nothing or nothing readable', () => {
    expect(retryDelayMs(null, 1, retry, now)).toBe(500)
    expect(retryDelayMs('', 2, retry, now)).toBe(1000)
    expect(retryDelayMs('soon', 3, retry, now)).toBe(2000)
    expect(retryDelayMs('-5', 1, retry, now)).toBe(500)
  })

  it('never waits longer than the policy accepts', () => {
    expect(retryDelayMs('120', 1, retry, now)).toBe(8000)
    expect(retryDelayMs(null, 10, retry, now)).toBe(8000)
  })
})
