/** Which way a column sorts, in the words `aria-sort` uses. */
export type SortDirection = 'ascending' | 'descending'

/** A table's sort: the column and which way. */
export interface SortState<Key extends string> {
  readonly key: Key
  readonly direction: SortDirection
}

/**
 * What a column sorts on for one row: text (compared as a person reads it: accents and case aside,
 * numbers inside names in number order), a number, or nothing (always last, whichever way).
 */
export type SortValue = string | number | null | undefined

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/** Two values of one column compared; nothing sorts after something. */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === null || a === undefined || a === '') return b === null || b === undefined || b === '' ? 0 : 1
  if (b === null || b === undefined || b === '') return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

/** The sort a column's button asks for: the other way on the sorted column, else this column ascending. */
export function nextSort<Key extends string>(current: SortState<Key>, key: Key): SortState<Key> {
  if (current.key !== key) return { key, direction: 'ascending' }
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}

/**
 * Rows sorted on one column, a copy. Ties keep the order the rows came in (the list's own order, a
 * name or a date), and rows with nothing in that column come last either way.
 */
export function sortRows<Row, Key extends string>(
  rows: readonly Row[],
  sort: SortState<Key>,
  valueOf: (row: Row, key: Key) => SortValue,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
  keyed.sort((a, b) => {
    const emptyA = a.value === null || a.value === undefined || a.value === ''
    const emptyB = b.value === null || b.value === undefined || b.value === ''
    if (emptyA || emptyB) return Number(emptyA) - Number(emptyB) || a.index - b.index
    return sign * compareSortValues(a.value, b.value) || a.index - b.index
  })
  return keyed.map(({ row }) => row)
}

/** The sort a link asks for (`?sort=…&dir=…`), anything unknown read as the table's default. */
export function sortFromQuery<Key extends string>(
  keys: readonly Key[],
  fallback: SortState<Key>,
  sort: string,
  dir: string,
): SortState<Key> {
  const key = keys.find(candidate => candidate === sort)
  if (!key) return fallback
  return { key, direction: dir === 'descending' ? 'descending' : 'ascending' }
}

/** The sort as a link keeps it: nothing for the table's default, so plain links stay plain. */
export function sortToQuery<Key extends string>(
  sort: SortState<Key>,
  fallback: SortState<Key>,
): { sort?: string; dir?: string } {
  if (sort.key === fallback.key && sort.direction === fallback.direction) return {}
  return { sort: sort.key, ...(sort.direction === 'descending' ? { dir: 'descending' } : {}) }
}
