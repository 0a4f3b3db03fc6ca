import type { ActivityRepository } from '../backend'
import type { LocalContext } from './context'
import Dexie from 'dexie'
import { toEntry } from './records'

export function createActivityRepository({ db, run }: LocalContext): ActivityRepository {
  return {
    list: filter =>
      run('read the activity log', async () => {
        const tenantId = filter?.tenantId
        let entries =
          tenantId === undefined
            ? db.activity.orderBy('seq').reverse()
            : db.activity.where('[tenantId+seq]').between([tenantId, Dexie.minKey], [tenantId, Dexie.maxKey]).reverse()
        if (filter?.area !== undefined) {
          const area = filter.area
          entries = entries.filter(entry => entry.area === area)
        }
        if (filter?.limit !== undefined) entries = entries.limit(Math.max(0, filter.limit))
        return (await entries.toArray()).map(toEntry)
      }),

    // The cursor is the sequence number of the last entry returned: the next page starts below it.
    page: query =>
      run('read the activity log', async () => {
        const below = query.cursor === undefined ? Dexie.maxKey : Number(query.cursor)
        const entries =
          query.tenantId === undefined
            ? db.activity.where('seq').below(below).reverse()
            : db.activity
                .where('[tenantId+seq]')
                .between([query.tenantId, Dexie.minKey], [query.tenantId, below])
                .reverse()
        const limit = Math.max(0, query.limit)
        // One more than asked says whether another page follows.
        const found = await entries.limit(limit + 1).toArray()
        const kept = found.slice(0, limit)
        const last = kept.at(-1)
        return { entries: kept.map(toEntry), cursor: found.length > limit && last ? String(last.seq) : null }
      }),
  }
}
