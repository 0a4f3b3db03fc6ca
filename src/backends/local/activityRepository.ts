import type { ActivityRepository } from '../backend'
import type { LocalContext } from './context'
import Dexie from 'dexie'
import { toEntry } from './records'

export function createActivityRepository({ db, run }: LocalContext): ActivityRepository {
  return {
    list: filter => run('read the activity log', async () => {
      const tenantId = filter?.tenantId
      let entries = tenantId === undefined
        ? db.activity.orderBy('seq').reverse()
        : db.activity.where('[tenantId+seq]').between([tenantId, Dexie.minKey], [tenantId, Dexie.maxKey]).reverse()
      if (filter?.area !== undefined) {
        const area = filter.area
        entries = entries.filter(entry => entry.area === area)
      }
      if (filter?.limit !== undefined)
        entries = entries.limit(Math.max(0, filter.limit))
      return (await entries.toArray()).map(toEntry)
    }),
  }
}
