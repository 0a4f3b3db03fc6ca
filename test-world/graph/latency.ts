/**
 * A delay the Graph test server adds before answering each call (a `$batch` is one call), as a
 * far-away Graph would: 0 by default; benchmarks set `ms` on the server's `latency`, or through
 * `POST /_test/latency` (`{ "ms": 100 }`), which sets it on every Graph test server of the process
 * (Playwright's global set-up starts one). CORS preflights are not delayed (the browser caches
 * them, `Access-Control-Max-Age`).
 */
export interface Latency {
  /** Milliseconds added to each call. */
  ms: number
  /** Waits for the configured delay. */
  readonly wait: () => Promise<void>
}

const servers = new Set<Latency>()

export function createLatency(ms = 0): Latency {
  const latency: Latency = {
    ms,
    wait: () => (latency.ms > 0 ? new Promise(resolve => setTimeout(resolve, latency.ms)) : Promise.resolve()),
  }
  servers.add(latency)
  return latency
}

/** Sets the delay of every Graph test server of this process (the `/_test/latency` control). */
export function setLatency(ms: number): void {
  for (const latency of servers) latency.ms = ms
}
