import type { ListColumn, ListItem } from '../world'
import { badRequest, GraphHttpError } from '../http'

/** What Graph's list items accept in `$filter` here: `fields/<column> eq '<text>'`, joined by `and`. */
interface Condition {
  readonly column: string
  readonly value: string
}

/** What `$orderby` accepts here: `fields/<column>`, then `asc` (the default) or `desc`. */
interface Order {
  readonly column: string
  readonly descending: boolean
}

const CONDITION = /^fields\/(\w+) eq '((?:[^']|'')*)'$/
const ORDER = /^fields\/(\w+)(?: (asc|desc))?$/

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly'

/**
 * SharePoint Online's list view threshold: a query may not have SQL read more than 5,000 items of a
 * list, and it can't be raised in SharePoint Online. "Manage large lists and libraries",
 * https://support.microsoft.com/en-us/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59
 */
export const LIST_VIEW_THRESHOLD = 5000

/**
 * The refusal of a query over the threshold. SharePoint's own words and code are documented
 * ("The attempted operation is prohibited because it exceeds the list view threshold",
 * `-2147024860, Microsoft.SharePoint.SPQueryThrottledException`:
 * https://learn.microsoft.com/en-us/sharepoint/troubleshoot/lists-and-libraries/items-exceeds-list-view-threshold
 * and its REST answer in SharePoint/sp-dev-docs#6826, pnp/pnpjs#3149). Graph's status for it is
 * not documented: 429 is what Graph was reported answering for a first clause that matches more
 * than 5,000 items (microsoftgraph/msgraph-sdk-dotnet#827), without `Retry-After`, as trying again
 * never helps.
 */
export function thresholdExceeded(): GraphHttpError {
  return new GraphHttpError(
    429,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  )
}

function parse(filter: string): Condition[] {
  return filter.split(/ and /).map(part => {
    const match = CONDITION.exec(part.trim())
    if (!match) throw badRequest(`Invalid filter clause: '${part.trim()}'.`, 'invalidRequest')
    return { column: match[1]!, value: match[2]!.replace(/''/g, "'") }
  })
}

function parseOrder(orderBy: string): Order {
  const match = ORDER.exec(orderBy.trim())
  if (!match) throw badRequest(`Invalid orderby clause: '${orderBy.trim()}'.`, 'invalidRequest')
  return { column: match[1]!, descending: match[2] === 'desc' }
}

function notIndexed(column: string): GraphHttpError {
  return badRequest(
    `Field '${column}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    'invalidRequest',
  )
}

function columnNamed(columns: readonly ListColumn[], column: string): ListColumn {
  const definition = columns.find(c => c.name === column)
  if (!definition) throw badRequest(`Field '${column}' is not recognized.`, 'invalidRequest')
  return definition
}

/** SQL's order as SharePoint sorts: empty values first ascending (last descending), then by item id. */
function compare(order: Order): (a: ListItem, b: ListItem) => number {
  const direction = order.descending ? -1 : 1
  const text = (item: ListItem) => {
    const value = item.fields[order.column]
    return value === undefined || value === null ? '' : String(value)
  }
  return (a, b) => {
    const [x, y] = [text(a), text(b)]
    return direction * (x < y ? -1 : x > y ? 1 : Number(a.id) - Number(b.id))
  }
}

export interface ItemQuery {
  readonly filter: string | null
  readonly orderBy: string | null
  readonly prefer: string | undefined
}

/**
 * The items a `$filter` and `$orderby` keep, in order, as SharePoint Online answers through Graph,
 * or its refusal. Each rule cites where it is documented.
 */
export function queryItems(
  items: readonly ListItem[],
  columns: readonly ListColumn[],
  query: ItemQuery,
): readonly ListItem[] {
  const conditions = query.filter === null ? [] : parse(query.filter)
  const order = query.orderBy === null ? undefined : parseOrder(query.orderBy)
  const honorsNonIndexed = (query.prefer ?? '').split(',').some(value => value.trim() === HONOR_NON_INDEXED)
  const large = items.length > LIST_VIEW_THRESHOLD
  const named = [...conditions.map(condition => condition.column), ...(order ? [order.column] : [])]
  for (const column of named) {
    if (columnNamed(columns, column).indexed) continue
    // A filter or sort on a column that isn't indexed is refused unless the caller accepts it
    // may fail on large lists: https://learn.microsoft.com/en-us/graph/api/listitem-list (the
    // `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` header, "may fail on large lists").
    if (!honorsNonIndexed) throw notIndexed(column)
    // On a list over the threshold it then fails: filtering or sorting on a column without an
    // index scans the whole list ("Manage large lists and libraries", above: "Index a column to
    // filter or sort"; https://learn.microsoft.com/en-us/sharepoint/troubleshoot/lists-and-libraries/items-exceeds-list-view-threshold).
    if (large) throw thresholdExceeded()
  }
  const kept = items.filter(item =>
    conditions.every(({ column, value }) => String(item.fields[column] ?? '') === value),
  )
  // On a large list, the first clause of a filter is what SharePoint reads through its index: if
  // it alone matches more than the threshold, the query fails even if the whole filter, or `$top`,
  // keeps fewer ("Add an index to a list or library column": "the first column you specify in the
  // filter must be indexed and should return the fewest items",
  // https://support.microsoft.com/en-us/office/add-an-index-to-a-list-or-library-column-f3f00554-b7dc-44d1-a2ed-d477eac463b0;
  // reported for Graph in microsoftgraph/msgraph-sdk-dotnet#827 and for REST in pnp/pnpjs#3149).
  if (large && conditions.length > 0) {
    const first = conditions[0]!
    if (items.filter(item => String(item.fields[first.column] ?? '') === first.value).length > LIST_VIEW_THRESHOLD)
      throw thresholdExceeded()
  }
  // No filter, or a sort on an indexed column, is served page by page. Microsoft says to index the
  // columns a large list's views sort on ("Manage large lists and libraries", above) but does not
  // say outright that such an unfiltered sorted read is served: assumed here (README).
  return order ? [...kept].sort(compare(order)) : kept
}

/** The items `$filter` keeps (no sort): what the routes used before `$orderby`. */
export function filterItems(
  items: readonly ListItem[],
  columns: readonly ListColumn[],
  filter: string | null,
  prefer: string | undefined,
): readonly ListItem[] {
  return queryItems(items, columns, { filter, orderBy: null, prefer })
}
