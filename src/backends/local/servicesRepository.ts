import type { ServiceInput, ServiceRecord } from '@/domain/services'
import type { ActivityChange } from '@/domain/tenant'
import type { ServiceRepository } from '../backend'
import type { LocalContext } from './context'
import { decimalAmount, filterServices, isClosed, normalizeServiceInput, validateServiceInput, validateTransition } from '@/domain/services'
import { byCreation, ownRecord, refuseInvalid } from './consoleChecks'
import { storedPriceList } from './pricingRepository'

/** The fields a change compares, in the order the activity log lists them. */
const LOGGED_FIELDS = ['kind', 'description', 'quantity', 'unit', 'unitPriceMinor', 'billing', 'mailSource', 'quotedOn', 'startOn', 'deliveredOn', 'technician', 'notes'] as const

function movedFields(before: ServiceRecord, after: ServiceInput): ActivityChange[] {
  // A price reads as an amount ("45.00 USD"), not as a count of cents.
  const price = (minor: number) => `${decimalAmount(minor, before.currency)} ${before.currency}`
  return LOGGED_FIELDS.filter(field => before[field] !== after[field]).map(field => field === 'unitPriceMinor'
    ? { field: 'service.unitPrice', before: price(before.unitPriceMinor), after: price(after.unitPriceMinor) }
    : { field: `service.${field}`, before: before[field], after: after[field] })
}

/** What the activity sentence names: the service as the partner described it. */
function details(service: ServiceRecord) {
  return { description: service.description }
}

/**
 * The add-on services ledger. Services are the partner's business, not the tenant's console, so a
 * Deskless-only tenant has them too; each write is one transaction with its activity entry.
 */
export function createServiceRepository(context: LocalContext): ServiceRepository {
  const { db, run } = context
  const writeTables = [db.tenants, db.subscriptions, db.activity, db.meta, db.services]

  /** The service, refused as history once invoiced or cancelled. */
  async function openService(tenantId: string, serviceId: string): Promise<ServiceRecord> {
    const service = ownRecord(await db.services.get(serviceId), tenantId, 'service')
    if (isClosed(service.status))
      refuseInvalid([{ field: 'status', code: 'closed', params: { status: service.status } }], 'service')
    return service
  }

  return {
    list: (filter = {}) => run('read the services', async () => {
      const stored = filter.tenantId === undefined
        ? await db.services.toArray()
        : await db.services.where('tenantId').equals(filter.tenantId).toArray()
      return filterServices(stored, filter).sort(byCreation)
    }),

    create: (tenantId, input) => run('record the service', () => db.transaction('rw', writeTables, async () => {
      const { tenant } = await context.loadTenant(tenantId)
      // Priced in the partner's currency of the day; a later change of currency leaves it as sold.
      const { currency } = await storedPriceList(context)
      refuseInvalid(validateServiceInput(input, currency), 'service')
      const at = context.now().toISOString()
      const service: ServiceRecord = {
        ...normalizeServiceInput(input),
        id: crypto.randomUUID(),
        tenantId,
        currency,
        status: 'quoted',
        createdAt: at,
        updatedAt: at,
      }
      await db.services.add(service)
      await context.log({
        area: 'service',
        action: 'service.created',
        tenant,
        details: details(service),
        changes: [{ field: 'service.description', before: null, after: service.description }],
      }, new Date(at))
      return service
    })),

    update: (tenantId, serviceId, input) => run('save the service', () => db.transaction('rw', writeTables, async () => {
      const { tenant } = await context.loadTenant(tenantId)
      const current = await openService(tenantId, serviceId)
      refuseInvalid(validateServiceInput(input, current.currency), 'service')
      const normalized = normalizeServiceInput(input)
      const changes = movedFields(current, normalized)
      if (changes.length === 0)
        return current
      const at = context.now()
      const next: ServiceRecord = { ...current, ...normalized, updatedAt: at.toISOString() }
      await db.services.put(next)
      await context.log({ area: 'service', action: 'service.updated', tenant, details: details(next), changes }, at)
      return next
    })),

    setStatus: (tenantId, serviceId, status) => run('move the service', () => db.transaction('rw', writeTables, async () => {
      const { tenant } = await context.loadTenant(tenantId)
      const current = ownRecord(await db.services.get(serviceId), tenantId, 'service')
      refuseInvalid(validateTransition(current.status, status), 'service')
      // Delivered work has a delivery date: today's, unless someone entered it already.
      const deliveredOn = status === 'delivered' ? current.deliveredOn ?? context.today() : current.deliveredOn
      refuseInvalid(validateServiceInput({ ...current, deliveredOn }, current.currency), 'service')
      const at = context.now()
      const next: ServiceRecord = { ...current, status, deliveredOn, updatedAt: at.toISOString() }
      await db.services.put(next)
      await context.log({
        area: 'service',
        action: `service.status.${status}`,
        tenant,
        details: details(next),
        changes: [
          { field: 'service.status', before: current.status, after: status },
          ...(deliveredOn !== current.deliveredOn ? [{ field: 'service.deliveredOn', before: current.deliveredOn, after: deliveredOn }] : []),
        ],
      }, at)
      return next
    })),

    remove: (tenantId, serviceId) => run('delete the service', () => db.transaction('rw', writeTables, async () => {
      const { tenant } = await context.loadTenant(tenantId)
      const service = await openService(tenantId, serviceId)
      const at = context.now()
      await db.services.delete(serviceId)
      await context.log({
        area: 'service',
        action: 'service.removed',
        tenant,
        details: details(service),
        changes: [{ field: 'service.description', before: service.description, after: null }],
      }, at)
    })),
  }
}
