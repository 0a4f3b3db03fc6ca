import type { GraphCall } from './router'
import { technicianRoles } from './gdap'
import { GraphHttpError } from './http'
import { permissionFor } from './permissions'

function denied(message: string): GraphHttpError {
  return new GraphHttpError(403, 'Authorization_RequestDenied', message)
}

/**
 * Refuses a call as Graph would, before it does anything: a token without one of the route's
 * documented permissions, a technician without one of its roles in the customer tenant (none at
 * all: every call), a delegated GDAP token where one is reported refused. The partner's own
 * tenant: the technician is a member there, whose directory roles the test world doesn't model.
 */
export function authorize(call: GraphCall): void {
  const rule = permissionFor(call.method, call.path, call.body)
  if (!rule)
    throw new GraphHttpError(
      500,
      'generalException',
      `The test server has no permission row for ${call.method} ${call.path}: add it to permissions.ts with its documentation.`,
    )
  const { caller, world } = call
  if (caller.scopes.length === 0) {
    // An app-only token: its `roles` claim holds the application permissions admin-consented.
    if (!rule.appRoles?.some(role => caller.appRoles.includes(role)))
      throw denied('Either scp or roles claim need to be present in the token with a permission this call accepts.')
    return
  }
  if (!rule.scopes.some(scope => caller.scopes.includes(scope)))
    throw denied(
      `Insufficient privileges to complete the operation. This call needs one of: ${rule.scopes.join(', ')}.`,
    )
  if (rule.alsoScopes && !rule.alsoScopes.some(scope => caller.scopes.includes(scope)))
    throw denied(
      `Insufficient privileges to complete the operation. This call also needs one of: ${rule.alsoScopes.join(', ')}.`,
    )
  if (caller.tenantId === world.partnerTenantId) return
  if (rule.roles === 'partnerOnly') throw denied('Only the partner tenant may call this.')
  const held = technicianRoles(world.gdap, caller.tenantId)
  if (held.size === 0)
    throw denied(
      'Insufficient privileges to complete the operation. The signed-in partner user holds no role in this tenant.',
    )
  if (!rule.roles.some(role => held.has(role))) throw denied('Insufficient privileges to complete the operation.')
  if (rule.refusedOverGdap)
    throw new GraphHttpError(
      401,
      'accessDenied',
      'Access denied. You do not have permission to perform this action or access this resource.',
    )
}
