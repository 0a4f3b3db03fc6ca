import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { KeySource } from './auth'
import type { GraphResponse } from './http'
import type { GraphCall, Route } from './router'
import type { GraphWorld, NewTenant } from './world'
import type { Faults } from './faults'
import type { Latency } from './latency'
import { createServer } from 'node:http'
import { GRAPH_AUDIENCE } from '../directory'
import { tokenValidator } from './auth'
import { authorize } from './authorization'
import { runBatch } from './batch'
import { assertCollectionConforms, assertConforms } from './conformance'
import { readJsonBody } from '../readJsonBody'
import { controlRoutes } from './control'
import { createFaults } from './faults'
import { createLatency } from './latency'
import { badRequest, errorResponse, GraphHttpError } from './http'
import { domainRoutes } from './routes/domains'
import { listRoutes } from './routes/lists'
import { servicePrincipalRoutes } from './routes/servicePrincipals'
import { sharePointRoutes } from './routes/sharePoint'
import { tenancyRoutes } from './routes/tenancy'
import { userRoutes } from './routes/users'
import { addClientTenant, seedWorld } from './world'

/**
 * A Graph-compatible server for tests: the endpoints the console uses, with Graph's paging,
 * `$batch`, error envelope, throttling on demand, ETags and bearer-token checks. Plain node:http
 * so Vitest runs it in-process and Playwright's global set-up starts it.
 */

export interface GraphServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number
  readonly host?: string
  /** The test OpenID provider's keys (or a test key set). */
  readonly keys: KeySource
  /** `https://localhost:<oidcPort>`: tenant `t`'s tokens are issued by `<authorityOrigin>/t`. */
  readonly authorityOrigin: string
  readonly audience?: string
}

/** A request the server received, for tests to assert on (`GET /_test/requests`). */
export interface RecordedRequest {
  readonly method: string
  /** Under the version segment, with the query: `/users/42/assignLicense`. */
  readonly path: string
  readonly tenantId: string | null
  readonly body: unknown
  readonly status: number
  /** For a `$batch` step: the index (in this log) of the `$batch` request that carried it. */
  readonly inBatch: number | null
}

/** The next `count` matching calls (alone or in a batch) answer 429 with `Retry-After`. */
export interface ThrottleRule {
  count: number
  readonly retryAfterSeconds: number
  /** Throttles only calls whose path starts with this (e.g. `/users`); every call when absent. */
  readonly path?: string
  readonly method?: string
}

export interface GraphServer {
  /** The Graph base URL to configure the client with, e.g. `http://127.0.0.1:4444/v1.0`. */
  readonly baseUrl: string
  readonly origin: string
  readonly world: () => GraphWorld
  readonly requests: RecordedRequest[]
  readonly throttle: (rule: ThrottleRule) => void
  /** Lost answers, dropped connections, throttling with dates (`faults.ts`). */
  readonly faults: Faults
  /** The delay added to each Graph call (`latency.ts`), 0 until a benchmark sets `ms`. */
  readonly latency: Latency
  /** Reseeds the world (new ids), forgets requests and throttling. */
  readonly reset: () => void
  /** Adds a client tenant under GDAP with SKUs of the given parts and seats (tests' fixtures); resolves to its id. */
  readonly addTenant: (tenant: NewTenant) => string
  /** Bodies the server was about to send that the schema refuses (it answered 500 instead). */
  readonly schemaViolations: string[]
  readonly close: () => Promise<void>
}

export const VERSION_PATH = '/v1.0'
/** Every Graph route the server serves (the authorization test checks each has its permission row). */
export const GRAPH_ROUTES: readonly Route[] = [
  ...tenancyRoutes,
  ...userRoutes,
  ...sharePointRoutes,
  ...listRoutes,
  ...domainRoutes,
  ...servicePrincipalRoutes,
]

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, If-Match, Retry-Attempt, SdkVersion, client-request-id, ConsistencyLevel, Prefer',
  // Real Graph doesn't list Retry-After here, so a page can't read it on a throttled call
  // (microsoftgraph/microsoft-graph-docs-contrib#2011); inside a $batch body it still can.
  'Access-Control-Expose-Headers': 'ETag, Location, request-id, client-request-id',
  'Access-Control-Max-Age': '600',
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return readJsonBody(request).catch((error: unknown) => {
    throw error instanceof SyntaxError ? badRequest('Unable to read JSON request payload.', 'BadRequest') : error
  })
}

