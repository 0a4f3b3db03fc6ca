import type { ActivityEntry } from '@/domain/tenant'
import type { ActivityRepository } from '../backend'
import type { GraphContext } from './graphContext'
import { selectActivity } from '../records/activity'

/** The partner's activity log, kept in its SharePoint list: every technician's changes, newest first. */
export function createActivityRepository({ records }: GraphContext): ActivityRepository {
  return {
    list: async (filter = {}) => {
      const entries = await records.list<ActivityEntry>('activity', filter.tenantId === undefined ? {} : { tenantId: filter.tenantId })
      return selectActivity(entries.map(record => record.value), filter)
    },
  }
}
