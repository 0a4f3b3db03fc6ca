import type { GraphClient } from './graphClient'
import type { TokenTenant } from './tokens'
import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client'
import { GraphRequestError } from './graphClient'

/** Graph takes at most 20 requests per `$batch`. */
export const BATCH_LIMIT = 20
const RETRIED_STATUSES = new Set([429, 503, 504])

/** One request inside a batch, its URL relative to the version (`/users/42/assignLicense`). */
export interface BatchStep {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  readonly url: string
  readonly body?: unknown
}

/** What one step came to: its body when it succeeded, Graph's error when it didn't. */
export type StepResult
  = | { readonly ok: true, readonly status: number, readonly body: unknown }
    | { readonly ok: false, readonly error: GraphRequestError }

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

async function resultOf(response: Response): Promise<StepResult & { retryAfterSeconds?: number }> {
  const text = await response.text()
  const body: unknown = text === '' ? undefined : JSON.parse(text)
  if (response.ok)
    return { ok: true, status: response.status, body }
  const error = (body as { error?: { code?: string, message?: string } } | undefined)?.error
  const retryAfter = Number(response.headers.get('Retry-After'))
  return {
    ok: false,
    error: new GraphRequestError(response.status, error?.code ?? 'unknown', error?.message ?? response.statusText),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  }
}

/**
 * Runs steps through JSON batching, 20 to a `$batch`, and checks every sub-response. Steps
 * throttled inside a batch (429, 503, 504) are sent again in a later batch after the longest
 * Retry-After they named, up to the client's retry count; what still fails is reported per step.
 */
export async function runBatched(client: GraphClient, tenant: TokenTenant, steps: readonly BatchStep[]): Promise<StepResult[]> {
  const results: StepResult[] = Array.from({ length: steps.length })
  const origin = new URL(client.baseUrl).origin
  let pending = steps.map((_, index) => index)
  for (let round = 0; pending.length > 0; round++) {
    const throttled: number[] = []
    let waitSeconds = 0
    for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
      const chunk = pending.slice(start, start + BATCH_LIMIT)
      const content = new BatchRequestContent(chunk.map(index => ({
        id: String(index),
        // The SDK keeps only the path of each URL: give it the origin, not the versioned base.
        request: new Request(origin + steps[index]!.url, {
          method: steps[index]!.method,
          ...(steps[index]!.body === undefined ? {} : { body: JSON.stringify(steps[index]!.body), headers: { 'Content-Type': 'application/json' } }),
        }),
      })))
      const answer = new BatchResponseContent(await client.post(tenant, '/$batch', await content.getContent()))
      for (const index of chunk) {
        const response = answer.getResponseById(String(index))
        if (!response)
          throw new GraphRequestError(0, 'missingBatchResponse', `The $batch answer has no response for step ${index}`)
        const result = await resultOf(response)
        results[index] = result
        if (!result.ok && RETRIED_STATUSES.has(result.error.status) && round < client.retry.maxRetries) {
          throttled.push(index)
          waitSeconds = Math.max(waitSeconds, result.retryAfterSeconds ?? client.retry.delaySeconds)
        }
      }
    }
    pending = throttled
    if (pending.length > 0)
      await sleep(waitSeconds * 1000)
  }
  return results
}
