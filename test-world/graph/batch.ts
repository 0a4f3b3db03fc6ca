import type { GraphResponse } from './http'
import type { GraphCall } from './router'
import { badRequest } from './http'

const MAX_BATCH = 20

interface BatchRequest {
  readonly id: string
  readonly method: string
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
  readonly dependsOn?: readonly string[]
}

function requestsOf(body: unknown): BatchRequest[] {
  const requests = (body as { requests?: unknown } | null)?.requests
  if (!Array.isArray(requests) || requests.length === 0) throw badRequest('Invalid batch payload format.', 'BadRequest')
  if (requests.length > MAX_BATCH)
    throw badRequest(`Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`, 'BadRequest')
  const ids = new Set<string>()
  for (const request of requests as BatchRequest[]) {
    if (typeof request?.id !== 'string' || typeof request.method !== 'string' || typeof request.url !== 'string')
      throw badRequest('Each batch request needs an id, a method and a url.', 'BadRequest')
    if (ids.has(request.id)) throw badRequest(`Batch request id '${request.id}' is used more than once.`, 'BadRequest')
    if (request.url.startsWith('http'))
      throw badRequest('Batch request urls are relative to the version, e.g. /users.', 'BadRequest')
    ids.add(request.id)
  }
  return requests as BatchRequest[]
}

/**
 * `POST /$batch`: each step runs as if sent alone (same token, same rules), in order; a step
 * whose dependency failed answers 424. Sub-response headers are named `Content-Type`, exactly,
 * as Graph does and as the SDK's BatchResponseContent expects.
 */
export async function runBatch(
  call: GraphCall,
  dispatch: (step: GraphCall) => Promise<GraphResponse>,
): Promise<GraphResponse> {
  const failed = new Set<string>()
  const responses = []
  for (const request of requestsOf(call.body)) {
    const path = request.url.startsWith('/') ? request.url : `/${request.url}`
    const url = new URL(call.baseUrl + path)
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    )
    let response: GraphResponse
    if (request.dependsOn?.some(id => failed.has(id))) {
      response = {
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: { error: { code: 'FailedDependency', message: 'A request this one depends on failed.' } },
      }
    } else {
      response = await dispatch({
        ...call,
        method: request.method.toUpperCase(),
        url,
        path: url.pathname.slice(new URL(call.baseUrl).pathname.length),
        headers,
        body: request.body,
      })
    }
    if (response.status >= 400) failed.add(request.id)
    responses.push({
      id: request.id,
      status: response.status,
      headers: response.headers ?? {},
      ...(response.body === undefined ? {} : { body: response.body }),
    })
  }
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses } }
}
