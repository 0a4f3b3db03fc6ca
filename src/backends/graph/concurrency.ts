/**
 * Client tenants read at once: each read costs several Graph calls with its own token, and Graph
 * throttles per tenant and per app (https://learn.microsoft.com/graph/throttling).
 */
export const CONCURRENT_TENANTS = 6

/** Runs tasks at most `limit` at a time, in the order they were given; one queue for every caller. */
export type Queue = <T>(task: () => Promise<T>) => Promise<T>

export function createQueue(limit: number): Queue {
  let running = 0
  const waiting: (() => void)[] = []
  return async task => {
    if (running >= limit) await new Promise<void>(resolve => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}
