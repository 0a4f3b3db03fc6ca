import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { KeySource } from '../graph/auth'
import type { GraphWorld } from '../graph/world'
import type { Row } from './cmdlets'
import type { ExchangeWorld } from './world'
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { tokenValidator } from '../graph/auth'
import { technicianRoles } from '../graph/gdap'
import { ROLE } from '../graph/gdapRoles'
import { GraphHttpError } from '../graph/http'
import { readJsonBody } from '../readJsonBody'
import { ExchangeError, runCmdlet } from './cmdlets'
import { newExchangeWorld } from './world'

/**
 * An Exchange Online admin API test server: `POST /adminapi/beta/<tenant>/InvokeCommand` with
 * `{ "CmdletInput": { "CmdletName": "...", "Parameters": { ... } } }`, as the Exchange Online
 * PowerShell module (v3, REST) sends it, for exactly the cmdlets the console runs (`cmdlets.ts`).
 * Microsoft documents this envelope for its Admin API (preview, `/adminapi/v2.0/<tenant>/<endpoint>`,
 * https://learn.microsoft.com/exchange/reference/admin-api-get-started); the module's `InvokeCommand`
 * endpoint and its answers are documented nowhere (README, "Exchange admin test server").
 *
 * It serves servers only: a request with an `Origin` header is refused and no CORS header is ever
 * sent. A token must be for Exchange (`https://outlook.office365.com`), from the tenant named in
 * the path, with Exchange's delegated permission, for a technician holding Exchange Administrator
 * (or Global Administrator) there through GDAP. Test-only: `/_test/requests` lists the calls,
 * `PUT /_test/throttle` `{ count, kind: 'tooMany' | 'busy', retryAfterSeconds }` answers the next calls throttled.
 */

export const EXCHANGE_RESOURCE = 'https://outlook.office365.com'

/**
 * The delegated permission of "Office 365 Exchange Online" the module's app asks (`Exchange.Manage`), and the Admin
 * API's (`Exchange.ManageV2`, https://learn.microsoft.com/exchange/reference/admin-api-get-started).
 */
const EXCHANGE_SCOPES = ['Exchange.Manage', 'Exchange.ManageV2']

/**
 * Who may run the console's cmdlets in a customer tenant over GDAP: Exchange Administrator (or Global Administrator),
 * the roles https://learn.microsoft.com/powershell/partnercenter/exchange-online-gdap-app names for Exchange
 * management by partners.
 */
const EXCHANGE_ROLES: readonly string[] = [ROLE.exchangeAdministrator, ROLE.globalAdministrator]

export interface ExchangeServerOptions {
  readonly port?: number
  readonly host?: string
  readonly keys: KeySource
  readonly authorityOrigin: string
  /** The Graph server's current world (replaced on reset): tenants, users, licences and GDAP. */
  readonly world: () => GraphWorld
}

export interface ExchangeRequest {
  readonly tenant: string
  readonly cmdlet: string
  readonly parameters: unknown
  readonly clientRequestId: string | undefined
  readonly status: number
}

export interface ExchangeServer {
  /** Like `https://outlook.office365.com`: calls go to `<baseUrl>/adminapi/beta/<tenant>/InvokeCommand`. */
  readonly baseUrl: string
  readonly requests: ExchangeRequest[]
  readonly exchange: () => ExchangeWorld
  /** The next `count` calls are throttled. */
  readonly throttle: (count: number, kind?: 'tooMany' | 'busy', retryAfterSeconds?: number) => void
  readonly close: () => Promise<void>
}

interface Answer {
  readonly status: number
  readonly headers?: Record<string, string>
  readonly body?: unknown
}

const STATUS_CODE: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
}

/** Exchange's error: the exception type and text behind `|`, as the module prints it. */
function errorAnswer(error: ExchangeError, headers: Record<string, string> = {}): Answer {
  const text = `|${error.exception}|${error.message}`
  return {
    status: error.status,
    headers,
    body: {
      error: {
        code: STATUS_CODE[error.status] ?? 'InternalServerError',
        message: text,
        details: [{ code: 'Context', target: '', message: `Ex${randomBytes(3).toString('hex').toUpperCase()}${text}` }],
      },
    },
  }
}

