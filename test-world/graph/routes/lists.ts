import type { GraphCall, Route } from '../router'
import type { ListColumn, ListItem, SharePointList } from '../world'
import { randomUUID } from 'node:crypto'
import { badRequest, GraphHttpError, json, page, without } from '../http'
import { bodyOf, context, found, requirePartner, route } from '../router'
import { queryItems, thresholdExceeded } from './listFilter'

/**
 * Lists of the partner's root site (`/sites/root/lists`), as the Graph lists API serves them:
 * a list is created with its columns and template; items carry their column values in `fields`,
 * an ETag that moves on every change, and writes with a stale `If-Match` fail with 412.
 */

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z')
}

/** The column types a definition names by its facet; one facet a column. */
const COLUMN_FACETS = [
  'text',
  'number',
  'boolean',
  'dateTime',
  'choice',
  'currency',
  'personOrGroup',
  'hyperlinkOrPicture',
  'lookup',
  'calculated',
] as const

/** SharePoint's item ETags: `"{guid},{version}"`, the version moving on every change. */
export function nextEtag(previous?: string): string {
  const [guid, version] = previous ? previous.replace(/"/g, '').split(',') : [randomUUID(), '0']
  return `"${guid},${Number(version) + 1}"`
}

/** The list by id or name, of the partner's root site. */
export function listIn(lists: readonly SharePointList[], key: string): SharePointList | undefined {
  const wanted = decodeURIComponent(key)
  return lists.find(list => list.id === wanted || list.name === wanted || list.displayName === wanted)
}

function listOf(call: GraphCall, key: string): SharePointList {
  return found(listIn(requirePartner(call).lists, key), key)
}

function itemOf(list: SharePointList, key: string): ListItem {
  return found(
    list.items.find(item => item.id === key),
    key,
  )
}

function itemBody(item: ListItem, withFields: boolean) {
  const { fields, eTag, ...rest } = item
  return {
    '@odata.etag': eTag,
    eTag,
    ...rest,
    ...(withFields ? { fields: { '@odata.etag': eTag, id: item.id, ...fields } } : {}),
  }
}

function listBody(list: SharePointList) {
  return { ...without(list, 'items', 'columns'), list: { ...list.list, hidden: false, contentTypesEnabled: false } }
}

/** A write to an item the client read at `If-Match` fails when someone changed it since (412). */
function checkIfMatch(call: GraphCall, item: ListItem): void {
  const ifMatch = call.headers['if-match']
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== item.eTag)
    throw new GraphHttpError(
      412,
      'preconditionFailed',
      `The request ETag value '${ifMatch}' does not match the object's ETag value '${item.eTag}'.`,
    )
}

/** Values only for the list's columns, as SharePoint refuses a field it doesn't have. */
function checkFields(list: SharePointList, fields: Record<string, unknown>): Record<string, unknown> {
  const values = without(fields, '@odata.etag', 'id')
  const unknown = Object.keys(values).find(name => !list.columns.some(column => column.name === name))
  if (unknown) throw badRequest(`Field '${unknown}' is not recognized`, 'invalidRequest')
  return values
}

function columnOf(definition: Record<string, unknown>): ListColumn {
  const name = definition.name
  if (typeof name !== 'string' || !/^\w+$/.test(name))
    throw badRequest('A column needs a name of letters, digits and underscores.', 'invalidRequest')
  const facets = COLUMN_FACETS.filter(facet => definition[facet] !== undefined)
  if (facets.length !== 1) throw badRequest(`The column '${name}' must name exactly one type.`, 'invalidRequest')
  const facet = facets[0]!
  return {
    id: randomUUID(),
    name,
    displayName: typeof definition.displayName === 'string' ? definition.displayName : name,
    indexed: definition.indexed === true,
    [facet]: definition[facet],
  }
}

