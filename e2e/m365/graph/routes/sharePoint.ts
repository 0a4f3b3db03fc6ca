import type { GraphCall, Route } from '../router'
import type { ListItem, SharepointSettings, SharePointList } from '../world'
import { randomUUID } from 'node:crypto'
import { badRequest, GraphHttpError, json, page, without } from '../http'
import { bodyOf, context, directoryOf, found, requirePartner, route } from '../router'

/** Settings Graph lets an admin change through `PATCH /admin/sharepoint/settings` (the rest are read-only here). */
const WRITABLE_SETTINGS = new Set(['sharingCapability', 'isSiteCreationEnabled', 'isResharingByExternalUsersEnabled', 'personalSiteDefaultStorageLimitInMB', 'tenantDefaultTimezone'])

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z')
}

function settingsResponse(call: GraphCall, settings: SharepointSettings) {
  return json({ '@odata.context': context(call, 'admin/sharepoint/settings/$entity'), ...settings })
}

function updateSettings(call: GraphCall) {
  const directory = directoryOf(call)
  const body = bodyOf<Partial<SharepointSettings>>(call, 'sharepointSettings')
  const refused = Object.keys(body).find(key => !WRITABLE_SETTINGS.has(key))
  if (refused)
    throw badRequest(`Property '${refused}' cannot be updated.`, 'invalidRequest')
  directory.sharepointSettings = { ...directory.sharepointSettings, ...body }
  return settingsResponse(call, directory.sharepointSettings)
}

/** SharePoint's item ETags: `"{guid},{version}"`, the version moving on every change. */
function etag(item: ListItem): string {
  return item.eTag
}

function nextEtag(previous?: string): string {
  const [guid, version] = previous ? previous.replace(/"/g, '').split(',') : [randomUUID(), '0']
  return `"${guid},${Number(version) + 1}"`
}

function listOf(call: GraphCall, key: string): SharePointList {
  const { lists } = requirePartner(call)
  const wanted = decodeURIComponent(key)
  return found(lists.find(list => list.id === wanted || list.name === wanted), key)
}

function itemOf(list: SharePointList, key: string): ListItem {
  return found(list.items.find(item => item.id === key), key)
}

function itemBody(item: ListItem, withFields: boolean) {
  const { fields, eTag, ...rest } = item
  return { '@odata.etag': eTag, eTag, ...rest, ...(withFields ? { fields: { '@odata.etag': eTag, id: item.id, ...fields } } : {}) }
}

function listBody(list: SharePointList) {
  return without(list, 'items')
}

/** A write to an item the client read at `If-Match` fails when someone changed it since (412). */
function checkIfMatch(call: GraphCall, item: ListItem): void {
  const ifMatch = call.headers['if-match']
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== etag(item))
    throw new GraphHttpError(412, 'preconditionFailed', `The request ETag value '${ifMatch}' does not match the object's ETag value '${etag(item)}'.`)
}

function createList(call: GraphCall) {
  const { lists } = requirePartner(call)
  const body = bodyOf<{ displayName?: string }>(call, 'list')
  if (!body.displayName)
    throw badRequest('A list needs a displayName.', 'invalidRequest')
  if (lists.some(list => list.displayName === body.displayName))
    throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified list name is already in use.')
  const list: SharePointList = { id: randomUUID(), name: body.displayName.replace(/\W+/g, ''), displayName: body.displayName, createdDateTime: now(), lastModifiedDateTime: now(), items: [] }
  lists.push(list)
  return json({ '@odata.context': context(call, 'sites(\'root\')/lists/$entity'), ...listBody(list) }, 201)
}

function createItem(call: GraphCall, listKey: string) {
  const list = listOf(call, listKey)
  const body = bodyOf<{ fields?: Record<string, unknown> }>(call, 'listItem')
  const fields = without(body.fields ?? {}, '@odata.etag', 'id')
  const item: ListItem = { id: String(list.items.reduce((max, i) => Math.max(max, Number(i.id)), 0) + 1), eTag: nextEtag(), createdDateTime: now(), lastModifiedDateTime: now(), fields }
  list.items.push(item)
  return json({ '@odata.context': context(call, 'sites(\'root\')/lists/items/$entity'), ...itemBody(item, true) }, 201, { ETag: item.eTag })
}

function updateItemFields(call: GraphCall, listKey: string, itemKey: string) {
  const item = itemOf(listOf(call, listKey), itemKey)
  checkIfMatch(call, item)
  const fields = without(bodyOf<Record<string, unknown>>(call, 'fieldValueSet'), '@odata.etag', 'id')
  item.fields = { ...item.fields, ...fields }
  item.eTag = nextEtag(item.eTag)
  item.lastModifiedDateTime = now()
  return json({ '@odata.context': context(call, 'sites(\'root\')/lists/items/fields/$entity'), '@odata.etag': item.eTag, 'id': item.id, ...item.fields }, 200, { ETag: item.eTag })
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

export const sharePointRoutes: Route[] = [
  route('GET', '/admin/sharepoint/settings', call => settingsResponse(call, directoryOf(call).sharepointSettings), 'sharepointSettings'),
  route('PATCH', '/admin/sharepoint/settings', updateSettings, 'sharepointSettings'),

  route('GET', '/sites/root/lists', call => page(requirePartner(call).lists.map(listBody), call.url, context(call, 'sites(\'root\')/lists')), 'Collection(list)'),
  route('POST', '/sites/root/lists', createList, 'list'),
  route('GET', '/sites/root/lists/{list}', (call, [list]) => json({ '@odata.context': context(call, 'sites(\'root\')/lists/$entity'), ...listBody(listOf(call, list!)) }), 'list'),
  route('GET', '/sites/root/lists/{list}/items', (call, [list]) => page(listOf(call, list!).items.map(item => itemBody(item, expandsFields(call.url))), call.url, context(call, 'sites(\'root\')/lists/items')), 'Collection(listItem)'),
  route('POST', '/sites/root/lists/{list}/items', (call, [list]) => createItem(call, list!), 'listItem'),
  route('GET', '/sites/root/lists/{list}/items/{item}', (call, [list, item]) => {
    const found = itemOf(listOf(call, list!), item!)
    return json({ '@odata.context': context(call, 'sites(\'root\')/lists/items/$entity'), ...itemBody(found, expandsFields(call.url)) }, 200, { ETag: found.eTag })
  }, 'listItem'),
  route('PATCH', '/sites/root/lists/{list}/items/{item}/fields', (call, [list, item]) => updateItemFields(call, list!, item!), 'fieldValueSet'),
  route('DELETE', '/sites/root/lists/{list}/items/{item}', (call, [list, item]) => deleteItem(call, list!, item!)),
]
