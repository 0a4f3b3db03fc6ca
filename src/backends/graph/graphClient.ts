import type { Context, Middleware } from '@microsoft/microsoft-graph-client'
import type { GraphTokenSource, TenantTokenProblem, TokenTenant } from './tokens'
import {
  Client,
  GraphError,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client'
import { CONSENT_NEEDED, SIGN_IN_NEEDED, TenantConsentNeeded, TenantSignInNeeded, tokenProblemIn } from './tokens'

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0'

/** A Graph call that failed, with Graph's own `error.code` (`Request_BadRequest`, `preconditionFailed`…). */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'GraphRequestError'
  }
}

/**
 * Puts the tenant's token on every request. The SDK's own authentication handler only does so
 * for https Graph hosts; this one trusts the configured base URL, the only place requests go.
 */
class TenantTokenMiddleware implements Middleware {
  private next?: Middleware

  constructor(
    private readonly tokens: GraphTokenSource,
    private readonly tenant: TokenTenant,
  ) {}

  async execute(context: Context): Promise<void> {
    const token = await this.tokens.token(this.tenant)
    const init = (context.options ??= {})
    const headers = new Headers(init.headers as HeadersInit | undefined)
    headers.set('Authorization', `Bearer ${token}`)
    init.headers = Object.fromEntries(headers.entries())
    return this.next!.execute(context)
  }

  setNext(next: Middleware): void {
    this.next = next
  }
}

export interface RetryPolicy {
  /** Retries after a 429, 503 or 504 (honouring Retry-After); 3 by default, as the SDK does. */
  readonly maxRetries: number
  /** Seconds to wait when the answer names none. */
  readonly delaySeconds: number
}

const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, delaySeconds: 3 }

/**
 * The SDK rebuilds an error thrown in the middleware chain as a `GraphError` named after it:
 * a silent-only tenant's "sign-in needed" comes back typed, for the tenant the request was for.
 */
function tokenProblem(error: unknown, tenant: TokenTenant): TenantTokenProblem | undefined {
  const found = tokenProblemIn(error)
  if (found || tenant === 'partner' || !(error instanceof GraphError)) return found
  if (error.code === SIGN_IN_NEEDED) return new TenantSignInNeeded(tenant.clientTenantId, { cause: error })
  if (error.code === CONSENT_NEEDED) return new TenantConsentNeeded(tenant.clientTenantId, { cause: error })
  return undefined
}

function toRequestError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error
  if (error instanceof GraphError)
    return new GraphRequestError(error.statusCode, error.code ?? 'unknown', error.message, { cause: error })
  return new GraphRequestError(0, 'network', (error as Error)?.message ?? String(error), { cause: error })
}

export interface GraphCallOptions {
  /** The ETag the record was read at: Graph refuses the write with 412 if it changed since. */
  readonly ifMatch?: string
}

/** The Graph calls the adapter makes, each for one tenant, errors as `GraphRequestError`. */
export interface GraphClient {
  readonly baseUrl: string
  readonly retry: RetryPolicy
  get: <T>(tenant: TokenTenant, path: string) => Promise<T>
  /** Every item of a collection, following `@odata.nextLink` to the end. */
  list: <T>(tenant: TokenTenant, path: string) => Promise<T[]>
  post: <T>(tenant: TokenTenant, path: string, body: unknown) => Promise<T>
  patch: <T>(tenant: TokenTenant, path: string, body: unknown, options?: GraphCallOptions) => Promise<T | undefined>
  delete: (tenant: TokenTenant, path: string, options?: GraphCallOptions) => Promise<void>
}

export interface GraphClientOptions {
  readonly baseUrl?: string
  readonly tokens: GraphTokenSource
  readonly retry?: Partial<RetryPolicy>
}

function tenantKey(tenant: TokenTenant): string {
  if (tenant === 'partner') return 'partner'
  return tenant.silentOnly ? `${tenant.clientTenantId} silent` : tenant.clientTenantId
}

/**
 * The SDK's client, one per tenant, with our chain: the tenant's token, then retries of
 * throttled and unavailable answers (Retry-After honoured), then the fetch itself.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '')
  const retry = { ...DEFAULT_RETRY, ...options.retry }
  const clients = new Map<string, Client>()

  function clientFor(tenant: TokenTenant): Client {
    const key = tenantKey(tenant)
    let client = clients.get(key)
    if (!client) {
      const auth = new TenantTokenMiddleware(options.tokens, tenant)
      const retryHandler = new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries))
      auth.setNext(retryHandler)
      retryHandler.setNext(new HTTPMessageHandler())
      // The version is part of the base URL, which may be a local server over http.
      client = Client.initWithMiddleware({ baseUrl, defaultVersion: '', middleware: auth })
      clients.set(key, client)
    }
    return client
  }

  /** `@odata.nextLink` is absolute; the SDK only strips https bases itself, so make it relative. */
  function relative(link: string): string {
    if (!link.startsWith(baseUrl))
      throw new GraphRequestError(0, 'unexpectedNextLink', `A next page outside ${baseUrl}: ${link}`)
    return link.slice(baseUrl.length)
  }

  async function call<T>(tenant: TokenTenant, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      throw tokenProblem(error, tenant) ?? toRequestError(error)
    }
  }

  function request(tenant: TokenTenant, path: string, callOptions?: GraphCallOptions) {
    const built = clientFor(tenant).api(path)
    return callOptions?.ifMatch ? built.header('If-Match', callOptions.ifMatch) : built
  }

  return {
    baseUrl,
    retry,
    get: (tenant, path) => call(tenant, () => request(tenant, path).get()),
    list: async <T>(tenant: TokenTenant, path: string) => {
      const items: T[] = []
      let next: string | undefined = path
      while (next !== undefined) {
        const page: { value: T[]; '@odata.nextLink'?: string } = await call(tenant, () => request(tenant, next!).get())
        items.push(...page.value)
        next = page['@odata.nextLink'] === undefined ? undefined : relative(page['@odata.nextLink'])
      }
      return items
    },
    post: (tenant, path, body) => call(tenant, () => request(tenant, path).post(body)),
    patch: (tenant, path, body, callOptions) => call(tenant, () => request(tenant, path, callOptions).patch(body)),
    delete: (tenant, path, callOptions) => call(tenant, () => request(tenant, path, callOptions).delete()),
  }
}
