import { randomUUID } from 'node:crypto'

/**
 * The relay's requests and answers, whatever hosts it (Azure Functions in production, a plain
 * node:http server in tests): each function is written once against these.
 */
export interface RelayRequest {
  readonly method: string
  readonly url: URL
  /** Header lookup, case-insensitive. */
  readonly header: (name: string) => string | undefined
  readonly body: unknown
}

export interface RelayResponse {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
}

/** A refusal the relay answers with its one error envelope. */
export class RelayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The request's field the refusal concerns (`quotas.prohibitSendReceiveQuota`), for the page to show it there. */
    readonly field?: string,
  ) {
    super(message)
  }
}

/**
 * 401 `signInNeeded`: the identity platform wants the technician to act (MFA, consent) before it gives the relay a
 * token on their behalf. `claims` is its claims challenge, when it sent one: the page asks the relay's token again,
 * interactively, with it (https://learn.microsoft.com/entra/identity-platform/claims-challenge).
 */
export class SignInNeeded extends RelayError {
  constructor(
    message: string,
    readonly claims?: string,
  ) {
    super(401, 'signInNeeded', message)
  }
}

/**
 * The one error envelope: `{ error: { code, message, correlationId, field?, claims? } }`, the correlation id the
 * page sent (or the relay made), so one id follows a failure from the page to Microsoft's logs.
 */
export function errorBody(error: RelayError, correlationId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      correlationId,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error instanceof SignInNeeded && error.claims ? { claims: error.claims } : {}),
    },
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The id to send Microsoft as its request's correlation id (`MS-CorrelationId`, `client-request-id`, which want a
 * GUID): the page's own when it is one, so one id names the call in both logs, else a new one.
 */
export function microsoftRequestId(correlationId: string): string {
  return GUID.test(correlationId) ? correlationId : randomUUID()
}
