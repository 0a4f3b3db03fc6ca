/** How the relay tries a throttled call to Microsoft again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number
  /** The first wait when Microsoft doesn't say how long (doubled each time). */
  readonly baseDelayMs: number
  /** The longest wait the relay accepts, `Retry-After` included (a Function's time is limited). */
  readonly maxDelayMs: number
  readonly sleep: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
}

/** An IMF-fixdate, the HTTP date senders use (RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/

/**
 * How long to wait before try `attempt + 1`: what `Retry-After` says, as seconds or as an HTTP date (RFC 9110
 * §10.2.3 allows both; Graph, Partner Center and Exchange document seconds, a gateway in front may send a date), or
 * else an exponential backoff; never more than the policy accepts.
 */
export function retryDelayMs(retryAfter: string | null, attempt: number, retry: RetryPolicy, now = Date.now()): number {
  const backoff = retry.baseDelayMs * 2 ** (attempt - 1)
  const value = retryAfter?.trim() ?? ''
  const told = /^\d+$/.test(value) ? Number(value) * 1000 : HTTP_DATE.test(value) ? Date.parse(value) - now : NaN
  return Math.min(Number.isFinite(told) ? Math.max(0, told) : backoff, retry.maxDelayMs)
}

/** Waits as `retryDelayMs` says, for the answer that asked to wait. */
export function waitToRetry(response: Response, attempt: number, retry: RetryPolicy): Promise<void> {
  return retry.sleep(retryDelayMs(response.headers.get('retry-after'), attempt, retry))
}
