import type { ValidationIssue } from '@/domain/validation'
import type { Backend } from './backend'
import { QUOTE_SERVICE_LINES_MAX } from '@/domain/quotes/quoteLimits'
import { MAX_IMPORT_ROWS } from '@/domain/users/importLimits'
import { BackendError } from './backend'

/**
 * The types at the backend interface's doors. The forms always send the right types, but the
 * interface is public: a number where a name goes, or a list kind `grey`, gets a `validation`
 * error naming the field, never a `TypeError` from deep inside a rule (reliability review L6).
 * Field names are the forms' own, so the message is the one the form would show. Both adapters
 * (this browser's and Microsoft 365's) pass through it, so the refusal is the same on either.
 */
type Check = (value: unknown, field: string) => ValidationIssue[]

/** The value as the message quotes it; an object is named by its kind (its own `toString` may be anything). */
const shown = (value: unknown) =>
  (typeof value === 'object' && value !== null
    ? Array.isArray(value)
      ? 'a list'
      : 'an object'
    : typeof value === 'string'
      ? value
      : String(value)
  ).slice(0, 40)
const wrong = (field: string, value: unknown): ValidationIssue[] => [
  { field, code: 'unknown', params: { value: shown(value) } },
]

const text: Check = (value, field) => (typeof value === 'string' ? [] : wrong(field, value))
const number: Check = (value, field) => (typeof value === 'number' ? [] : [{ field, code: 'notNumber' }])
const flag: Check = (value, field) => (typeof value === 'boolean' ? [] : wrong(field, value))
const record: Check = (value, field) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? [] : wrong(field, value)
const nullable =
  (check: Check): Check =>
  (value, field) =>
    value === null || value === undefined ? [] : check(value, field)
const oneOf =
  (allowed: readonly string[]): Check =>
  (value, field) =>
    allowed.includes(value as string) ? [] : wrong(field, value)

/** An object whose named members pass their checks; `rename` gives a member the form's field name. */
function shape(members: Record<string, Check>, rename: Record<string, string> = {}, prefix = ''): Check {
  return (value, field) => {
    const own = record(value, field)
    if (own.length > 0) return own
    const object = value as Record<string, unknown>
    return Object.entries(members).flatMap(([key, check]) => check(object[key], `${prefix}${rename[key] ?? key}`))
  }
}

/** A list of at most `max` items, each passing `item`; too many is said on `field` with its maximum. */
function list(item: Check, max: number, tooMany?: string): Check {
  return (value, field) => {
    if (!Array.isArray(value)) return wrong(field, value)
    if (value.length > max) return [{ field: tooMany ?? field, code: 'aboveMaximum', params: { max } }]
    return value.flatMap((entry, i) => item(entry, `${field}[${i}]`))
  }
}

const userInput = shape({
  firstName: text,
  lastName: text,
  alias: text,
  domain: text,
  usageLocation: text,
  subscriptionId: nullable(text),
})

const provisionRequest = shape({
  companyName: text,
  contactName: text,
  contactEmail: text,
  contactPhone: text,
  country: text,
  language: text,
  domainPrefix: text,
  billing: text,
  address: shape({ addressLine1: text, addressLine2: text, city: text, state: text, postalCode: text }, {}, 'address.'),
  agreement: shape(
    { firstName: text, lastName: text, email: text, phone: text, accepted: flag, dateAgreed: text },
    {},
    'agreement.',
  ),
  lines: list(shape({ offerId: text, seats: number }), 20, 'offers'),
  baselineId: nullable(text),
})

/** What a service sold and a quote's service line both carry. */
const serviceLine = {
  kind: text,
  description: text,
  quantity: number,
  unit: text,
  unitPriceMinor: number,
  billing: text,
  mailSource: nullable(text),
}

const serviceInput = shape({
  ...serviceLine,
  quotedOn: text,
  startOn: nullable(text),
  deliveredOn: nullable(text),
  technician: text,
  notes: text,
})

const quoteInput = shape({
  prospect: shape({ companyName: text, employees: number, contactName: text, contactEmail: text, country: text }),
  lines: list(shape({ offerId: text, seats: number }), 20, 'offers'),
  services: list(shape(serviceLine), QUOTE_SERVICE_LINES_MAX),
  createdOn: text,
  validUntil: text,
  status: text,
})

