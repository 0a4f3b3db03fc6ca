import { readJson } from './readJson'

/**
 * Checks JSON against the Graph v1.0 schema subset (property names, types, enum values), so the
 * test server can't answer what Graph wouldn't and the adapter can't send what Graph would refuse.
 */

interface PropertySchema {
  readonly type: string
  readonly nullable: boolean
}
interface TypeSchema {
  readonly kind: 'entity' | 'complex'
  readonly properties: Readonly<Record<string, PropertySchema>>
  readonly navigation?: Readonly<Record<string, string>>
}
interface ActionSchema {
  readonly parameters: Readonly<Record<string, PropertySchema>>
}
interface GraphSchema {
  readonly types: Readonly<Record<string, TypeSchema>>
  readonly enums: Readonly<Record<string, readonly string[]>>
  readonly actions: Readonly<Record<string, ActionSchema>>
  readonly referencedButNotExtracted: readonly string[]
}

const schema = readJson<GraphSchema>(new URL('./schema/graph-v1-subset.json', import.meta.url))
const notExtracted = new Set(schema.referencedButNotExtracted)
/** Types whose properties are open by design: a list item's `fields` are the list's own columns. */
const openByDesign = new Set(['fieldValueSet'])
/** Navigation properties the subset's extraction left out (it kept navigations for a few types only). */
const missingNavigation: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  listItem: { fields: 'graph.fieldValueSet' },
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const DURATION = /^-?P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/

function bareName(type: string): string {
  return type.replace(/^(graph|microsoft\.graph)\./, '')
}

function collectionItem(type: string): string | undefined {
  return /^Collection\((.+)\)$/.exec(type)?.[1]
}

function checkPrimitive(type: string, value: unknown, path: string): string[] {
  const fail = [`${path}: ${JSON.stringify(value)} is not ${type}`]
  switch (type) {
    case 'Edm.String':
      return typeof value === 'string' ? [] : fail
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? [] : fail
    case 'Edm.Int32':
      return Number.isInteger(value) && Math.abs(value as number) < 2 ** 31 ? [] : fail
    case 'Edm.Int64':
      return Number.isInteger(value) ? [] : fail
    case 'Edm.Double':
      return typeof value === 'number' ? [] : fail
    case 'Edm.Guid':
      return typeof value === 'string' && GUID.test(value) ? [] : fail
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' && DATE_TIME.test(value) ? [] : fail
    case 'Edm.Duration':
      return typeof value === 'string' && DURATION.test(value) ? [] : fail
    default:
      return [`${path}: the checker does not know ${type}`]
  }
}

function checkValue(type: string, value: unknown, nullable: boolean, path: string): string[] {
  if (value === null) return nullable ? [] : [`${path}: null where ${type} is not nullable`]
  const item = collectionItem(type)
  if (item !== undefined) {
    if (!Array.isArray(value)) return [`${path}: expected an array of ${item}`]
    return value.flatMap((element, index) => checkValue(item, element, false, `${path}[${index}]`))
  }
  if (type.startsWith('Edm.')) return checkPrimitive(type, value, path)
  const name = bareName(type)
  const enumValues = schema.enums[name]
  if (enumValues)
    return typeof value === 'string' && enumValues.includes(value)
      ? []
      : [`${path}: ${JSON.stringify(value)} is not a ${name} value`]
  if (notExtracted.has(name)) return typeof value === 'object' ? [] : [`${path}: expected a ${name} object`]
  return checkObject(name, value, path)
}

/** `@odata.type` names a derived type (a TXT record among DNS records): check against that one. */
function actualTypeName(declared: string, value: object): string | string[] {
  const annotated = (value as Record<string, unknown>)['@odata.type']
  if (typeof annotated !== 'string') return declared
  const derived = bareName(annotated.replace(/^#/, ''))
  const derivedType = schema.types[derived] as (TypeSchema & { baseChain?: readonly string[] }) | undefined
  if (derived !== declared && !derivedType?.baseChain?.includes(declared))
    return [`@odata.type ${annotated} is not a ${declared}`]
  return derived
}

function checkObject(declared: string, value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${path}: expected a ${declared} object`]
  const name = actualTypeName(declared, value)
  if (Array.isArray(name)) return name.map(issue => `${path}: ${issue}`)
  const type = schema.types[name]
  if (!type) return [`${path}: ${name} is not in the schema subset`]
  const issues: string[] = []
  for (const [key, propertyValue] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (key.startsWith('@odata.') || key.includes('@odata.')) continue
    const property = type.properties[key]
    const navigation = type.navigation?.[key] ?? missingNavigation[name]?.[key]
    if (property) issues.push(...checkValue(property.type, propertyValue, property.nullable, at))
    else if (navigation) issues.push(...checkValue(navigation, propertyValue, true, at))
    else if (!openByDesign.has(name)) issues.push(`${at}: ${name} has no property "${key}"`)
  }
  return issues
}

/**
 * What is wrong with `value` as a Graph `type` (`user`, `graph.user`, `Collection(graph.user)`); empty when nothing.
 */
export function conformanceIssues(type: string, value: unknown): string[] {
  const item = collectionItem(type)
  return item !== undefined || type.startsWith('Edm.')
    ? checkValue(type, value, false, '')
    : checkObject(bareName(type), value, '')
}

export function assertConforms(type: string, value: unknown): void {
  const issues = conformanceIssues(type, value)
  if (issues.length > 0) throw new Error(`Not a Graph ${type}:\n  ${issues.join('\n  ')}`)
}

/** A collection response: `{ value: [...] }` with only `@odata.*` annotations beside it. */
export function assertCollectionConforms(itemType: string, body: unknown): void {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { value?: unknown }).value))
    throw new Error(`Not a Graph collection of ${itemType}: ${JSON.stringify(body)}`)
  const extra = Object.keys(body).filter(key => key !== 'value' && !key.startsWith('@odata.'))
  if (extra.length > 0) throw new Error(`A Graph collection has no ${extra.join(', ')}`)
  assertConforms(`Collection(${itemType})`, (body as { value: unknown }).value)
}

/** An action's request body: only its declared parameters, each of its type. */
export function assertActionConforms(action: string, body: unknown): void {
  const declared = schema.actions[action]
  if (!declared) throw new Error(`${action} is not an action of the schema subset`)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`${action} takes a JSON object`)
  const issues: string[] = []
  for (const [name, parameter] of Object.entries(declared.parameters)) {
    if (!(name in body) && !parameter.nullable) issues.push(`${name}: required`)
  }
  for (const [name, value] of Object.entries(body)) {
    const parameter = declared.parameters[name]
    issues.push(
      ...(parameter
        ? checkValue(parameter.type, value, parameter.nullable, name)
        : [`${action} has no parameter "${name}"`]),
    )
  }
  if (issues.length > 0) throw new Error(`Not a Graph ${action} body:\n  ${issues.join('\n  ')}`)
}
