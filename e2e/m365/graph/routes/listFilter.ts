import type { ListColumn, ListItem } from '../world'
import { badRequest } from '../http'

/** What Graph's list items accept in `$filter` here: `fields/<column> eq '<text>'`, joined by `and`. */
interface Condition { readonly column: string, readonly value: string }

const CONDITION = /^fields\/(\w+) eq '((?:[^']|'')*)'$/

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly'

function parse(filter: string): Condition[] {
  return filter.split(/ and /).map((part) => {
    const match = CONDITION.exec(part.trim())
    if (!match)
      throw badRequest(`Invalid filter clause: '${part.trim()}'.`, 'invalidRequest')
    return { column: match[1]!, value: match[2]!.replace(/''/g, '\'') }
  })
}

/**
 * The items `$filter` keeps. As SharePoint does, a condition on a column that isn't indexed is
 * refused unless the caller accepts that it may fail on large lists (`Prefer` header).
 */
export function filterItems(items: readonly ListItem[], columns: readonly ListColumn[], filter: string | null, prefer: string | undefined): readonly ListItem[] {
  if (filter === null)
    return items
  const conditions = parse(filter)
  const honorsNonIndexed = (prefer ?? '').split(',').some(value => value.trim() === HONOR_NON_INDEXED)
  for (const { column } of conditions) {
    const definition = columns.find(c => c.name === column)
    if (!definition)
      throw badRequest(`Field '${column}' is not recognized.`, 'invalidRequest')
    if (!definition.indexed && !honorsNonIndexed)
      throw badRequest(`Field '${column}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`, 'invalidRequest')
  }
  return items.filter(item => conditions.every(({ column, value }) => String(item.fields[column] ?? '') === value))
}
