/**
 * A delay the Graph test server adds before answering each call (a `$batch` is one call), as a
 * far-away Graph would: benchmarks set it through `POST /_test/latency` (`{ "ms": 100 }`); 0 by
 * default. CORS preflights are not delayed (the browser caches them, `Access-Control-Max-Age`).
 */
export interface Latency {
  /** Milliseconds added to each call. */
  ms: number
  /** Waits for the configured delay. */
  readonly wait: () => Promise<void>
}

export function createLatency(ms = 0): Latency {
  const latency: Latency = {
    ms,
    wait: () => latency.ms > 0 ? new Promise(resolve => setTimeout(resolve, latency.ms)) : Promise.resolve(),
  }
  return latency
}
