import type { ComponentPublicInstance, MaybeRefOrGetter } from 'vue'
import { useVirtualizer } from '@tanstack/vue-virtual'
import { computed, toValue, useTemplateRef } from 'vue'

export interface VirtualRowsOptions<Row> {
  /** A row's height in pixels; for rows of differing heights, a guess that `measure` corrects. */
  readonly size: number
  /** Rows kept in the page beyond those in view, so a quick scroll shows no gap. */
  readonly overscan?: number
  /** A stable key per row, for rows that are measured (their measured height follows the row). */
  readonly key?: (row: Row) => string
  /** The template ref of the scrolling element (`ref="scroller"` unless named otherwise). */
  readonly scroller?: string
}

/**
 * Only the rows in view (plus a few) are in the page, so thousands of tenants, users or log
 * entries scroll as smoothly as a dozen. Give the scrolling element `ref="scroller"`, render
 * `visible`, and either pad a table with `paddingTop`/`paddingBottom` rows or place each row at
 * its `start` inside a box `totalSize` high.
 */
export function useVirtualRows<Row>(rows: MaybeRefOrGetter<readonly Row[]>, options: VirtualRowsOptions<Row>) {
  const scroller = useTemplateRef<HTMLElement>(options.scroller ?? 'scroller')
  const virtualizer = useVirtualizer(
    computed(() => ({
      count: toValue(rows).length,
      getScrollElement: () => scroller.value,
      estimateSize: () => options.size,
      overscan: options.overscan ?? 8,
      ...(options.key ? { getItemKey: (index: number) => options.key!(toValue(rows)[index]!) } : {}),
    })),
  )

  const items = computed(() => virtualizer.value.getVirtualItems())
  /** Each row in view with its index in `rows` and where it starts, in pixels from the top. */
  const visible = computed(() => {
    const all = toValue(rows)
    return items.value.map(item => ({ row: all[item.index]!, index: item.index, start: item.start }))
  })
  const totalSize = computed(() => virtualizer.value.getTotalSize())
  const paddingTop = computed(() => items.value[0]?.start ?? 0)
  const paddingBottom = computed(() => {
    const last = items.value.at(-1)
    return last ? totalSize.value - last.end : 0
  })

  /** For rows of differing heights: pass as each row's `:ref`, with `:data-index` set. */
  function measure(element: Element | ComponentPublicInstance | null): void {
    if (element instanceof Element) virtualizer.value.measureElement(element)
  }

  return { visible, totalSize, paddingTop, paddingBottom, measure, scroller }
}
