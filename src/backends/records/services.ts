import type { ActivityChange } from '@/domain/activityLog'
import type { IsoDate } from '@/domain/dates'
import type { AddOn, AddOnFilter, AddOnInput, AddOnStatus } from '@/domain/ledger/addOns'
import type { CurrencyCode } from '@/domain/money'
import type { PriceList } from '@/domain/pricing/pricing'
import type { Tenant } from '@/domain/tenant/tenant'
import type { ActivityDraft } from './activity'
import {
  decimalAmount,
  endOnCancel,
  filterAddOns,
  isClosed,
  normalizeAddOnInput,
  validateAddOnInput,
  validateTransition,
} from '@/domain/ledger/addOns'
import { planOfficeProDraft, validateNoSecondDeployment } from '@/domain/tenant/officePro'
import { BackendError } from '../backend'
import { byCreation, refuseInvalid } from './checks'

/**
 * The add-on services ledger's writes, whatever keeps the records: each checks the domain's
 * rules, gives the record as it is to be stored and the activity entry that goes with it.
 */

type Named = Pick<Tenant, 'id' | 'companyName'>

/** A record to store with its activity entry. */
export interface RecordWrite<T> {
  readonly record: T
  readonly activity: ActivityDraft
}

/** The fields a change compares, in the order the activity log lists them. */
const LOGGED_FIELDS = [
  'kind',
  'description',
  'quantity',
  'unit',
  'unitPriceMinor',
  'billing',
  'mailSource',
  'quotedOn',
  'startOn',
  'deliveredOn',
  'technician',
  'notes',
] as const

function movedFields(before: AddOn, after: AddOnInput): ActivityChange[] {
  // A price reads as an amount ("45.00 USD"), not as a count of cents.
  const price = (minor: number) => `${decimalAmount(minor, before.currency)} ${before.currency}`
  return LOGGED_FIELDS.filter(field => before[field] !== after[field]).map(field =>
    field === 'unitPriceMinor'
      ? { field: 'service.unitPrice', before: price(before.unitPriceMinor), after: price(after.unitPriceMinor) }
      : { field: `service.${field}`, before: before[field], after: after[field] },
  )
}

/** What the activity sentence names: the service as the partner described it. */
function details(service: AddOn) {
  return { description: service.description }
}

/** Services of one tenant or the whole partner, filtered, in the order they were recorded. */
export function servicesInOrder(services: readonly AddOn[], filter: AddOnFilter = {}): AddOn[] {
  return filterAddOns(services, filter).sort(byCreation)
}

/** Invoiced and cancelled services are history: refused with `validation`, field `status`, code `closed`. */
export function requireOpenService(service: AddOn): AddOn {
  if (isClosed(service.status))
    refuseInvalid(
      [{ field: 'status', code: 'closed', params: { status: service.status } }],
      'The service breaks a rule',
    )
  return service
}

/**
 * A new quoted service, priced in the partner's currency of the day (a later change of currency leaves it as sold);
 * `tenantServices` are the tenant's services already recorded: a second Office Pro deployment under way is refused.
 */
export function createServiceRecord(
  tenant: Named,
  input: AddOnInput,
  currency: CurrencyCode,
  at: Date,
  tenantServices: readonly AddOn[],
): RecordWrite<AddOn> {
  refuseInvalid(
    [...validateAddOnInput(input, currency), ...validateNoSecondDeployment(input, tenantServices, tenant.id)],
    'The service breaks a rule',
  )
  const service: AddOn = {
    ...normalizeAddOnInput(input),
    id: crypto.randomUUID(),
    tenantId: tenant.id,
    currency,
    status: 'quoted',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
  return {
    record: service,
    activity: {
      area: 'service',
      action: 'service.created',
      tenant,
      details: details(service),
      changes: [{ field: 'service.description', before: null, after: service.description }],
    },
  }
}

/** The open service with the input's changes; `null` when nothing moved. */
export function updateServiceRecord(
  tenant: Named,
  current: AddOn,
  input: AddOnInput,
  at: Date,
): RecordWrite<AddOn> | null {
  requireOpenService(current)
  refuseInvalid(validateAddOnInput(input, current.currency), 'The service breaks a rule')
  const normalized = normalizeAddOnInput(input)
  const changes = movedFields(current, normalized)
  if (changes.length === 0) return null
  const next: AddOn = { ...current, ...normalized, updatedAt: at.toISOString() }
  return {
    record: next,
    activity: { area: 'service', action: 'service.updated', tenant, details: details(next), changes },
  }
}

/**
 * One allowed status step; delivering stamps today if no date was set; cancelling a running monthly contract ends it
 * today.
 */
export function moveServiceRecord(
  tenant: Named,
  current: AddOn,
  status: AddOnStatus,
  today: IsoDate,
  at: Date,
): RecordWrite<AddOn> {
  refuseInvalid(validateTransition(current.status, status), 'The service breaks a rule')
  const deliveredOn = status === 'delivered' ? (current.deliveredOn ?? today) : current.deliveredOn
  // Only the date the step stamps is checked: a service stored under older rules (monthly, in days) still moves.
  const dateIssues = validateAddOnInput({ ...current, deliveredOn }, current.currency).filter(
    issue => issue.field === 'deliveredOn',
  )
  refuseInvalid(dateIssues, 'The service breaks a rule')
  const endedOn = status === 'cancelled' ? endOnCancel(current, today) : (current.endedOn ?? null)
  const next: AddOn = { ...current, status, deliveredOn, endedOn, updatedAt: at.toISOString() }
  return {
    record: next,
    activity: {
      area: 'service',
      action: `service.status.${status}`,
      tenant,
      details: details(next),
      changes: [
        { field: 'service.status', before: current.status, after: status },
        ...(deliveredOn !== current.deliveredOn
          ? [{ field: 'service.deliveredOn', before: current.deliveredOn, after: deliveredOn }]
          : []),
        ...(endedOn !== (current.endedOn ?? null)
          ? [{ field: 'service.endedOn', before: current.endedOn ?? null, after: endedOn }]
          : []),
      ],
    },
  }
}

/** The activity entry of deleting an open service. */
export function removeServiceActivity(tenant: Named, service: AddOn): ActivityDraft {
  requireOpenService(service)
  return {
    area: 'service',
    action: 'service.removed',
    tenant,
    details: details(service),
    changes: [{ field: 'service.description', before: service.description, after: null }],
  }
}

/** What drafting an Office Pro deployment gave: the one already under way, or a new one to store. */
export type OfficeProDraftWrite = { readonly reused: AddOn } | { readonly write: RecordWrite<AddOn> }

/**
 * One Office Pro draft per tenant, priced from the price list (`planOfficeProDraft`): the deployment under way is
 * given back as it is; a list with no price for it is refused with `validation`, field `officeProDeployment`.
 */
export function officeProDraftWrite(
  tenant: Named,
  tenantServices: readonly AddOn[],
  priceList: PriceList,
  request: { workstations: number; description: string },
  today: IsoDate,
  at: Date,
): OfficeProDraftWrite {
  const plan = planOfficeProDraft(
    tenant.id,
    tenantServices,
    priceList,
    request.workstations,
    request.description,
    today,
  )
  if (plan.kind === 'reuse') return { reused: plan.service }
  if (plan.kind === 'refuse')
    throw new BackendError('validation', 'The Office Pro deployment has no price in the price list', plan.issues)
  return { write: createServiceRecord(tenant, plan.input, priceList.currency, at, tenantServices) }
}
