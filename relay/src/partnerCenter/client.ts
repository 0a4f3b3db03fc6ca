import type { Caller } from '../auth.js'
import type { DownstreamTokens } from '../downstream.js'
import type { RetryPolicy } from '../retry.js'
import { randomUUID } from 'node:crypto'
import { microsoftRequestId, RelayError } from '../http.js'
import { DEFAULT_RETRY, waitToRetry } from '../retry.js'

/** What the Partner Center functions need: tokens on the technician's behalf, and where Partner Center is. */
export interface PartnerCenterServices {
  readonly downstream: DownstreamTokens
  /** Partner Center's origin, without `/v1`: `PARTNER_CENTER_ORIGIN` unless said (the test world's in tests). */
  readonly partnerCenterUrl?: string
  /** How long a country's catalogue is kept before it is read again; an hour unless said. */
  readonly catalogueTtlMs?: number
  /** The clock, for the cache. */
  readonly now?: () => number
  /** How throttled calls are tried again; `DEFAULT_RETRY` unless said. */
  readonly retry?: RetryPolicy
  /** Graph's v1.0 base (the consent's app-role grant), Graph's own unless said (the test world's in tests). */
  readonly graphUrl?: string
}

/**
 * Partner Center said no: its own words (`description`) become the message, its status stays when it is the
 * client's fault (400, 404, 409) or the technician's (403), and its numeric `code` is kept for the log.
 */
export class PartnerCenterRefusal extends RelayError {
  constructor(
    status: number,
    readonly partnerCenterCode: number | undefined,
    description: string,
  ) {
    super(status, 'partnerCenterRefused', description)
  }
}

/** Partner Center's REST API (https://learn.microsoft.com/partner-center/developer/partner-center-rest-urls). */
export const PARTNER_CENTER_ORIGIN = 'https://api.partnercenter.microsoft.com'

export type PartnerCenter = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<T>

/**
 * Calls Partner Center's REST API (`/v1…`) as the technician: an App+User token got on their behalf at the partner's
 * authority, and Partner Center's request headers (https://learn.microsoft.com/partner-center/developer/headers):
 * `MS-CorrelationId`, the page's correlation id when it is a GUID, so one id names the call in both logs, and a new
 * `MS-RequestId` per call.
 */
export function partnerCenterFor(
  services: PartnerCenterServices,
  caller: Caller,
  correlationId: string,
): PartnerCenter {
  const msCorrelationId = microsoftRequestId(correlationId)
  const retry = services.retry ?? DEFAULT_RETRY
  const url = (path: string) => `${(services.partnerCenterUrl ?? PARTNER_CENTER_ORIGIN).replace(/\/$/, '')}/v1${path}`
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const token = await services.downstream.onBehalfOf(caller.assertion, 'partnerCenter', caller.tenantId)
    let response: Response
    for (let attempt = 1; ; attempt++) {
      try {
        response = await fetch(url(path), {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            'MS-CorrelationId': msCorrelationId,
            'MS-RequestId': randomUUID(),
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      } catch {
        throw new RelayError(502, 'remote', 'Partner Center could not be reached.')
      }
      // Throttled: wait what Retry-After says (or back off), never at once, as "API throttling guidance" asks
      // (https://learn.microsoft.com/partner-center/developer/api-throttling-guidance). A 429 was not carried out, so
      // a write is safe to send again.
      if (response.status !== 429 || attempt >= retry.attempts) break
      await response.body?.cancel()
      await waitToRetry(response, attempt, retry)
    }
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {
      parsed = undefined
    }
    if (response.ok) return parsed as T
    const refusal = (parsed ?? {}) as { code?: unknown; description?: unknown }
    const description =
      typeof refusal.description === 'string' ? refusal.description : `Partner Center answered ${response.status}.`
    const code = typeof refusal.code === 'number' ? refusal.code : undefined
    if ([400, 403, 404, 409].includes(response.status))
      throw new PartnerCenterRefusal(response.status, code, description)
    if (response.status === 429) throw new RelayError(503, 'throttled', 'Partner Center is busy; try again shortly.')
    // 401 means the relay's own token was refused: its configuration, not the technician's request.
    throw new RelayError(502, 'remote', `Partner Center failed: ${description}`)
  }
}
