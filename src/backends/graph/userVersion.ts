import type { TenantUser } from '@/domain/users/users'

/** What the user's edit form shows and saves: a change to any of them makes an open form stale. */
type EditedFields = Pick<TenantUser, 'firstName' | 'lastName' | 'alias' | 'domain' | 'usageLocation' | 'subscriptionId'>

/**
 * Graph's user update takes no If-Match (https://learn.microsoft.com/graph/api/user-update lists
 * only Authorization and Content-Type), so a user carries no version Graph checks. The version the
 * page gets is a fingerprint of the fields its edit form shows instead: a save from a form filled
 * from other values than Graph holds when the save reads the user again is refused, never written
 * over them. FNV-1a, 32 bits: a number like the local counter, not a secret.
 */
export function userEditVersion(user: EditedFields): number {
  const text = JSON.stringify([
    user.firstName,
    user.lastName,
    user.alias,
    user.domain,
    user.usageLocation,
    user.subscriptionId,
  ])
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
