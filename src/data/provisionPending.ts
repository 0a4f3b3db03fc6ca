import type { FirstAdministrator } from '@/backends/backend'
import { isBackendError, ProvisionPending } from '@/backends/backend'

/**
 * A tenant created but not yet shown where the console reads it (`pending`): its id, and its first
 * administrator when the backend created one, whose password the page hands over now, as it is
 * never given again. Null for any other outcome.
 */
export function pendingProvision(error: unknown): { tenantId?: string; administrator?: FirstAdministrator } | null {
  if (!isBackendError(error, 'pending')) return null
  return error instanceof ProvisionPending ? { tenantId: error.tenantId, administrator: error.administrator } : {}
}
