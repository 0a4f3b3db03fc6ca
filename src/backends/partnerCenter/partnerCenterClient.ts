import type { PartnerCenterErrorBody } from './partnerCenterTypes'
import type { PartnerCenterTokenSource } from './tokens'

/** A Partner Center call that failed, with its HTTP status and Partner Center's own `code` and `description`. */
export class PartnerCenterRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    options?: ErrorOptions,
  ) {
    super(`Partner Center answered ${status} ${code}: ${description}`, options)
    this.name = 'PartnerCenterRequestError'
  }
}

export interface PartnerCenterClient {
  readonly get: <T>(path: string) => Promise<T>
  /** A HEAD: true for 200, false for 404, an error otherwise (Partner Center's existence checks). */
  readonly exists: (path: string) => Promise<boolean>
  readonly post: <T>(path: string, body: unknown) => Promise<T>
  readonly patch: <T>(path: string, body: unknown) => Promise<T>
}

export interface PartnerCenterClientOptions {
  /** Partner Center's root without the version, e.g. `https://api.partnercenter.microsoft.com`. */
  readonly baseUrl: string
  readonly tokens: PartnerCenterTokenSource
  readonly fetch?: typeof fetch
}

async function errorOf(response: Response): Promise<PartnerCenterRequestError> {
  const text = await response.text()
  try {
    const body = JSON.parse(text) as Partial<PartnerCenterErrorBody>
    return new PartnerCenterRequestError(
      response.status,
      String(body.code ?? response.status),
      body.description ?? text,
    )
  } catch {
    return new PartnerCenterRequestError(response.status, String(response.status), text || response.statusText)
  }
}

/** Partner Center's REST API (v1) with the partner's token on every call; errors as `PartnerCenterRequestError`. */
export function createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/v1`
  const send = options.fetch ?? ((input, init) => fetch(input, init))

  async function request(method: string, path: string, body?: unknown): Promise<Response> {
    const token = await options.tokens.token()
    // Partner Center's REST headers: each call is its own operation here, so a fresh correlation id too.
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'MS-RequestId': crypto.randomUUID(),
      'MS-CorrelationId': crypto.randomUUID(),
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    try {
      return await send(`${root}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch (error) {
      throw new PartnerCenterRequestError(0, 'network', (error as Error)?.message ?? String(error), { cause: error })
    }
  }

  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await request(method, path, body)
    if (!response.ok) throw await errorOf(response)
    return (await response.json()) as T
  }

  return {
    get: path => json('GET', path),
    exists: async path => {
      const response = await request('HEAD', path)
      if (response.status === 404) return false
      if (!response.ok) throw await errorOf(response)
      return true
    },
    post: (path, body) => json('POST', path, body),
    patch: (path, body) => json('PATCH', path, body),
  }
}
