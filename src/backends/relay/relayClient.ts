import type { ValidationIssue } from '@/domain/validation'
import { BackendError } from '@/backends/backend'
import { errorForStatus } from '@/backends/remoteErrors'
import type { RelayErrorEnvelope } from './relayRefusal'
import { RelayRefusal } from './relayRefusal'

export type { RelayErrorEnvelope } from './relayRefusal'
export { RelayRefusal, relayRefusalIn } from './relayRefusal'

/**
 * Where the relay client gets its access tokens: the partner's own authority, for the relay's
 * API scope. Silent only: when the person must act, it fails with `unauthorized`.
 */
export interface RelayTokenSource {
  readonly token: () => Promise<string>
}

/** The relay, as the session knows it: its origin and the tokens for it. */
export interface RelayConnection {
  readonly baseUrl: string
  readonly tokens: RelayTokenSource
  /** The fetch its calls go through (tests put a failure in the way). */
  readonly fetch?: typeof fetch
  /**
   * The relay's token asked interactively, answering the identity platform's claims challenge when there is one
   * (MFA): the page leaves for the provider and comes back where it was.
   */
  readonly signIn?: (claims?: string) => Promise<never>
  /**
   * Told of every write the relay refused or couldn't take, before the error reaches the caller: the
   * activity log keeps its correlation id, which the relay passed on to Microsoft, for support.
   */
  readonly onFailedWrite?: (failure: RelayFailure) => Promise<void>
}

/** A write that failed at or on the way to the relay: what support needs to find it in the relay's log. */
export interface RelayFailure {
  readonly method: RelayRequest['method']
  readonly path: string
  /** The relay's status; 0 when it couldn't be reached. */
  readonly status: number
  readonly code: string
  readonly correlationId: string
}

/** Tells the connection of a failed write; a failure to record it never hides the write's own error. */
async function reportFailedWrite(
  relay: RelayConnection,
  request: RelayRequest,
  failure: Omit<RelayFailure, 'method' | 'path'>,
) {
  if (request.method === 'GET' || !relay.onFailedWrite) return
  await relay.onFailedWrite({ method: request.method, path: request.path, ...failure }).catch(() => undefined)
}

/** Who the relay takes the technician for (`GET /api/me`). */
export interface RelayCaller {
  readonly name: string
  readonly tenantId: string
}

export interface RelayRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** The path under the relay's origin, `/api/…`, its segments already encoded. */
  readonly path: string
  readonly body?: unknown
  /** What the call does, for the error's message: "turn POP off for Boulangerie Dupré". */
  readonly what: string
  /**
   * The console's field for a field the relay names, so a refusal shows beside it; a field it
   * doesn't map (undefined) makes the refusal the whole form's.
   */
  readonly field?: (relayField: string) => string | undefined
}

export interface RelayAnswer<T> {
  readonly status: number
  readonly body: T
  /** The id the page sent, which the relay passes on to Microsoft and names in its log. */
  readonly correlationId: string
}

/** Statuses where the relay refuses the request's content: said beside the field when it names one. */
const CONTENT_REFUSALS = new Set([400, 422])

function backendErrorOf(refusal: RelayRefusal, request: RelayRequest): BackendError {
  const { status, envelope } = refusal
  const message = `${request.what}: ${refusal.message}`
  if (CONTENT_REFUSALS.has(status)) {
    const field = envelope.field === undefined ? undefined : (request.field?.(envelope.field) ?? undefined)
    const issue: ValidationIssue = {
      field: field ?? '',
      code: 'rejectedByService',
      params: { message: envelope.message ?? '' },
    }
    return new BackendError('validation', message, [issue], { cause: refusal })
  }
  // The relay's app lacks its permission in that tenant, or the technician a role there: no sign-in fixes either.
  if (envelope.code === 'appPermissionMissing' || envelope.code === 'roleMissing')
    return new BackendError('unsupported', message, [], { cause: refusal })
  return errorForStatus(status, request.what, message, refusal)
}

/** The answer's JSON; a gateway's HTML page (a Function app that is down) reads as no body. */
function parsed(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * One call to the relay with the technician's token for it and a new correlation id. The answer's
 * JSON, or a BackendError: a content refusal is `validation` with the relay's words beside the field
 * it names, the others by their status (`remote` when the relay can't be reached at all).
 */
export async function relayCall<T>(relay: RelayConnection, request: RelayRequest): Promise<RelayAnswer<T>> {
  const token = await relay.tokens.token()
  const correlationId = crypto.randomUUID()
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'x-correlation-id': correlationId }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await (relay.fetch ?? fetch)(`${relay.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    })
  } catch (error) {
    await reportFailedWrite(relay, request, { status: 0, code: 'unreachable', correlationId })
    throw new BackendError('remote', `${request.what}: the partner relay could not be reached (${correlationId})`, [], {
      cause: error,
    })
  }
  const text = await response.text()
  const body = parsed(text)
  if (!response.ok) {
    const envelope = ((body as { error?: RelayErrorEnvelope } | undefined)?.error ?? {}) as RelayErrorEnvelope
    await reportFailedWrite(relay, request, { status: response.status, code: envelope.code ?? '', correlationId })
    throw backendErrorOf(new RelayRefusal(response.status, envelope, correlationId, body), request)
  }
  return { status: response.status, body: body as T, correlationId }
}

/** `GET /api/me`: who the relay takes the technician for. */
export async function relayWhoAmI(relay: RelayConnection): Promise<RelayCaller> {
  const { body } = await relayCall<Partial<RelayCaller>>(relay, {
    method: 'GET',
    path: '/api/me',
    what: 'The partner relay',
  })
  return { name: String(body?.name ?? ''), tenantId: String(body?.tenantId ?? '') }
}
