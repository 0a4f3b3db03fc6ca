import type { ActivityEntry } from '@/domain/activityLog'
import type { ActivityRepository } from '../backend'
import type { GraphContext } from './graphContext'

/** What a read without a limit takes per page. */
const PAGE = 500

/**
 * The partner's activity log, kept in its SharePoint list: every technician's changes, newest
 * first, read page by page through the indexed date column, never the whole list at once.
 */
export function createActivityRepository({ records }: GraphContext): ActivityRepository {
  const page: ActivityRepository['page'] = async query => {
    const found = await records.activityPage<ActivityEntry>(query)
    return { entries: found.records.map(record => record.value), cursor: found.cursor }
  }
  return {
    page,
    list: async (filter = {}) => {
      // Pages until `limit` entries of the area asked for (or the end): the area isn't indexed.
      // The list answers newest first, the latest written first among one instant.
      const wanted = filter.limit === undefined ? Number.POSITIVE_INFINITY : Math.max(0, filter.limit)
      const entries: ActivityEntry[] = []
      let cursor: string | undefined
      while (entries.length < wanted) {
        const next = await page({
          ...(filter.tenantId === undefined ? {} : { tenantId: filter.tenantId }),
          limit: Math.min(PAGE, wanted),
          ...(cursor === undefined ? {} : { cursor }),
        })
        entries.push(...next.entries.filter(entry => filter.area === undefined || entry.area === filter.area))
        if (next.cursor === null) break
        cursor = next.cursor
      }
      return entries.slice(0, wanted)
    },
  }
}
