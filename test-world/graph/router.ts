import type { Caller } from './auth'
import type { GraphResponse } from './http'
import type { GraphWorld, TenantDirectory } from './world'
import { assertActionConforms, assertConforms } from './conformance'
import { badRequest, GraphHttpError, notFound } from './http'
import { customerVisible } from './propagation'

/** One Graph call as a handler sees it, whether it came alone or inside a `$batch`. */
export interface GraphCall {
  readonly method: string
  /** The full request URL (for `@odata.nextLink` and `$select`). */
  readonly url: URL
  /** The path under the version segment, e.g. `/users/42/assignLicense`. */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
  readonly caller: Caller
  readonly world: GraphWorld
  /** The base every `@odata.context` and `nextLink` starts with, e.g. `http://127.0.0.1:4444/v1.0`. */
  readonly baseUrl: string
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  readonly pattern: RegExp
  /** What Graph answers, checked against the schema before it is sent: `user`, or `Collection(user)` for a page. */
  readonly returns?: string
  readonly handle: (call: GraphCall, params: readonly string[]) => GraphResponse | Promise<GraphResponse>
}

export function route(method: Route['method'], path: string, handle: Route['handle'], returns?: string): Route {
  const pattern = new RegExp(`^${path.replace(/[$]/g, '\\$').replace(/\{\w+\}/g, '([^/]+)')}$`)
  return { method, pattern, handle, returns }
}

/** The directory of the caller's own tenant (from the token's `tid`). */
export function directoryOf(call: GraphCall): TenantDirectory {
  const directory = call.world.tenants.get(call.caller.tenantId)
  // A tenant Partner Center just created exists, but the partner's access to it isn't there yet.
  if (!directory || !customerVisible(call.world, call.caller.tenantId))
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
  return directory
}

export function requirePartner(call: GraphCall): TenantDirectory {
  if (call.caller.tenantId !== call.world.partnerTenantId)
    throw new GraphHttpError(
      403,
      'Authorization_RequestDenied',
      'Only the partner tenant may read its delegated admin customers and shared lists.',
    )
  return directoryOf(call)
}

/** A request body Graph would accept for `type`: an object whose every property exists and has the right type. */
export function bodyOf<T>(call: GraphCall, type: string): T {
  try {
    assertConforms(type, call.body)
  } catch (error) {
    throw badRequest((error as Error).message)
  }
  return call.body as T
}

export function actionBody<T>(call: GraphCall, action: string): T {
  try {
    assertActionConforms(action, call.body)
  } catch (error) {
    throw badRequest((error as Error).message)
  }
  return call.body as T
}

export function found<T>(item: T | undefined, what: string): T {
  if (item === undefined)
    throw notFound(
      `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`,
    )
  return item
}

export function context(call: GraphCall, fragment: string): string {
  return `${call.baseUrl}/$metadata#${fragment}`
}
