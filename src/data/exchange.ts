import type { MaybeRefOrGetter } from 'vue'
import type { SenderEntryInput } from '@/backends/backend'
import type { DistributionList, DistributionListInput, MailContact, MailContactInput } from '@/domain/console/exchange'
import type { SenderEntry } from '@/domain/console/senders'
import { useBackend } from '@/backends/current'
import { useRecordList } from './tenantRecords'

export type { SenderEntryInput } from '@/backends/backend'

/** Cache keys of a tenant's Exchange objects: each kind read and refreshed on its own. */
export const exchangeKeys = {
  all: ['exchange'] as const,
  tenant: (tenantId: string) => ['exchange', tenantId] as const,
  senders: (tenantId: string) => ['exchange', tenantId, 'senders'] as const,
  distributionLists: (tenantId: string) => ['exchange', tenantId, 'distributionLists'] as const,
  contacts: (tenantId: string) => ['exchange', tenantId, 'contacts'] as const,
}

/** Both Forefront sender lists of a tenant, as one set of entries (a sender is on one list at most). */
export function useSenderEntries(tenantId: MaybeRefOrGetter<string>) {
  return useRecordList<SenderEntry, SenderEntryInput>(tenantId, {
    key: exchangeKeys.senders,
    listAction: 'exchange.senders.list',
    repository: () => useBackend().exchange.senders,
  })
}

export function useDistributionLists(tenantId: MaybeRefOrGetter<string>) {
  return useRecordList<DistributionList, DistributionListInput>(tenantId, {
    key: exchangeKeys.distributionLists,
    listAction: 'exchange.distributionLists.list',
    repository: () => useBackend().exchange.distributionLists,
  })
}

export function useMailContacts(tenantId: MaybeRefOrGetter<string>) {
  return useRecordList<MailContact, MailContactInput>(tenantId, {
    key: exchangeKeys.contacts,
    listAction: 'exchange.contacts.list',
    repository: () => useBackend().exchange.contacts,
  })
}
