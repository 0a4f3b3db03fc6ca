import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { KeySource } from '../graph/auth'
import type { PropagationDelays } from '../graph/propagation'
import type { GraphWorld } from '../graph/world'
import type { PartnerCenterResponse } from './routes'
import { createServer } from 'node:http'
import { PARTNER_CENTER_RESOURCE } from '../../src/auth/partnerCenterScopes'
import { tokenValidator } from '../graph/auth'
import { DEFAULT_PROPAGATION } from '../graph/propagation'
import { readJsonBody } from '../readJsonBody'
import { GraphHttpError } from '../graph/http'
import { setAdminAgent } from './applicationConsents'
import { isCommercePath } from './commerce'
import { handlePartnerCenterCall, PartnerCenterHttpError } from './routes'

/**
 * A Partner Center-compatible server for tests: the customer, order and subscription calls the
 * console makes, on the same world as the Graph server (a customer it creates is a GDAP customer
 * there, with its subscribed SKUs), behind bearer tokens for Partner Center's resource issued at
 * the partner's authority. What it changes shows in Graph after a delay, as in Microsoft 365
 * (`../graph/propagation.ts`). Test-only: `/_test/requests` says what it received,
 * `/_test/propagation` reads (GET) or sets (PUT, either delay in milliseconds) the delays,
 * `PUT /_test/customer-delay` `{ companyName, customerMs }` gives the customer of that name its own delay, and
 * `PUT /_test/throttle` `{ count, retryAfterSeconds }` throttles the next calls, and `PUT /_test/admin-agent`
 * `{ member }` puts the technician in Partner Center's AdminAgents group or takes them out.
 */

export interface PartnerCenterServerOptions {
  readonly port?: number
  readonly host?: string
  readonly keys: KeySource
  readonly authorityOrigin: string
  /** The Graph server's current world (it is replaced on reset). */
  readonly world: () => GraphWorld
  /** How long a new customer and a seat change take to show in Graph; `DEFAULT_PROPAGATION` for what is left out. */
  readonly propagation?: Partial<PropagationDelays>
  /**
   * `true` (the default, for now): the console's page may still call the routes it calls today (customers, orders,
   * subscriptions, domains, with CORS for any origin), and a customer needs no street address. `false`: Partner
   * Center as documented, for the relay: no browser origin anywhere, and a new customer's address validated. New
   * commerce's routes (`commerce.ts`) refuse browser origins either way.
   */
  readonly allowBrowserConsole?: boolean
}

export interface PartnerCenterRequest {
  readonly method: string
  /** Under `/v1`: `/customers/<id>/orders`. */
  readonly path: string
  readonly body: unknown
  readonly status: number
}

export interface PartnerCenterServer {
  /** What the console is configured with: the origin, without `/v1`. */
  readonly baseUrl: string
  readonly requests: PartnerCenterRequest[]
  /** The delays now, and a change to them (for what happens from then on). */
  readonly propagation: () => PropagationDelays
  readonly setPropagation: (delays: Partial<PropagationDelays>) => void
  readonly close: () => Promise<void>
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, MS-RequestId, MS-CorrelationId',
  'Access-Control-Max-Age': '600',
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  try {
    return await readJsonBody(request)
  } catch {
    throw new PartnerCenterHttpError(400, 600001, 'BadRequest', 'The request body is not JSON.')
  }
}

function isDelay(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0
}

function errorBody(error: PartnerCenterHttpError): PartnerCenterResponse {
  return {
    status: error.status,
    body: {
      code: error.code,
      description: error.description,
      errorName: error.errorName,
      data: [],
      source: 'PartnerFD',
    },
  }
}

