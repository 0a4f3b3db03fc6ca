import type { RelayConnection } from './relayClient'

/** One call the fake relay received. */
export interface RelayCallSeen {
  readonly method: string
  readonly path: string
  readonly body: unknown
}

/** What a route of the fake answers: a status and a JSON body (an error envelope for refusals). */
export interface FakeAnswer {
  readonly status: number
  readonly body?: unknown
}

type Route = (call: RelayCallSeen) => FakeAnswer | undefined

/**
 * A relay for adapter tests: each call goes to the first route that answers it (404 otherwise),
 * and is kept in `calls`, so a test says what the console sent and what the relay answered.
 */
export function fakeRelay(...routes: Route[]) {
  const calls: RelayCallSeen[] = []
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input))
    const call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
    }
    calls.push(call)
    const answer = routes.reduce<FakeAnswer | undefined>((found, route) => found ?? route(call), undefined) ?? {
      status: 404,
      body: { error: { code: 'notFound', message: `No fake route for ${call.method} ${call.path}` } },
    }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status })
  }
  const relay: RelayConnection = {
    baseUrl: 'https://relay.example.com',
    tokens: { token: async () => 'token-for-the-relay' },
    fetch: fetchImpl,
  }
  return { relay, calls, writes: () => calls.filter(call => call.method !== 'GET') }
}

/** A route answering `method` on `path` (the tenant's path after `/api/tenants/<id>`). */
export function on(method: string, path: string | RegExp, answer: (call: RelayCallSeen) => FakeAnswer): Route {
  return call => {
    const rest = call.path.replace(/^\/api\/tenants\/[^/]+/, '')
    const matches = typeof path === 'string' ? rest === path : path.test(rest)
    return call.method === method && matches ? answer(call) : undefined
  }
}

/** The relay's error envelope for a refusal, naming the request's field. */
export function refusal(status: number, message: string, field?: string): FakeAnswer {
  return { status, body: { error: { code: status === 400 ? 'invalid' : 'remote', message, field } } }
}
