/**
 * Client tenants read at once, a few at a time: each read costs several Graph calls with its own
 * token, and Graph throttles per tenant and per app (https://learn.microsoft.com/graph/throttling).
 */
export const CONCURRENT_TENANTS = 4

/** `map` over `items`, at most `limit` at a time, results in the items' order. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length })
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