/** The genericList template's own column. */
function titleColumn(): ListColumn {
  return {
    id: randomUUID(),
    name: 'Title',
    displayName: 'Title',
    indexed: false,
    text: { allowMultipleLines: false, maxLength: 255 },
  }
}

/** A list as a creation body defines it, empty (the server's route and the test control share it). */
export function listFromDefinition(body: {
  displayName?: string
  columns?: Record<string, unknown>[]
  list?: { template?: string }
}): SharePointList {
  if (!body.displayName) throw badRequest('A list needs a displayName.', 'invalidRequest')
  const columns = [titleColumn(), ...(body.columns ?? []).map(columnOf)]
  if (new Set(columns.map(column => column.name)).size !== columns.length)
    throw badRequest('Two columns have the same name.', 'invalidRequest')
  return {
    id: randomUUID(),
    name: body.displayName.replace(/\W+/g, ''),
    displayName: body.displayName,
    createdDateTime: now(),
    lastModifiedDateTime: now(),
    list: { template: body.list?.template ?? 'genericList' },
    columns,
    items: [],
  }
}

function createList(call: GraphCall) {
  const { lists } = requirePartner(call)
  const body = bodyOf<{ displayName?: string; columns?: Record<string, unknown>[]; list?: { template?: string } }>(
    call,
    'list',
  )
  if (lists.some(list => list.displayName === body.displayName))
    throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified list name is already in use.')
  const list = listFromDefinition(body)
  lists.push(list)
  return json({ '@odata.context': context(call, "sites('root')/lists/$entity"), ...listBody(list) }, 201)
}

/**
 * Adds a column to a list (`POST /sites/{site}/lists/{list}/columns`,
 * https://learn.microsoft.com/en-us/graph/api/list-post-columns). A column can't be indexed on a
 * list past 20,000 items: reported, not documented by Microsoft
 * (https://joannecklein.com/2017/07/25/sharepoint-online-list-view-threshold/: "Once you're over
 * that limit, you will no longer be able to add a column index"); refused here as the threshold.
 */
function createColumn(call: GraphCall, listKey: string) {
  const list = listOf(call, listKey)
  const column = columnOf(bodyOf<Record<string, unknown>>(call, 'columnDefinition'))
  if (list.columns.some(existing => existing.name === column.name))
    throw new GraphHttpError(409, 'nameAlreadyExists', `A column named '${column.name}' already exists.`)
  if (column.indexed && list.items.length > 20_000) throw thresholdExceeded()
  list.columns.push(column)
  const { id, name, displayName, indexed, ...facets } = column
  return json(
    {
      '@odata.context': context(call, "sites('root')/lists/columns/$entity"),
      id,
      name,
      displayName,
      indexed,
      ...facets,
    },
    201,
  )
}

/** Appends items as they would be created, in one go (the test control seeds large lists with it). */
export function appendItems(list: SharePointList, fieldsList: readonly Record<string, unknown>[]): void {
  let next = list.items.reduce((max, i) => Math.max(max, Number(i.id)), 0) + 1
  const at = now()
  for (const fields of fieldsList)
    list.items.push({
      id: String(next++),
      eTag: nextEtag(),
      createdDateTime: at,
      lastModifiedDateTime: at,
      fields: { ...fields },
    })
}

function createItem(call: GraphCall, listKey: string) {
  const list = listOf(call, listKey)
  const body = bodyOf<{ fields?: Record<string, unknown> }>(call, 'listItem')
  const fields = checkFields(list, body.fields ?? {})
  const item: ListItem = {
    id: String(list.items.reduce((max, i) => Math.max(max, Number(i.id)), 0) + 1),
    eTag: nextEtag(),
    createdDateTime: now(),
    lastModifiedDateTime: now(),
    fields,
  }
  list.items.push(item)
  return json({ '@odata.context': context(call, "sites('root')/lists/items/$entity"), ...itemBody(item, true) }, 201, {
    ETag: item.eTag,
  })
}