function checkSchema(route: Route, response: GraphResponse): void {
  if (!route.returns || response.status >= 300) return
  const item = /^Collection\((.+)\)$/.exec(route.returns)?.[1]
  if (item) assertCollectionConforms(item, response.body)
  else assertConforms(route.returns, response.body)
}

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  let world = seedWorld()
  const requests: RecordedRequest[] = []
  const throttles: ThrottleRule[] = []
  const schemaViolations: string[] = []
  const faults = createFaults()
  const latency = createLatency()
  const validate = tokenValidator({
    keys: options.keys,
    authorityOrigin: options.authorityOrigin,
    audience: options.audience ?? GRAPH_AUDIENCE,
    tenantIds: () => [...world.tenants.keys()],
  })

  function throttled(call: GraphCall): GraphHttpError | undefined {
    const rule = throttles.find(
      r => r.count > 0 && (!r.path || call.path.startsWith(r.path)) && (!r.method || r.method === call.method),
    )
    if (!rule) return undefined
    rule.count--
    return new GraphHttpError(429, 'TooManyRequests', 'Too many requests, retry after the time in Retry-After.', {
      'Retry-After': String(rule.retryAfterSeconds),
    })
  }

  async function dispatch(call: GraphCall, inBatch: number | null): Promise<GraphResponse> {
    let response: GraphResponse
    try {
      const throttle = throttled(call) ?? faults.before(call, inBatch !== null)
      if (throttle) throw throttle
      if (call.path === '/$batch' && call.method === 'POST' && inBatch === null) {
        const index = requests.length
        requests.push({
          method: call.method,
          path: call.path,
          tenantId: call.caller.tenantId,
          body: call.body,
          status: 200,
          inBatch: null,
        })
        return faults.after(call, false, await runBatch(call, step => dispatch(step, index)))
      }
      const match = GRAPH_ROUTES.map(route => ({
        route,
        params: route.method === call.method ? route.pattern.exec(call.path) : null,
      })).find(m => m.params)
      if (!match)
        throw badRequest(`Resource not found for the segment '${call.path}' and method ${call.method}.`, 'BadRequest')
      authorize(call)
      response = await match.route.handle(
        call,
        match.params!.slice(1).map(p => decodeURIComponent(p)),
      )
      try {
        checkSchema(match.route, response)
      } catch (error) {
        schemaViolations.push(`${call.method} ${call.path}: ${(error as Error).message}`)
        throw new GraphHttpError(500, 'generalException', 'The test server produced a body outside the Graph schema.')
      }
    } catch (error) {
      if (!(error instanceof GraphHttpError)) throw error
      response = errorResponse(error)
    }
    response = faults.after(call, inBatch !== null, response)
    requests.push({
      method: call.method,
      path: call.path + call.url.search,
      tenantId: call.caller.tenantId,
      body: call.body,
      status: response.status,
      inBatch,
    })
    return response
  }

  async function respond(request: IncomingMessage, origin: string): Promise<GraphResponse> {
    const url = new URL(request.url ?? '/', origin)
    if (request.method === 'OPTIONS') return { status: 204 }
    const control = controlRoutes.find(r => r.method === request.method && r.pattern.test(url.pathname))
    if (control) {
      const params = control.pattern.exec(url.pathname)!.slice(1)
      return control.handle(
        { world, requests, throttles, faults, schemaViolations, reseed: () => (world = seedWorld()) },
        params,
        await readBody(request),
      )
    }
    try {
      if (!url.pathname.startsWith(`${VERSION_PATH}/`))
        throw badRequest(`Invalid version: ${url.pathname.split('/')[1] ?? ''}`, 'BadRequest')
      await latency.wait()
      const caller = await validate(request.headers.authorization)
      const body = await readBody(request)
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]))
      const path = url.pathname.slice(VERSION_PATH.length)
      const call = {
        method: request.method ?? 'GET',
        url,
        path,
        headers,
        body,
        caller,
        world,
        baseUrl: origin + VERSION_PATH,
      }
      return faults.settle(call, await dispatch(call, null))
    } catch (error) {
      if (error instanceof GraphHttpError) return errorResponse(error)
      throw error
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`
    respond(request, origin).then(
      answer => {
        if (faults.dropped(answer)) return void response.destroy()
        response.writeHead(answer.status, { ...CORS_HEADERS, ...answer.headers })
        response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body))
      },
      (error: unknown) => {
        response.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'text/plain' })
        response.end(String((error as Error)?.stack ?? error))
      },
    )
  })
  await new Promise<void>(resolve => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`
  return {
    baseUrl: origin + VERSION_PATH,
    origin,
    world: () => world,
    requests,
    schemaViolations,
    throttle: rule => throttles.push({ ...rule }),
    faults,
    latency,
    addTenant: tenant => addClientTenant(world, tenant),
    reset: () => {
      world = seedWorld()
      requests.length = 0
      throttles.length = 0
      faults.clear()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      }),
  }
}