export async function startPartnerCenterServer(options: PartnerCenterServerOptions): Promise<PartnerCenterServer> {
  const requests: PartnerCenterRequest[] = []
  let propagation: PropagationDelays = { ...DEFAULT_PROPAGATION, ...options.propagation }
  const customerDelays = new Map<string, number>()
  const validate = tokenValidator({
    keys: options.keys,
    authorityOrigin: options.authorityOrigin,
    audience: PARTNER_CENTER_RESOURCE,
    // Partner Center is the partner's: its tokens come from the partner's own authority only.
    tenantIds: () => [options.world().partnerTenantId],
  })

  const allowBrowserConsole = options.allowBrowserConsole ?? true
  /** The next calls to throttle (`PUT /_test/throttle`), and the Retry-After they say. */
  let throttle = { count: 0, retryAfterSeconds: 1 }

  /**
   * Whether a browser page's call is refused: no Microsoft source says Partner Center's API answers CORS, and every
   * Microsoft sample calls it from a server (README, "The test world refuses what Microsoft refuses").
   */
  function refusesBrowser(request: IncomingMessage, method: string, pathname: string): boolean {
    if (request.headers.origin === undefined || pathname.startsWith('/_test/')) return false
    return !allowBrowserConsole || isCommercePath(method, pathname.replace(/^\/v1(?=\/)/, ''))
  }

  async function respond(request: IncomingMessage): Promise<PartnerCenterResponse> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const method = request.method ?? 'GET'
    if (refusesBrowser(request, method, url.pathname))
      return errorBody(
        new PartnerCenterHttpError(
          403,
          600004,
          'Forbidden',
          'Partner Center does not accept calls from a browser page.',
        ),
      )
    if (method === 'OPTIONS') return { status: 204 }
    if (url.pathname === '/_test/requests')
      return method === 'DELETE' ? ((requests.length = 0), { status: 204 }) : { status: 200, body: { requests } }
    if (url.pathname === '/_test/propagation') {
      if (method === 'PUT') {
        const delays = (await readBody(request).catch(() => undefined)) as
          Partial<Record<keyof PropagationDelays, unknown>> | undefined
        if (!delays || ![delays.customerMs, delays.seatsMs].every(value => value === undefined || isDelay(value)))
          return {
            status: 400,
            body: { description: 'Give customerMs and/or seatsMs as whole milliseconds, 0 or more.' },
          }
        propagation = {
          customerMs: (delays.customerMs as number | undefined) ?? propagation.customerMs,
          seatsMs: (delays.seatsMs as number | undefined) ?? propagation.seatsMs,
        }
      }
      return { status: 200, body: propagation }
    }
    if (url.pathname === '/_test/customer-delay' && method === 'PUT') {
      const { companyName, customerMs } = ((await readBody(request).catch(() => undefined)) ?? {}) as {
        companyName?: unknown
        customerMs?: unknown
      }
      if (typeof companyName !== 'string' || !isDelay(customerMs))
        return { status: 400, body: { description: 'Give companyName and customerMs in whole milliseconds.' } }
      customerDelays.set(companyName, customerMs)
      return { status: 200, body: { companyName, customerMs } }
    }
    if (url.pathname === '/_test/admin-agent' && method === 'PUT') {
      const { member } = ((await readBody(request).catch(() => undefined)) ?? {}) as { member?: unknown }
      if (typeof member !== 'boolean') return { status: 400, body: { description: 'Give member as true or false.' } }
      setAdminAgent(options.world(), member)
      return { status: 200, body: { member } }
    }
    if (url.pathname === '/_test/throttle' && method === 'PUT') {
      const asked = (await readBody(request).catch(() => undefined)) as
        { count?: unknown; retryAfterSeconds?: unknown } | undefined
      if (!isDelay(asked?.count) || !isDelay(asked?.retryAfterSeconds))
        return { status: 400, body: { description: 'Give count and retryAfterSeconds as whole numbers, 0 or more.' } }
      throttle = { count: asked.count, retryAfterSeconds: asked.retryAfterSeconds }
      return { status: 200, body: throttle }
    }
    let body: unknown
    let path = url.pathname
    try {
      if (!path.startsWith('/v1/')) throw new PartnerCenterHttpError(404, 600008, 'NotFound', `No resource at ${path}.`)
      path = path.slice('/v1'.length)
      // "API throttling guidance": a throttled call answers 429 with a Retry-After header
      // (https://learn.microsoft.com/partner-center/developer/api-throttling-guidance).
      if (throttle.count > 0) {
        throttle.count--
        throw new PartnerCenterHttpError(429, 429, 'TooManyRequests', 'Too many requests. Try again later.')
      }
      const caller = await validate(request.headers.authorization).catch((error: unknown) => {
        throw error instanceof GraphHttpError
          ? new PartnerCenterHttpError(401, 900001, 'Unauthorized', error.message)
          : error
      })
      if (!caller.scopes.includes('user_impersonation'))
        throw new PartnerCenterHttpError(403, 900002, 'Forbidden', 'The token lacks the user_impersonation permission.')
      body = await readBody(request)
      const response = handlePartnerCenterCall({
        method,
        path,
        query: url.searchParams,
        body,
        caller,
        world: options.world(),
        propagation,
        customerDelays,
        asDocumented: !allowBrowserConsole,
      })
      requests.push({ method, path, body, status: response.status })
      return response
    } catch (error) {
      if (!(error instanceof PartnerCenterHttpError)) throw error
      requests.push({ method, path, body, status: error.status })
      return errorBody(error)
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    respond(request).then(
      answer => {
        const url = new URL(request.url ?? '/', 'http://localhost')
        const headers = {
          ...(refusesBrowser(request, request.method ?? 'GET', url.pathname) ? {} : CORS_HEADERS),
          ...(answer.body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
        }
        if (answer.status === 429) Object.assign(headers, { 'Retry-After': String(throttle.retryAfterSeconds) })
        response.writeHead(answer.status, headers)
        response.end(answer.body === undefined || request.method === 'HEAD' ? undefined : JSON.stringify(answer.body))
      },
      (error: unknown) => {
        response.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'text/plain' })
        response.end(String((error as Error)?.stack ?? error))
      },
    )
  })
  await new Promise<void>(resolve => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://${options.host ?? '127.0.0.1'}:${port}`,
    requests,
    propagation: () => propagation,
    setPropagation: delays => {
      propagation = { ...propagation, ...delays }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      }),
  }
}
