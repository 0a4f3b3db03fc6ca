import type { ActivityArea, ActivityChange, ActivityEntry } from '@/domain/activityLog'
import type { Tenant } from '@/domain/tenant/tenant'

/** What a change appends to the activity log, besides who and when. */
export interface ActivityDraft {
  readonly area: ActivityArea
  readonly action: string
  readonly details?: ActivityEntry['details']
  readonly changes?: readonly ActivityChange[]
  /** The tenant the change is about; none for partner-wide changes (reset, import). */
  readonly tenant?: Pick<Tenant, 'id' | 'companyName'>
}

export interface ActivityFilter {
  readonly tenantId?: string
  readonly area?: ActivityArea
  readonly limit?: number
}

/** The entry a draft becomes once the adapter knows who made the change and when. */
export function activityEntry(
  draft: ActivityDraft,
  actor: string,
  at: Date,
  id: string = crypto.randomUUID(),
): ActivityEntry {
  return {
    id,
    at: at.toISOString(),
    actor,
    tenantId: draft.tenant?.id ?? null,
    tenantName: draft.tenant?.companyName ?? null,
    area: draft.area,
    action: draft.action,
    details: draft.details ?? {},
    ...(draft.changes && draft.changes.length > 0 ? { changes: draft.changes } : {}),
  }
}

/** Entries newest first (the latest written first among one instant), of one tenant or area, at most `limit`. */
export function selectActivity(entries: readonly ActivityEntry[], filter: ActivityFilter = {}): ActivityEntry[] {
  const kept = entries.filter(
    entry =>
      (filter.tenantId === undefined || entry.tenantId === filter.tenantId) &&
      (filter.area === undefined || entry.area === filter.area),
  )
  const newestFirst = kept
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.at.localeCompare(a.entry.at) || b.order - a.order)
    .map(({ entry }) => entry)
  return filter.limit === undefined ? newestFirst : newestFirst.slice(0, Math.max(0, filter.limit))
}
