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
export type StepResult =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  | { readonly ok: false; readonly error: GraphRequestError }

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/**
 * Seconds to wait from a `Retry-After` value: a number of seconds (fractional ones included, as
 * Graph sends) or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable.
 */
export function retryAfterSeconds(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : undefined
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000)
}

/** Any failure as a step's: Graph's own, or what stopped the request (a token refused) with its words. */
function asRequestError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error
  return new GraphRequestError(
    0,
    error instanceof Error ? error.name : 'unknown',
    error instanceof Error ? error.message : String(error),
    { cause: error },
  )
}

/**
 * A `$batch` whose answer never came back whole (dropped connection, gateway timeout): its steps may or may not have
 * run.
 */
function lostAnswer(error: unknown): error is GraphRequestError {
  return error instanceof GraphRequestError && (error.status <= 0 || error.status >= 500)
}

async function resultOf(response: Response): Promise<StepResult & { retryAfterSeconds?: number }> {
  const text = await response.text()
  const body: unknown = text === '' ? undefined : JSON.parse(text)
  if (response.ok) return { ok: true, status: response.status, body }
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error
  return {
    ok: false,
    error: new GraphRequestError(response.status, error?.code ?? 'unknown', error?.message ?? response.statusText),
    retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
  }
}

/**
 * Runs steps through JSON batching, 20 to a `$batch`, and checks every sub-response. Steps
 * throttled inside a batch (429, 503, 504) are sent again in a later batch after the longest
 * Retry-After they named, up to the client's retry count; so are the steps of a `$batch` whose
 * answer was lost (a dropped connection, a 5xx once the client's own retries are spent). What
 * still fails is reported per step. A step sent again may have run the first time: the caller
 * makes its steps safe to repeat, or checks (a second `POST /users` answers "already exists").
 */
export async function runBatched(
  client: GraphClient,
  tenant: TokenTenant,
  steps: readonly BatchStep[],
): Promise<StepResult[]> {
  const results: StepResult[] = Array.from({ length: steps.length })
  const origin = new URL(client.baseUrl).origin
  let pending = steps.map((_, index) => index)
  /** Whether a `$batch` was answered: its steps ran. */
  let done = false
  for (let round = 0; pending.length > 0; round++) {
    const throttled: number[] = []
    let waitSeconds = 0
    for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
      const chunk = pending.slice(start, start + BATCH_LIMIT)
      const content = new BatchRequestContent(
        chunk.map(index => ({
          id: String(index),
          // The SDK keeps only the path of each URL: give it the origin, not the versioned base.
          request: new Request(origin + steps[index]!.url, {
            method: steps[index]!.method,
            ...(steps[index]!.body === undefined
              ? {}
              : { body: JSON.stringify(steps[index]!.body), headers: { 'Content-Type': 'application/json' } }),
          }),
        })),
      )
      let answer: BatchResponseContent
      try {
        answer = new BatchResponseContent(await client.post(tenant, '/$batch', await content.getContent()))
      } catch (error) {
        if (!lostAnswer(error)) {
          // Refused before anything was done: the caller hears it. Refused after earlier batches
          // did their work (a role or a sign-in lost meanwhile): these steps say so, and what
          // was done is never lost with a thrown error.
          if (!done) throw error
          for (const index of chunk) results[index] = { ok: false, error: asRequestError(error) }
          continue
        }
        for (const index of chunk) {
          results[index] = { ok: false, error }
          if (round < client.retry.maxRetries) throttled.push(index)
        }
        waitSeconds = Math.max(waitSeconds, client.retry.delaySeconds)
        continue
      }
      done = true
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
    if (pending.length > 0) await sleep(waitSeconds * 1000)
  }
  return results
}

/**
 * Several collections of one tenant read in one `$batch` (one round trip instead of one each),
 * each followed past its first page; the first step Graph refused fails the whole read.
 */
export async function listBatched(
  client: GraphClient,
  tenant: TokenTenant,
  paths: readonly string[],
): Promise<unknown[][]> {
  const results = await runBatched(
    client,
    tenant,
    paths.map(url => ({ method: 'GET', url })),
  )
  return Promise.all(
    results.map(async result => {
      if (!result.ok) throw result.error
      const page = result.body as { value: unknown[]; '@odata.nextLink'?: string }
      const next = page['@odata.nextLink']
      return next === undefined
        ? page.value
        : [...page.value, ...(await client.list<unknown>(tenant, next.slice(client.baseUrl.length)))]
    }),
  )
}
