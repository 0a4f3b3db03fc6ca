import { randomUUID } from 'node:crypto'

/** A failure the server answers with Graph's error envelope. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message)
  }
}

/** What one handler answers: the server (or `$batch`) writes it out. */
export interface GraphResponse {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

/** Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function errorResponse(error: GraphHttpError): GraphResponse {
  const requestId = randomUUID()
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json', ...error.headers },
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d+Z$/, ''),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    },
  }
}

export function badRequest(message: string, code = 'Request_BadRequest'): GraphHttpError {
  return new GraphHttpError(400, code, message)
}

export function notFound(message: string): GraphHttpError {
  return new GraphHttpError(404, 'Request_ResourceNotFound', message)
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): GraphResponse {
  return { status, body, headers: { 'Content-Type': 'application/json', ...headers } }
}

const DEFAULT_PAGE = 100
const MAX_PAGE = 999

/**
 * One page of a collection, as Graph pages: `$top` items (100 when not asked), and an opaque
 * `$skiptoken` in `@odata.nextLink` while more remain. `$select` keeps only the named
 * properties (and `id`); without it, only `defaults` when the type has a default set.
 */
export function page<T extends object>(
  items: readonly T[],
  url: URL,
  context: string,
  defaults?: readonly string[],
): GraphResponse {
  const topParam = url.searchParams.get('$top')
  const top = topParam === null ? DEFAULT_PAGE : Number(topParam)
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE)
    throw badRequest(`Invalid page size specified: '${topParam}'. Must be between 1 and ${MAX_PAGE} inclusive.`)
  const skipToken = url.searchParams.get('$skiptoken')
  const offset = skipToken === null ? 0 : Number(Buffer.from(skipToken, 'base64url').toString('utf8'))
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('Invalid skip token.', 'Directory_ExpiredPageToken')
  const slice = items.slice(offset, offset + top).map(item => project(item, url, defaults))
  const body: Record<string, unknown> = { '@odata.context': context, value: slice }
  if (offset + top < items.length) {
    const next = new URL(url)
    next.searchParams.set('$top', String(top))
    next.searchParams.set('$skiptoken', Buffer.from(String(offset + top)).toString('base64url'))
    body['@odata.nextLink'] = next.toString()
  }
  return json(body)
}

/** `$select` for one entity: the named properties and `id`; `defaults` when nothing is selected. */
export function project<T extends object>(item: T, url: URL, defaults?: readonly string[]): Partial<T> {
  const select = url.searchParams.get('$select')
  const keep = select ? ['id', ...select.split(',').map(name => name.trim())] : defaults
  if (!keep) return item
  // Annotations (`@odata.type` of a directoryObject) come with every item, selected or not.
  return Object.fromEntries(
    Object.entries(item).filter(([key]) => keep.includes(key) || key.startsWith('@odata.')),
  ) as Partial<T>
}

/** A copy of `value` without the named properties. */
export function without<T extends object, K extends string>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !(keys as string[]).includes(key))) as Omit<T, K>
}
