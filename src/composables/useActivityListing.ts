import type { MaybeRefOrGetter } from 'vue'
import type { ActivityArea } from '@/domain/activityLog'
import { computed } from 'vue'
import { isIsoDay, useAddressQuery } from '@/composables/useAddressQuery'
import { useOlderPagesFor } from '@/composables/useOlderPagesFor'
import { useActivityLog } from '@/data/activity'
import { ACTIVITY_AREAS, filterActivity } from '@/domain/activityLog'

/**
 * An activity page's list: the log read a page at a time, its filters kept in the address (so Back and a shared
 * link give the same list), and the entries they leave. Without a tenant it is the partner-wide log, which also
 * searches by tenant (`?q=`); with one (null while another tenant opens), that tenant's log.
 */
export function useActivityListing(tenantId?: MaybeRefOrGetter<string | null>) {
  const partnerWide = tenantId === undefined
  const log = useActivityLog(tenantId)
  const { entries, asyncStatus, hasNextPage, loadNextPage } = log

  /** Reads the next page onto the end; once at a time, and only when one remains. */
  function more(): void {
    if (hasNextPage.value && asyncStatus.value === 'idle') void loadNextPage()
  }

  const filters = useAddressQuery(partnerWide ? ['area', 'q', 'from', 'to'] : ['area', 'from', 'to'], {
    area: value => (ACTIVITY_AREAS as readonly string[]).includes(value),
    from: isIsoDay,
    to: isIsoDay,
  })
  const { from, to } = filters
  const search = partnerWide ? filters.q : computed(() => '')
  const area = computed({
    get: () => filters.area.value as ActivityArea | '',
    set: (value: ActivityArea | '') => (filters.area.value = value),
  })
  const shown = computed(() =>
    filterActivity(entries.value, { area: area.value, tenantSearch: search.value, from: from.value, to: to.value }),
  )
  useOlderPagesFor(to, entries, hasNextPage, more)

  return { ...log, more, area, search, from, to, shown, clearFilters: filters.clear }
}
