import type { Caller } from './auth.js'
import type { RelayRequest, RelayResponse } from './http.js'
import { randomUUID } from 'node:crypto'
import { errorBody, RelayError } from './http.js'

/** One function of the relay: a method and a path under `/api`, for a checked caller. */
export interface RelayRoute {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  readonly pattern: RegExp
  readonly handle: (
    request: RelayRequest,
    caller: Caller,
    params: readonly string[],
    correlationId: string,
  ) => Promise<RelayResponse> | RelayResponse
}

export interface RelayOptions {
  readonly allowedOrigin: string
  readonly checkCaller: (authorization: string | undefined) => Promise<Caller>
  readonly routes: readonly RelayRoute[]
  /** Where the relay writes what went wrong; never handed a token. */
  readonly log?: (line: string) => void
}

const CORRELATION = 'x-correlation-id'

/**
 * The relay as one handler: the console's origin alone may call it (CORS), every route wants a
 * valid token first (an unknown path included), and every answer carries the correlation id.
 */
export function createRelay({ allowedOrigin, checkCaller, routes, log = () => {} }: RelayOptions) {
  const cors = {
    'Access-Control-Allow-Origin': allowedOrigin,
    'Access-Control-Allow-Headers': `Authorization, Content-Type, ${CORRELATION}`,
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
    'Access-Control-Expose-Headers': CORRELATION,
    Vary: 'Origin',
  }

  return async function handle(request: RelayRequest): Promise<RelayResponse> {
    const correlationId = request.header(CORRELATION) ?? randomUUID()
    const origin = request.header('origin')
    const allowed = origin === undefined || origin === allowedOrigin
    const headers = { ...(allowed ? cors : {}), [CORRELATION]: correlationId, 'Content-Type': 'application/json' }
    if (request.method === 'OPTIONS') return { status: allowed ? 204 : 403, headers }
    try {
      if (!allowed) throw new RelayError(403, 'forbidden', 'This origin may not call the relay.')
      const caller = await checkCaller(request.header('authorization'))
      const path = request.url.pathname
      const match = routes
        .map(route => ({ route, params: route.method === request.method ? route.pattern.exec(path) : null }))
        .find(m => m.params)
      if (!match) throw new RelayError(404, 'notFound', `No function at ${request.method} ${path}.`)
      const answer = await match.route.handle(request, caller, match.params!.slice(1), correlationId)
      return { ...answer, headers: { ...headers, ...answer.headers } }
    } catch (error) {
      const known =
        error instanceof RelayError
          ? error
          : new RelayError(500, 'relayFailed', 'The relay failed; the correlation id names it in its log.')
      log(
        `${correlationId} ${request.method} ${request.url.pathname}: ${known.status} ${known.code}${error instanceof RelayError ? '' : ` ${String(error)}`}`,
      )
      return { status: known.status, headers, body: errorBody(known, correlationId) }
    }
  }
}
