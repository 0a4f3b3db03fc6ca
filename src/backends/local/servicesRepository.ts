import type { AddOn } from '@/domain/ledger/addOns'
import type { ServiceRepository } from '../backend'
import type { RecordWrite } from '../records/services'
import type { LocalContext } from './context'
import { ownRecord } from '../records/checks'
import {
  createServiceRecord,
  moveServiceRecord,
  officeProDraftWrite,
  removeServiceActivity,
  requireOpenService,
  servicesInOrder,
  updateServiceRecord,
} from '../records/services'
import { storedPriceList } from './pricingRepository'
import { refuseStale } from '../records/versions'
import { nextVersion } from './versions'

/**
 * The add-on services ledger. Services are the partner's business, not the tenant's console, so a
 * Deskless-only tenant has them too; each write is one transaction with its activity entry.
 */
export function createServiceRepository(context: LocalContext): ServiceRepository {
  const { db, run } = context
  const writeTables = [db.tenants, db.subscriptions, db.activity, db.meta, db.services]

  async function stored(tenantId: string, serviceId: string): Promise<AddOn> {
    return ownRecord(await db.services.get(serviceId), tenantId, 'service')
  }

  const ofTenant = (tenantId: string) => db.services.where('tenantId').equals(tenantId).toArray()

  async function save(write: RecordWrite<AddOn>, at: Date): Promise<AddOn> {
    const record = nextVersion(write.record)
    await db.services.put(record)
    await context.log(write.activity, at)
    return record
  }

  return {
    list: (filter = {}) =>
      run('read the services', async () =>
        servicesInOrder(
          filter.tenantId === undefined
            ? await db.services.toArray()
            : await db.services.where('tenantId').equals(filter.tenantId).toArray(),
          filter,
        ),
      ),

    create: (tenantId, input) =>
      run('record the service', () =>
        db.transaction('rw', writeTables, async () => {
          const { tenant } = await context.loadTenant(tenantId)
          const at = context.now()
          const currency = (await storedPriceList(context)).currency
          return save(createServiceRecord(tenant, input, currency, at, await ofTenant(tenantId)), at)
        }),
      ),

    draftOfficeProDeployment: (tenantId, request) =>
      run('draft the Office Pro deployment', () =>
        db.transaction('rw', writeTables, async () => {
          const { tenant } = await context.loadTenant(tenantId)
          const at = context.now()
          const priceList = await storedPriceList(context)
          const draft = officeProDraftWrite(tenant, await ofTenant(tenantId), priceList, request, context.today(), at)
          if ('reused' in draft) return { service: draft.reused, reused: true }
          return { service: await save(draft.write, at), reused: false }
        }),
      ),

    update: (tenantId, serviceId, input) =>
      run('save the service', () =>
        db.transaction('rw', writeTables, async () => {
          const { tenant } = await context.loadTenant(tenantId)
          const current = await stored(tenantId, serviceId)
          refuseStale(current, input.expectedVersion, `save the service ${current.description}`)
          const at = context.now()
          const write = updateServiceRecord(tenant, current, input, at)
          return write ? save(write, at) : current
        }),
      ),

    setStatus: (tenantId, serviceId, status) =>
      run('move the service', () =>
        db.transaction('rw', writeTables, async () => {
          const { tenant } = await context.loadTenant(tenantId)
          const at = context.now()
          return save(moveServiceRecord(tenant, await stored(tenantId, serviceId), status, context.today(), at), at)
        }),
      ),

    remove: (tenantId, serviceId) =>
      run('delete the service', () =>
        db.transaction('rw', writeTables, async () => {
          const { tenant } = await context.loadTenant(tenantId)
          const service = requireOpenService(await stored(tenantId, serviceId))
          await db.services.delete(serviceId)
          await context.log(removeServiceActivity(tenant, service), context.now())
        }),
      ),
  }
}
