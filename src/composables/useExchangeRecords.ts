import type { MaybeRefOrGetter } from 'vue'
import type { DistributionListInput, MailContactInput } from '@/domain/console/exchange'
import type { SenderListKind } from '@/domain/console/senders'
import type { TenantUser } from '@/domain/users/users'
import { shallowRef, toValue, watch } from 'vue'
import { useBackend } from '@/backends/current'
import { useTenantRecords } from './useTenantRecords'

/** Both Forefront sender lists of a tenant, as one set of entries (a sender is on one list at most). */
export function useSenderEntries(tenantId: MaybeRefOrGetter<string>) {
  const { exchange } = useBackend()
  return useTenantRecords(tenantId, 'exchange', {
    listAction: 'exchange.listSenders',
    list: id => exchange.listSenders(id),
    create: (id, input: { list: SenderListKind; value: string }) => exchange.addSender(id, input.list, input.value),
    remove: (id, entryId) => exchange.removeSender(id, entryId),
  })
}

export function useDistributionLists(tenantId: MaybeRefOrGetter<string>) {
  const { exchange } = useBackend()
  return useTenantRecords(tenantId, 'exchange', {
    listAction: 'exchange.listDistributionLists',
    list: id => exchange.listDistributionLists(id),
    create: (id, input: DistributionListInput) => exchange.createDistributionList(id, input),
    remove: (id, listId) => exchange.removeDistributionList(id, listId),
  })
}

export function useMailContacts(tenantId: MaybeRefOrGetter<string>) {
  const { exchange } = useBackend()
  return useTenantRecords(tenantId, 'exchange', {
    listAction: 'exchange.listContacts',
    list: id => exchange.listContacts(id),
    create: (id, input: MailContactInput) => exchange.createContact(id, input),
    remove: (id, contactId) => exchange.removeContact(id, contactId),
  })
}

/** The tenant's users to choose list members from, by name; none when they can't be read. */
export function useMemberChoices(tenantId: MaybeRefOrGetter<string>) {
  const { users } = useBackend()
  const choices = shallowRef<TenantUser[]>([])
  watch(
    () => toValue(tenantId),
    async id => {
      try {
        choices.value = (await users.list(id)).sort((a, b) => a.displayName.localeCompare(b.displayName))
      } catch {
        choices.value = []
      }
    },
    { immediate: true },
  )
  return choices
}
