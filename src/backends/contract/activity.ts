import type { ActivityArea, ActivityEntry } from '@/domain/activityLog'

export interface ActivityRepository {
  /** Changes, newest first, for one tenant or (without an id) the whole partner. */
  list: (filter?: { tenantId?: string; area?: ActivityArea; limit?: number }) => Promise<ActivityEntry[]>
  /**
   * One page of changes, newest first (one tenant's, or the whole partner's): at most `limit`,
   * then the `cursor` that reads the next page (null once none remain). What the activity pages
   * read, so a partner's log of any size is never read whole.
   */
  page: (query: { tenantId?: string; limit: number; cursor?: string }) => Promise<ActivityPage>
}

/** A page of the activity log and where the next one starts. */
export interface ActivityPage {
  readonly entries: ActivityEntry[]
  /** Opaque; null when this was the last page. */
  readonly cursor: string | null
}