export async function startExchangeServer(options: ExchangeServerOptions): Promise<ExchangeServer> {
  const requests: ExchangeRequest[] = []
  let exchange = newExchangeWorld(options.world)
  let seenWorld = options.world()
  let throttled: { count: number; kind: 'tooMany' | 'busy'; retryAfterSeconds: number } = {
    count: 0,
    kind: 'tooMany',
    retryAfterSeconds: 1,
  }
  const validate = tokenValidator({
    keys: options.keys,
    authorityOrigin: options.authorityOrigin,
    audience: EXCHANGE_RESOURCE,
    tenantIds: () => [...options.world().tenants.keys()],
  })

  function current(): ExchangeWorld {
    // A Graph reset replaces its world: the Exchange state seeded from it starts again too.
    if (options.world() !== seenWorld) {
      seenWorld = options.world()
      exchange = newExchangeWorld(options.world)
    }
    return exchange
  }

  async function respond(request: IncomingMessage): Promise<Answer> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const method = request.method ?? 'GET'
    const clientRequestId = request.headers['client-request-id'] as string | undefined
    const headers: Record<string, string> = {
      'request-id': randomUUID(),
      ...(clientRequestId ? { 'client-request-id': clientRequestId } : {}),
    }
    if (url.pathname === '/_test/requests')
      return method === 'DELETE' ? ((requests.length = 0), { status: 204 }) : { status: 200, body: { requests } }
    if (url.pathname === '/_test/throttle' && method === 'PUT') {
      const asked = ((await readJsonBody(request).catch(() => undefined)) ?? {}) as Partial<typeof throttled>
      throttled = {
        count: Number(asked.count ?? 1),
        kind: asked.kind === 'busy' ? 'busy' : 'tooMany',
        retryAfterSeconds: Number(asked.retryAfterSeconds ?? 1),
      }
      return { status: 200, body: throttled }
    }
    // Exchange's admin API serves PowerShell and servers: no browser page may call it.
    if (request.headers.origin !== undefined || method === 'OPTIONS')
      return errorAnswer(
        new ExchangeError(403, 'System.UnauthorizedAccessException', 'Cross-origin requests are not served.'),
        headers,
      )
    const route = /^\/adminapi\/beta\/([^/]+)\/InvokeCommand$/.exec(url.pathname)
    if (!route || method !== 'POST')
      return errorAnswer(new ExchangeError(404, 'System.Web.HttpException', `No resource at ${url.pathname}.`), headers)
    const world = current()
    const graph = options.world()
    const named = decodeURIComponent(route[1]!).toLowerCase()
    const tenantId = [...graph.tenants.entries()].find(
      ([id, directory]) => id === named || directory.domains.some(domain => domain.id.toLowerCase() === named),
    )?.[0]
    let cmdlet = ''
    let parameters: unknown
    const record = (status: number) =>
      requests.push({ tenant: tenantId ?? named, cmdlet, parameters, clientRequestId, status })
    try {
      const caller = await validate(request.headers.authorization).catch((error: unknown) => {
        throw error instanceof GraphHttpError
          ? new ExchangeError(401, 'System.UnauthorizedAccessException', error.message)
          : error
      })
      if (!tenantId || caller.tenantId !== tenantId)
        throw new ExchangeError(
          401,
          'System.UnauthorizedAccessException',
          "The token's tenant is not the organization in the request.",
        )
      if (!caller.scopes.some(scope => EXCHANGE_SCOPES.includes(scope)))
        throw new ExchangeError(
          403,
          'System.UnauthorizedAccessException',
          "The token lacks Exchange's delegated permission (Exchange.Manage).",
        )
      if (tenantId !== graph.partnerTenantId) {
        const held = technicianRoles(graph.gdap, tenantId)
        if (!EXCHANGE_ROLES.some(role => held.has(role)))
          throw new ExchangeError(
            403,
            'Microsoft.Exchange.Configuration.Tasks.AccessDeniedException',
            "The user isn't assigned to any management roles that allow this cmdlet in the organization.",
          )
      }
      const body = (await readJsonBody(request).catch(() => undefined)) as
        { CmdletInput?: { CmdletName?: unknown; Parameters?: unknown } } | undefined
      cmdlet = typeof body?.CmdletInput?.CmdletName === 'string' ? body.CmdletInput.CmdletName : ''
      parameters = body?.CmdletInput?.Parameters ?? {}
      if (!cmdlet || typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
        throw new ExchangeError(
          400,
          'System.ArgumentException',
          'The body must be { "CmdletInput": { "CmdletName": "...", "Parameters": { ... } } }.',
        )
      if (throttled.count > 0) {
        throttled.count--
        record(throttled.kind === 'busy' ? 503 : 429)
        return throttled.kind === 'busy'
          ? errorAnswer(
              new ExchangeError(
                503,
                'Microsoft.Exchange.Data.Storage.ServerBusyException',
                'The server is busy. Try again later.',
              ),
              headers,
            )
          : errorAnswer(
              new ExchangeError(
                429,
                'Microsoft.Exchange.Net.Throttling.ThrottlingException',
                'Too many requests. Try again later.',
              ),
              { ...headers, 'Retry-After': String(throttled.retryAfterSeconds) },
            )
      }
      const rows: Row[] = runCmdlet(world, tenantId, cmdlet, parameters as Record<string, unknown>)
      record(200)
      return {
        status: 200,
        headers,
        body: {
          '@odata.context': `${EXCHANGE_RESOURCE}/adminapi/beta/${tenantId}/$metadata#Collection(Exchange.GenericHashTable)`,
          value: rows,
        },
      }
    } catch (error) {
      if (!(error instanceof ExchangeError)) throw error
      record(error.status)
      return errorAnswer(error, headers)
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    respond(request).then(
      answer => {
        response.writeHead(answer.status, {
          ...answer.headers,
          ...(answer.body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
        })
        response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body))
      },
      (error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain' })
        response.end(String((error as Error)?.stack ?? error))
      },
    )
  })
  await new Promise<void>(resolve => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://${options.host ?? '127.0.0.1'}:${port}`,
    requests,
    exchange: current,
    throttle: (count, kind = 'tooMany', retryAfterSeconds = 1) => {
      throttled = { count, kind, retryAfterSeconds }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      }),
  }
}
