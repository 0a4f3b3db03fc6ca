import type { ActivityArea } from '@/domain/activityLog'
import type { RelayConnection, RelayFailure } from '../relay/relayClient'
import type { GraphContext } from './graphContext'

/** The client tenant a relay path is about (`/api/tenants/{id}/…`, Partner Center's `/api/customers/{id}/…`). */
function tenantIdIn(path: string): string | undefined {
  const id = /^\/api\/(?:tenants|customers)\/([^/?]+)/.exec(path)?.[1]
  return id === undefined ? undefined : decodeURIComponent(id)
}

function areaOf(path: string): ActivityArea {
  if (path.includes('/exchange') || /\/users\/[^/]+\/exchange/.test(path)) return 'exchange'
  if (path.includes('/seats')) return 'subscription'
  return 'tenant'
}

/**
 * The relay as the Graph backend calls it, each failed write kept in the activity log with the
 * correlation id the relay passed on to Microsoft (issue 12, "Errors"): what support asks for, and
 * what the page's error message ends with. The entry names the tenant when the path does and it can
 * be read; a failure to log is swallowed by the relay client, never hiding the write's own error.
 */
export function withFailedWritesLogged(relay: RelayConnection, context: GraphContext): RelayConnection {
  return {
    ...relay,
    onFailedWrite: async (failure: RelayFailure) => {
      const tenantId = tenantIdIn(failure.path)
      const loaded = tenantId === undefined ? undefined : await context.tenant(tenantId).catch(() => undefined)
      await context.log({
        area: areaOf(failure.path),
        action: 'data.relayWriteFailed',
        ...(loaded ? { tenant: loaded.tenant } : {}),
        details: {
          request: `${failure.method} ${failure.path}`,
          status: failure.status,
          code: failure.code || 'unknown',
          correlationId: failure.correlationId,
        },
      })
    },
  }
}
