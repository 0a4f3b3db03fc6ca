import type { SortValue } from '@/domain/tableSort'
import type { AddOn } from '@/domain/ledger/addOns'
import { useI18n } from 'vue-i18n'
import { useTableSort } from './useTableSort'
import { ADD_ON_STATUSES, addOnAmount, addOnDate } from '@/domain/ledger/addOns'

export type ServiceSortKey =
  'recorded' | 'tenant' | 'description' | 'status' | 'quantity' | 'unitPrice' | 'amount' | 'billing' | 'date'

const KEYS: readonly ServiceSortKey[] = [
  'recorded',
  'tenant',
  'description',
  'status',
  'quantity',
  'unitPrice',
  'amount',
  'billing',
  'date',
]

/**
 * The services ledger's sort, kept in the address. By default the ledger's own order (as recorded), which no
 * column claims; the table's headers and the page that pages the rows read the same address.
 */
export function useServiceSort() {
  const { t } = useI18n()
  const { sorting, sorted } = useTableSort(KEYS, { key: 'recorded', direction: 'ascending' })

  function valueOf(service: AddOn, key: ServiceSortKey, tenantNames?: ReadonlyMap<string, string> | null): SortValue {
    switch (key) {
      case 'recorded':
        return null
      case 'tenant':
        return tenantNames?.get(service.tenantId) ?? service.tenantId
      case 'description':
        return service.description
      case 'status':
        // The order a service lives its steps, quoted to invoiced.
        return ADD_ON_STATUSES.indexOf(service.status)
      case 'quantity':
        return service.quantity
      case 'unitPrice':
        return service.unitPriceMinor
      case 'amount':
        return addOnAmount(service).minor
      case 'billing':
        return t(`services.billing.${service.billing}`)
      case 'date':
        return addOnDate(service)
    }
  }

  /** Services in the table's order, named tenants sorting by name. */
  function sortServices(services: readonly AddOn[], tenantNames?: ReadonlyMap<string, string> | null): AddOn[] {
    return sorted(services, (service, key) => valueOf(service, key, tenantNames))
  }

  return { sorting, sortServices }
}
