import type { SortDirection, SortState, SortValue } from '@/domain/tableSort'
import type { LocationQuery } from 'vue-router'
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { nextSort, sortFromQuery, sortRows, sortToQuery } from '@/domain/tableSort'

export interface TableSortOptions {
  /** Prefix of the address's parameters, for a page with more than one sortable table (`users` → `usersSort`). */
  readonly param?: string
}

/** What a sortable header needs: which way its column is sorted, and how to ask for a sort. */
export interface TableSorting<Key extends string> {
  readonly state: SortState<Key>
  ariaSort: (key: Key) => SortDirection | undefined
  sortBy: (key: Key) => void
}

function one(value: LocationQuery[string] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** The address's parameter names for a table's sort. */
export function sortParams(param = ''): { sort: string; dir: string } {
  return param ? { sort: `${param}Sort`, dir: `${param}Dir` } : { sort: 'sort', dir: 'dir' }
}

/** A header's view of a sort held anywhere (the address, a parent's model). */
export function tableSorting<Key extends string>(
  state: SortState<Key>,
  set: (sort: SortState<Key>) => void,
): TableSorting<Key> {
  return {
    state,
    ariaSort: key => (state.key === key ? state.direction : undefined),
    sortBy: key => set(nextSort(state, key)),
  }
}

/**
 * One table's sort, kept in the address (`?sort=seats&dir=descending`), so Back, a reload and a shared link
 * give the same order; the default sort writes nothing. `sorted` sorts rows by the column's value.
 */
export function useTableSort<Key extends string>(
  keys: readonly Key[],
  fallback: SortState<Key>,
  options: TableSortOptions = {},
) {
  const route = useRoute()
  const router = useRouter()
  const names = sortParams(options.param)

  const state = computed<SortState<Key>>(() =>
    sortFromQuery(keys, fallback, one(route.query[names.sort]), one(route.query[names.dir])),
  )

  function set(sort: SortState<Key>): void {
    const query: Record<string, LocationQuery[string]> = { ...route.query }
    delete query[names.sort]
    delete query[names.dir]
    const written = sortToQuery(sort, fallback)
    if (written.sort) query[names.sort] = written.sort
    if (written.dir) query[names.dir] = written.dir
    void router.replace({ query })
  }

  const sorting = computed(() => tableSorting(state.value, set))

  /** Rows in the table's order; ties keep the order given. */
  function sorted<Row>(rows: readonly Row[], valueOf: (row: Row, key: Key) => SortValue): Row[] {
    return sortRows(rows, state.value, valueOf)
  }

  return { state, sorting, set, sorted }
}
