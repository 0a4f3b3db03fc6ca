import type { MaybeRefOrGetter } from 'vue'
import type { ActivityEntry } from '@/domain/activityLog'
import { computed, ref, shallowRef, toValue, watch } from 'vue'
import { useBackend } from '@/backends/current'

type LoadState = 'loading' | 'ready' | 'error'

/** What the first screen reads, and each "more" after it. */
export const ACTIVITY_PAGE_SIZE = 50

/**
 * The activity log, newest first: the whole partner's without a tenant, else that tenant's, read
 * again when it changes. It reads one page, then the next on `loadMore` (a scroll to the end, or
 * the button), so a log of any size is never read whole. A tenant id of `null` (the tenant isn't
 * loaded yet) reads nothing.
 */
export function useActivityLog(tenantId?: MaybeRefOrGetter<string | null>, pageSize = ACTIVITY_PAGE_SIZE) {
  const entries = shallowRef<readonly ActivityEntry[]>([])
  const state = ref<LoadState>('loading')
  /** The next page, loading or failed; `idle` while none is asked for. */
  const moreState = ref<'idle' | 'loading' | 'error'>('idle')
  const cursor = ref<string | null>(null)
  const hasMore = computed(() => cursor.value !== null)
  let latest = 0

  function scope(id: string | undefined) {
    return id === undefined ? {} : { tenantId: id }
  }

  async function load(): Promise<void> {
    const call = ++latest
    const id = toValue(tenantId)
    state.value = 'loading'
    moreState.value = 'idle'
    if (id === null) return
    try {
      const found = await useBackend().activity.page({ ...scope(id), limit: pageSize })
      // A slower answer for a tenant the person has since left must not replace the current one.
      if (call === latest) {
        entries.value = found.entries
        cursor.value = found.cursor
        state.value = 'ready'
      }
    } catch {
      if (call === latest) state.value = 'error'
    }
  }

  /** Reads the next page onto the end; once at a time, and only when one remains. */
  async function loadMore(): Promise<void> {
    const id = toValue(tenantId)
    if (state.value !== 'ready' || moreState.value === 'loading' || cursor.value === null || id === null) return
    const call = latest
    moreState.value = 'loading'
    try {
      const found = await useBackend().activity.page({ ...scope(id), limit: pageSize, cursor: cursor.value })
      if (call !== latest) return
      // Entries written since the first page may shift a page: never show one twice.
      const shown = new Set(entries.value.map(entry => entry.id))
      entries.value = [...entries.value, ...found.entries.filter(entry => !shown.has(entry.id))]
      cursor.value = found.cursor
      moreState.value = 'idle'
    } catch {
      if (call === latest) moreState.value = 'error'
    }
  }

  watch(() => toValue(tenantId), load, { immediate: true })

  return { entries, state, load, loadMore, hasMore, moreState }
}
