import type { MaybeRefOrGetter } from 'vue'
import { computed, shallowRef, toValue, watch } from 'vue'

/**
 * Rows ticked in a list, by id: a click ticks or unticks one; shift-click ticks (or unticks) every
 * row from the last one clicked, as in a file manager; "all" ticks every row the filter shows.
 * Ids that leave the rows (filtered out, removed) leave the selection, so an action only ever
 * reaches rows the person can see are ticked.
 */
export function useRowSelection<Row>(rows: MaybeRefOrGetter<readonly Row[]>, idOf: (row: Row) => string) {
  const selected = shallowRef<ReadonlySet<string>>(new Set())
  let anchor: string | null = null

  const ids = computed(() => toValue(rows).map(idOf))

  watch(ids, now => {
    const present = new Set(now)
    if ([...selected.value].some(id => !present.has(id)))
      selected.value = new Set([...selected.value].filter(id => present.has(id)))
    if (anchor !== null && !present.has(anchor)) anchor = null
  })

  /** Ticks or unticks `id`; with `range`, every row between the last one clicked and this one alike. */
  function toggle(id: string, range = false): void {
    const next = new Set(selected.value)
    const on = !next.has(id)
    const from = anchor === null ? -1 : ids.value.indexOf(anchor)
    const to = ids.value.indexOf(id)
    const span = range && from >= 0 && to >= 0 ? ids.value.slice(Math.min(from, to), Math.max(from, to) + 1) : [id]
    for (const each of span) {
      if (on) next.add(each)
      else next.delete(each)
    }
    anchor = id
    selected.value = next
  }

  function selectAll(): void {
    selected.value = new Set(ids.value)
  }

  function clear(): void {
    selected.value = new Set()
    anchor = null
  }

  const count = computed(() => selected.value.size)
  const allSelected = computed(() => ids.value.length > 0 && selected.value.size === ids.value.length)
  /** The ticked ids in the list's order, as an action takes them. */
  const selectedIds = computed(() => ids.value.filter(id => selected.value.has(id)))

  return { selected, selectedIds, count, allSelected, toggle, selectAll, clear }
}
