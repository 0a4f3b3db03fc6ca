import type { RetryPolicy } from '../retry.js'
import { microsoftRequestId, RelayError } from '../http.js'
import { DEFAULT_RETRY, waitToRetry } from '../retry.js'

/** Microsoft Graph v1.0 (https://learn.microsoft.com/graph/use-the-api). */
export const GRAPH_URL = 'https://graph.microsoft.com/v1.0'

/** Graph said no: its status, its error `code` and its words (`{ error: { code, message } }`). */
export class GraphRefusal extends RelayError {
  constructor(
    status: number,
    readonly graphCode: string,
    message: string,
  ) {
    super(status, 'graphRefused', message)
  }
}

/** Graph's throttling answers (https://learn.microsoft.com/graph/throttling, https://learn.microsoft.com/graph/errors). */
const THROTTLED = [429, 503]

export type Graph = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<T>

/**
 * Calls Graph with a token the caller got (on the technician's behalf, or the relay's own app-only one), with
 * `client-request-id` the page's correlation id when it is a GUID, as Graph's headers allow
 * (https://learn.microsoft.com/graph/best-practices-concept): one id names the call in both logs. A throttled call
 * (429, or 503 "overloaded") is sent again after the wait its `Retry-After` asks, as Graph's throttling guidance says
 * (https://learn.microsoft.com/graph/throttling): Graph refused it before doing anything, so a write is safe to send
 * again. Still throttled after `retry.attempts`, it is answered 503 `throttled`.
 */
export function graphClient(
  graphUrl: string | undefined,
  token: () => Promise<string>,
  correlationId: string,
  retry: RetryPolicy = DEFAULT_RETRY,
): Graph {
  const base = (graphUrl ?? GRAPH_URL).replace(/\/$/, '')
  const requestId = microsoftRequestId(correlationId)
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response
    for (let attempt = 1; ; attempt++) {
      try {
        response = await fetch(base + path, {
          method,
          headers: {
            Authorization: `Bearer ${await token()}`,
            'client-request-id': requestId,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      } catch (error) {
        if (error instanceof RelayError) throw error
        throw new RelayError(502, 'remote', 'Microsoft Graph could not be reached.')
      }
      if (!THROTTLED.includes(response.status) || attempt >= retry.attempts) break
      await response.body?.cancel()
      await waitToRetry(response, attempt, retry)
    }
    const text = await response.text()
    const parsed = (text ? JSON.parse(text) : undefined) as { error?: { code?: string; message?: string } } | undefined
    if (response.ok) return parsed as T
    if (THROTTLED.includes(response.status))
      throw new RelayError(503, 'throttled', 'Microsoft Graph is busy: try again in a moment.')
    throw new GraphRefusal(
      response.status,
      parsed?.error?.code ?? String(response.status),
      parsed?.error?.message ?? `Microsoft Graph answered ${response.status}.`,
    )
  }
}
