import type { MaybeRefOrGetter } from 'vue'
import type { TenantUser } from '@/domain/users/users'
import { shallowRef, toValue, watch } from 'vue'
import { useBackend } from '@/backends/current'
import { useTenantRecords } from './useTenantRecords'

/** Both Forefront sender lists of a tenant, as one set of entries (a sender is on one list at most). */
export function useSenderEntries(tenantId: MaybeRefOrGetter<string>) {
  const { exchange } = useBackend()
  return useTenantRecords(tenantId, 'exchange', { listAction: 'exchange.senders.list', repository: exchange.senders })
}

export function useDistributionLists(tenantId: MaybeRefOrGetter<string>) {
  const { exchange } = useBackend()
  return useTenantRecords(tenantId, 'exchange', {
    listAction: 'exchange.distributionLists.list',
    repository: exchange.distributionLists,
  })
}

export function useMailContacts(tenantId: MaybeRefOrGetter<string>) {
  const { exchange } = useBackend()
  return useTenantRecords(tenantId, 'exchange', { listAction: 'exchange.contacts.list', repository: exchange.contacts })
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