/** Changes an item's fields, moving its ETag: the server's own handlers and the test control share it. */
export function changeItem(item: ListItem, fields: Record<string, unknown>): void {
  item.fields = { ...item.fields, ...fields }
  item.eTag = nextEtag(item.eTag)
  item.lastModifiedDateTime = now()
}

function updateItemFields(call: GraphCall, listKey: string, itemKey: string) {
  const list = listOf(call, listKey)
  const item = itemOf(list, itemKey)
  checkIfMatch(call, item)
  changeItem(item, checkFields(list, bodyOf<Record<string, unknown>>(call, 'fieldValueSet')))
  return json(
    {
      '@odata.context': context(call, "sites('root')/lists/items/fields/$entity"),
      '@odata.etag': item.eTag,
      id: item.id,
      ...item.fields,
    },
    200,
    { ETag: item.eTag },
  )
}

function deleteItem(call: GraphCall, listKey: string, itemKey: string) {
  const list = listOf(call, listKey)
  const item = itemOf(list, itemKey)
  checkIfMatch(call, item)
  list.items.splice(list.items.indexOf(item), 1)
  return { status: 204 }
}

/** `expand=fields` (or `$expand=fields`) returns each item's column values. */
function expandsFields(url: URL): boolean {
  return (url.searchParams.get('expand') ?? url.searchParams.get('$expand') ?? '').split(',').includes('fields')
}

function listItems(call: GraphCall, listKey: string) {
  const list = listOf(call, listKey)
  const items = queryItems(list.items, list.columns, {
    filter: call.url.searchParams.get('$filter'),
    orderBy: call.url.searchParams.get('$orderby'),
    prefer: call.headers.prefer,
  })
  return page(
    items.map(item => itemBody(item, expandsFields(call.url))),
    call.url,
    context(call, "sites('root')/lists/items"),
  )
}

export const listRoutes: Route[] = [
  route(
    'GET',
    '/sites/root/lists',
    call => page(requirePartner(call).lists.map(listBody), call.url, context(call, "sites('root')/lists")),
    'Collection(list)',
  ),
  route('POST', '/sites/root/lists', createList, 'list'),
  route(
    'GET',
    '/sites/root/lists/{list}',
    (call, [list]) =>
      json({ '@odata.context': context(call, "sites('root')/lists/$entity"), ...listBody(listOf(call, list!)) }),
    'list',
  ),
  route(
    'GET',
    '/sites/root/lists/{list}/columns',
    (call, [list]) =>
      page(
        listOf(call, list!).columns.map(({ id, name, displayName, indexed, ...facets }) => ({
          id,
          name,
          displayName,
          indexed,
          ...facets,
        })),
        call.url,
        context(call, "sites('root')/lists/columns"),
      ),
    'Collection(columnDefinition)',
  ),
  route('POST', '/sites/root/lists/{list}/columns', (call, [list]) => createColumn(call, list!), 'columnDefinition'),
  route('GET', '/sites/root/lists/{list}/items', (call, [list]) => listItems(call, list!), 'Collection(listItem)'),
  route('POST', '/sites/root/lists/{list}/items', (call, [list]) => createItem(call, list!), 'listItem'),
  route(
    'GET',
    '/sites/root/lists/{list}/items/{item}',
    (call, [list, item]) => {
      const found = itemOf(listOf(call, list!), item!)
      return json(
        {
          '@odata.context': context(call, "sites('root')/lists/items/$entity"),
          ...itemBody(found, expandsFields(call.url)),
        },
        200,
        { ETag: found.eTag },
      )
    },
    'listItem',
  ),
  route(
    'PATCH',
    '/sites/root/lists/{list}/items/{item}/fields',
    (call, [list, item]) => updateItemFields(call, list!, item!),
    'fieldValueSet',
  ),
  route('DELETE', '/sites/root/lists/{list}/items/{item}', (call, [list, item]) => deleteItem(call, list!, item!)),
]
