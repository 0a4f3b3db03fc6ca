import type { RetryPolicy } from '../retry.js'
import { RelayError } from '../http.js'
import { DEFAULT_RETRY, waitToRetry } from '../retry.js'

/**
 * One Exchange Online cmdlet run through the admin API, as the Exchange Online PowerShell module
 * (v3) runs it: `POST <origin>/adminapi/beta/<tenant>/InvokeCommand` with
 * `{ CmdletInput: { CmdletName, Parameters } }` and the customer's token. Microsoft documents that
 * envelope for its Admin API (https://learn.microsoft.com/exchange/reference/admin-api-get-started);
 * the module's `InvokeCommand` endpoint itself is undocumented (README, "Exchange Online").
 */

export type CmdletParameters = Readonly<Record<string, unknown>>
export type CmdletRow = Readonly<Record<string, unknown>>

export interface ExchangeCall {
  /** `https://outlook.office365.com` in production. */
  readonly origin: string
  readonly token: string
  readonly tenantId: string
  /** Sent as `client-request-id`, so Exchange's log and the relay's name the same call. */
  readonly correlationId: string
  /** The request's field each cmdlet parameter comes from, to name it when Exchange refuses the value. */
  readonly fields?: Readonly<Record<string, string>>
}

interface ExchangeErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string; readonly details?: { message?: string }[] }
}

/** Exchange's text for a refusal, without the `|Exception.Type|` prefix it carries. */
function refusalText(body: ExchangeErrorBody): { exception: string; text: string } {
  const raw = body.error?.details?.[0]?.message ?? body.error?.message ?? ''
  const parts = raw.split('|')
  return parts.length >= 3
    ? { exception: parts[parts.length - 2]!, text: parts[parts.length - 1]!.trim() }
    : { exception: '', text: raw.trim() }
}

/**
 * Whether to wait and try again: HTTP 429 (with `Retry-After`), 503, or Exchange's "server busy"
 * (ServerBusyException). Which of these the admin API answers a burst with is undocumented (README).
 */
function throttled(status: number, exception: string): boolean {
  return status === 429 || status === 503 || /ServerBusy|Throttl/i.test(exception)
}

/** The parameter a refusal names (`'ProhibitSendReceiveQuota'`), as the request's field it came from. */
function fieldOf(text: string, parameters: CmdletParameters, fields: Readonly<Record<string, string>>) {
  const names = Object.keys(parameters)
  const named =
    names.find(name => text.toLowerCase().includes(`'${name.toLowerCase()}'`)) ??
    names.find(name => new RegExp(`\\b${name}\\b`).test(text))
  return named === undefined ? undefined : (fields[named] ?? named)
}

function refusal(status: number, exception: string, text: string, field: string | undefined): RelayError {
  const message = `Exchange Online refused: ${text || `HTTP ${status}`}`
  if (status === 401) return new RelayError(502, 'remote', 'Exchange Online refused the relay’s token for this tenant.')
  if (status === 403) return new RelayError(403, 'forbidden', message)
  if (status === 404 || /NotFound/.test(exception)) return new RelayError(404, 'notFound', message, field)
  if (status === 409 || /AlreadyExists/.test(exception)) return new RelayError(409, 'conflict', message, field)
  if (status === 400) return new RelayError(400, 'invalid', message, field)
  if (throttled(status, exception))
    return new RelayError(503, 'throttled', 'Exchange Online is busy: try again in a minute.')
  return new RelayError(502, 'remote', message)
}

/** Runs the cmdlet, retrying throttling with backoff; its output objects, or Exchange's refusal as a RelayError. */
export async function invokeCmdlet(
  call: ExchangeCall,
  cmdlet: string,
  parameters: CmdletParameters,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<CmdletRow[]> {
  const url = `${call.origin}/adminapi/beta/${encodeURIComponent(call.tenantId)}/InvokeCommand`
  for (let attempt = 1; ; attempt++) {
    let response: Response
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${call.token}`,
          'Content-Type': 'application/json',
          'client-request-id': call.correlationId,
          'return-client-request-id': 'true',
        },
        body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
      })
    } catch {
      throw new RelayError(502, 'remote', 'Exchange Online could not be reached.')
    }
    const body = (await response.json().catch(() => ({}))) as ExchangeErrorBody & { value?: CmdletRow[] }
    if (response.ok) return body.value ?? []
    const { exception, text } = refusalText(body)
    if (throttled(response.status, exception) && attempt < retry.attempts) {
      await waitToRetry(response, attempt, retry)
      continue
    }
    throw refusal(response.status, exception, text, fieldOf(text, parameters, call.fields ?? {}))
  }
}
