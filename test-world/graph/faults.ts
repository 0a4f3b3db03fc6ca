import type { GraphResponse } from './http'
import type { GraphCall } from './router'
import { errorResponse, GraphHttpError } from './http'

/**
 * Faults on demand, for tests of what a client does when Graph misbehaves as it does in
 * production. Each rule applies to the next `count` calls it matches (alone, or as a step of a
 * `$batch`), or, with `rate`, to that share of them picked by a seeded random draw (so a run
 * repeats), until `count` is spent.
 *
 * - `lostAnswer`: the call does its work (a user is created), then its answer is a 504 Gateway
 *   Timeout, as when a gateway gives up on a slow backend that finishes anyway. The SDK's
 *   RetryHandler sends a POST again on 504, and the second one meets the first one's work.
 * - `dropConnection`: the call does its work, then the connection is closed with no answer (for
 *   a `$batch` step: the whole `$batch`'s connection, once every step ran). The client sees a
 *   network error, and does not know whether the work was done.
 * - `throttle` (429) and `unavailable` (503): the call is refused before doing anything, with
 *   `Retry-After` as seconds or as an HTTP date (RFC 9110 §10.2.3 allows both; Graph documents
 *   seconds, gateways in front of it may send dates).
 *
 * Graph documents 429 and 503 with Retry-After for throttling, inside `$batch` as alone
 * (https://learn.microsoft.com/graph/throttling, https://learn.microsoft.com/graph/json-batching),
 * and 504 as "the server, while acting as a proxy, did not receive a timely response"
 * (https://learn.microsoft.com/graph/errors).
 *
 * Set through `POST /_test/faults` (a `FaultRule` as JSON), cleared with `DELETE /_test/faults`
 * or a reset; in Vitest, through `server.faults.add(rule)`.
 */
export interface FaultRule {
  readonly fault: 'lostAnswer' | 'dropConnection' | 'throttle' | 'unavailable'
  /** How many calls it may still fault. */
  count: number
  /** Only calls whose path (under the version, without the query) starts with this, e.g. `/users`. */
  readonly path?: string
  /** Only calls with this method, e.g. `POST`. */
  readonly method?: string
  /** Only calls whose JSON body contains this text (one user's UPN, say). */
  readonly bodyContains?: string
  /** Only calls inside a `$batch` (true), or only calls sent alone (false); both when absent. */
  readonly inBatch?: boolean
  /** Fault this share (0 to 1) of matching calls instead of every one, drawn with `seed`. */
  readonly rate?: number
  readonly seed?: number
  /** For `throttle` and `unavailable`: how long to wait (1 second by default), and how to say it. */
  readonly retryAfterSeconds?: number
  readonly retryAfterAs?: 'seconds' | 'date'
}

/** Marks an answer whose connection is to be closed instead of answered. */
const DROP = Symbol('dropConnection')

interface ActiveRule {
  readonly rule: FaultRule
  readonly random: () => number
}

/** A small seeded generator (mulberry32): the same seed faults the same calls. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The rule a control request asks for, or why it can't be one. */
export function checkFaultRule(body: unknown): FaultRule | string {
  const rule = body as Partial<FaultRule> | undefined
  if (
    !rule ||
    !['lostAnswer', 'dropConnection', 'throttle', 'unavailable'].includes(rule.fault as string) ||
    !Number.isInteger(rule.count) ||
    rule.count! < 0
  )
    return 'A fault rule needs a fault (lostAnswer, dropConnection, throttle or unavailable) and a whole count.'
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) return "A fault rule's rate is between 0 and 1."
  return rule as FaultRule
}

export interface Faults {
  /** Adds a rule; rules apply in the order they were added. */
  readonly add: (rule: FaultRule) => void
  readonly clear: () => void
  /** Before a call does anything: the refusal to answer with, when a throttling rule matches. */
  readonly before: (call: GraphCall, inBatch: boolean) => GraphHttpError | undefined
  /** Once a call did its work: its answer, or the one a lost-answer rule puts in its place. */
  readonly after: (call: GraphCall, inBatch: boolean, response: GraphResponse) => GraphResponse
  /** The answer to send for a whole request: marked when a step or the request lost its connection. */
  readonly settle: (call: GraphCall, response: GraphResponse) => GraphResponse
  /** Whether this answer's connection is to be closed instead. */
  readonly dropped: (response: GraphResponse) => boolean
}

export function createFaults(): Faults {
  const rules: ActiveRule[] = []
  // The callers (token holders) whose request is to lose its connection: a batch's steps share theirs.
  const dropping = new WeakSet<object>()

  function take(call: GraphCall, inBatch: boolean, kinds: readonly FaultRule['fault'][]): FaultRule | undefined {
    for (const { rule, random } of rules) {
      if (rule.count <= 0 || !kinds.includes(rule.fault)) continue
      if (
        (rule.path && !call.path.startsWith(rule.path)) ||
        (rule.method && rule.method !== call.method) ||
        (rule.inBatch !== undefined && rule.inBatch !== inBatch)
      )
        continue
      if (rule.bodyContains !== undefined && !JSON.stringify(call.body ?? null).includes(rule.bodyContains)) continue
      if (rule.rate !== undefined && random() >= rule.rate) continue
      rule.count--
      return rule
    }
    return undefined
  }

  function retryAfter(rule: FaultRule): string {
    const seconds = rule.retryAfterSeconds ?? 1
    return rule.retryAfterAs === 'date' ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds)
  }

  return {
    add: rule => rules.push({ rule: { ...rule }, random: seeded(rule.seed ?? 1) }),
    clear: () => {
      rules.length = 0
    },
    before: (call, inBatch) => {
      const rule = take(call, inBatch, ['throttle', 'unavailable'])
      if (!rule) return undefined
      return rule.fault === 'throttle'
        ? new GraphHttpError(429, 'TooManyRequests', 'Too many requests, retry after the time in Retry-After.', {
            'Retry-After': retryAfter(rule),
          })
        : new GraphHttpError(
            503,
            'serviceNotAvailable',
            'The service is temporarily unavailable, retry after the time in Retry-After.',
            { 'Retry-After': retryAfter(rule) },
          )
    },
    after: (call, inBatch, response) => {
      if (response.status >= 400) return response
      const rule = take(call, inBatch, ['lostAnswer', 'dropConnection'])
      if (!rule) return response
      if (rule.fault === 'dropConnection') dropping.add(call.caller)
      return errorResponse(new GraphHttpError(504, 'UnknownError', 'The gateway did not receive a timely response.'))
    },
    settle: (call, response) =>
      dropping.delete(call.caller) ? ({ ...response, [DROP]: true } as GraphResponse) : response,
    dropped: response => DROP in response,
  }
}
