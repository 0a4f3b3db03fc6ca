import type { MaybeRefOrGetter } from 'vue'
import type { ActivityEntry } from '@/domain/activityLog'
import { useInfiniteQuery, useQuery } from '@pinia/colada'
import { computed, toValue } from 'vue'
import { useBackend } from '@/backends/current'

/** What the first screen reads, and each "more" after it. */
export const ACTIVITY_PAGE_SIZE = 50

/** How many changes a tenant's overview shows. */
const RECENT_COUNT = 10

/** Cache keys of the activity log: the whole partner's, or one tenant's. */
export const activityKeys = {
  all: ['activity'] as const,
  partner: ['activity', 'partner'] as const,
  tenant: (tenantId: string) => ['activity', 'tenant', tenantId] as const,
  recent: (tenantId: string) => ['activity', 'tenant', tenantId, 'recent'] as const,
}

/**
 * Every write anywhere in the console adds to the log, and no write here knows every page that
 * shows it: the log is read again each time a page shows it (what was read shows meanwhile).
 */
const ALWAYS_REREAD = 0

/**
 * The activity log, newest first: the whole partner's without a tenant, else that tenant's. It
 * reads one page, then the next on `loadNextPage` (a scroll to the end, or the button), so a log
 * of any size is never read whole. A tenant id of `null` (the tenant isn't loaded yet) reads nothing.
 */
export function useActivityLog(tenantId?: MaybeRefOrGetter<string | null>, pageSize = ACTIVITY_PAGE_SIZE) {
  const scope = () => {
    const id = toValue(tenantId)
    return id ? { tenantId: id } : {}
  }
  const log = useInfiniteQuery({
    key: () => {
      const id = toValue(tenantId)
      return id ? activityKeys.tenant(id) : activityKeys.partner
    },
    query: ({ pageParam }) =>
      useBackend().activity.page({ ...scope(), limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: last => last.cursor,
    enabled: () => toValue(tenantId) !== null,
    staleTime: ALWAYS_REREAD,
  })

  /** Every page read, in order. Entries written since the first page may shift a page: never one twice. */
  const entries = computed<readonly ActivityEntry[]>(() => {
    const seen = new Set<string>()
    return (log.data.value?.pages ?? []).flatMap(page =>
      page.entries.filter(entry => !seen.has(entry.id) && Boolean(seen.add(entry.id))),
    )
  })

  return { ...log, entries }
}

/** A tenant's latest changes, for its overview. */
export function useRecentActivity(tenantId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => activityKeys.recent(toValue(tenantId)),
    query: () => useBackend().activity.list({ tenantId: toValue(tenantId), limit: RECENT_COUNT }),
    staleTime: ALWAYS_REREAD,
  })
}