const baselineInput = shape(
  { name: text, description: text, settings: record },
  { name: 'baselineName', description: 'baselineDescription', settings: 'baselineSettings' },
)

/** Each guarded method's arguments, in order, with the field each one is. */
type Doors = Record<string, readonly (readonly [Check, string])[]>

const id = [text, 'id'] as const

/** Wraps `target`, checking the arguments of the methods `doors` names before the method runs. */
function guarded<T extends object>(target: T, doors: Doors): T {
  return new Proxy(target, {
    get(object, method, receiver) {
      const member = Reflect.get(object, method, receiver) as unknown
      const checks = typeof method === 'string' ? doors[method] : undefined
      if (!checks || typeof member !== 'function') return member
      return (...args: unknown[]) => {
        const issues = checks.flatMap(([check, field], i) => check(args[i], field))
        if (issues.length > 0)
          return Promise.reject(new BackendError('validation', `Wrong value for ${issues[0]!.field}`, issues))
        return (member as (...values: unknown[]) => unknown).apply(object, args)
      }
    },
  })
}

/** The backend with its write doors guarded; reads pass through untouched. */
export function guardDoors<B extends Backend>(backend: B): B {
  const { exchange } = backend
  return {
    ...backend,
    tenants: guarded(backend.tenants, {
      provision: [[provisionRequest, 'request']],
      updateWorkstations: [id, [shape({ workstations: number, withOfficePro: number }), 'workstations']],
    }),
    settings: guarded(backend.settings, { update: [id, [record, 'settings']] }),
    users: guarded(backend.users, {
      create: [id, [userInput, 'user']],
      update: [id, id, [userInput, 'user']],
      importMany: [id, [list(userInput, MAX_IMPORT_ROWS, 'file'), 'rows']],
      setBlocked: [id, id, [flag, 'blocked']],
      setServices: [id, id, [record, 'services']],
      setExchangeOverrides: [id, id, [record, 'exchange']],
    }),
    exchange: {
      senders: guarded(exchange.senders, {
        add: [
          id,
          [shape({ list: oneOf(['safe', 'blocked']), value: text }, { value: 'sender', list: 'senderList' }), 'sender'],
        ],
      }),
      distributionLists: guarded(exchange.distributionLists, {
        add: [
          id,
          [
            shape(
              { displayName: text, alias: text, memberIds: list(text, 10_000) },
              { displayName: 'listName', alias: 'listAlias', memberIds: 'listMembers' },
            ),
            'list',
          ],
        ],
      }),
      contacts: guarded(exchange.contacts, {
        add: [
          id,
          [
            shape({ displayName: text, email: text }, { displayName: 'mailContactName', email: 'mailContactEmail' }),
            'contact',
          ],
        ],
      }),
    },
    sharePoint: guarded(backend.sharePoint, {
      createSite: [
        id,
        [
          shape(
            { title: text, path: text, template: text, quotaMb: number },
            { title: 'siteTitle', path: 'sitePath', template: 'siteTemplate', quotaMb: 'siteQuota' },
          ),
          'site',
        ],
      ],
    }),
    subscriptions: guarded(backend.subscriptions, {
      add: [id, [text, 'offerId'], [number, 'seats'], [oneOf(['trial', 'paid']), 'billing']],
      changeSeats: [id, id, [number, 'seats']],
    }),
    domains: guarded(backend.domains, {
      add: [id, [text, 'domainName']],
      setDefault: [id, [text, 'domainName']],
    }),
    baselines: guarded(backend.baselines, {
      create: [[baselineInput, 'baseline']],
      update: [id, [baselineInput, 'baseline']],
      apply: [id, [list(text, 50_000), 'tenantIds']],
    }),
    services: guarded(backend.services, {
      create: [id, [serviceInput, 'service']],
      update: [id, id, [serviceInput, 'service']],
    }),
    quotes: guarded(backend.quotes, {
      create: [[quoteInput, 'quote']],
      update: [id, [quoteInput, 'quote']],
    }),
    partner: guarded(backend.partner, {
      saveIdentity: [
        [
          shape({
            legalName: text,
            address: text,
            country: text,
            registrationNumber: text,
            vatNumber: text,
            phone: text,
            email: text,
            logo: nullable(text),
          }),
          'identity',
        ],
      ],
    }),
    pricing: guarded(backend.pricing, {
      update: [[shape({ currency: text, prices: record }), 'priceList']],
    }),
  }
}
