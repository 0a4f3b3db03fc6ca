import type { Ref } from 'vue'
import type { ActivityEntry } from '@/domain/activityLog'
import { watch } from 'vue'
import { withinDays } from '@/domain/activityLog'

/**
 * The log comes newest first, a page at a time: with a "to" day set, pages are read until the oldest entry read
 * reaches that day, so the days asked for show without the person pressing "Load more" through newer ones.
 */
export function useOlderPagesFor(
  to: Readonly<Ref<string>>,
  entries: Readonly<Ref<readonly ActivityEntry[]>>,
  hasNextPage: Readonly<Ref<boolean>>,
  more: () => void,
): void {
  watch(
    [to, entries, hasNextPage],
    () => {
      const oldest = entries.value.at(-1)
      // Still newer than the last day asked for: the days asked for are further down.
      if (to.value && hasNextPage.value && oldest && !withinDays(oldest.at, '', to.value)) more()
    },
    { immediate: true },
  )
}
