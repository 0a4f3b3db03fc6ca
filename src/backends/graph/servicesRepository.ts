import type { AddOn } from '@/domain/ledger/addOns'
import type { ServiceRepository } from '../backend'
import type { RecordWrite } from '../records/services'
import type { GraphContext } from './graphContext'
import type { StoredRecord } from './partnerRecords'
import { BackendError } from '../backend'
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

/** What a person browsing the partner's list in SharePoint reads for a service. */
function title(service: AddOn): string {
  return `Service: ${service.description}`
}

/**
 * The add-on services ledger in the partner's SharePoint list, shared by its technicians. A
 * change is saved only if nobody changed the service since it was read (`conflict` otherwise),
 * then logged; a tenant outside the partner's GDAP customers has none.
 */
export function createServiceRepository(context: GraphContext): ServiceRepository {
  const { records } = context

  async function stored(tenantId: string, serviceId: string): Promise<StoredRecord<AddOn>> {
    const found = await records.current<AddOn>('service', serviceId)
    if (!found || found.value.tenantId !== tenantId)
      throw new BackendError('notFound', 'There is no such service in this tenant')
    return found
  }

  async function save(write: RecordWrite<AddOn>, before?: StoredRecord<AddOn>): Promise<AddOn> {
    if (before) await records.update(before, write.record, title(write.record))
    else await records.create('service', write.record.id, write.record.tenantId, write.record, title(write.record))
    await context.log(write.activity)
    return write.record
  }

  const ofTenant = async (tenantId: string) =>
    (await records.list<AddOn>('service', { tenantId })).map(record => record.value)
  const tenantNamed = async (tenantId: string) => (await context.tenant(tenantId)).tenant

  return {
    list: async (filter = {}) => {
      const services = await records.list<AddOn>(
        'service',
        filter.tenantId === undefined ? {} : { tenantId: filter.tenantId },
      )
      return servicesInOrder(
        services.map(record => record.value),
        filter,
      )
    },

    create: async (tenantId, input) => {
      const tenant = await tenantNamed(tenantId)
      const currency = (await storedPriceList(context)).currency
      return save(createServiceRecord(tenant, input, currency, context.now(), await ofTenant(tenantId)))
    },

    draftOfficeProDeployment: async (tenantId, request) => {
      const tenant = await tenantNamed(tenantId)
      const priceList = await storedPriceList(context)
      const draft = officeProDraftWrite(
        tenant,
        await ofTenant(tenantId),
        priceList,
        request,
        context.today(),
        context.now(),
      )
      if ('reused' in draft) return { service: draft.reused, reused: true }
      return { service: await save(draft.write), reused: false }
    },

    update: async (tenantId, serviceId, input) => {
      const tenant = await tenantNamed(tenantId)
      const current = await stored(tenantId, serviceId)
      const write = updateServiceRecord(tenant, current.value, input, context.now())
      return write ? save(write, current) : current.value
    },

    setStatus: async (tenantId, serviceId, status) => {
      const tenant = await tenantNamed(tenantId)
      const current = await stored(tenantId, serviceId)
      return save(moveServiceRecord(tenant, current.value, status, context.today(), context.now()), current)
    },

    remove: async (tenantId, serviceId) => {
      const tenant = await tenantNamed(tenantId)
      const current = await stored(tenantId, serviceId)
      const activity = removeServiceActivity(tenant, requireOpenService(current.value))
      await records.remove(current)
      await context.log(activity)
    },
  }
}
