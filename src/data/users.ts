import type { MaybeRefOrGetter } from 'vue'
import type { TenantUser } from '@/domain/users/users'
import { useQuery } from '@pinia/colada'
import { computed, toValue } from 'vue'
import { useBackend } from '@/backends/current'

/** Cache keys of a tenant's users. */
export const userKeys = {
  all: ['users'] as const,
  tenant: (tenantId: string) => ['users', tenantId] as const,
}

/** A tenant's users, as the backend lists them. */
export function useTenantUsers(tenantId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => userKeys.tenant(toValue(tenantId)),
    query: () => useBackend().users.list(toValue(tenantId)),
  })
}

/** The tenant's users to choose list members from, by name; none when they can't be read. */
export function useMemberChoices(tenantId: MaybeRefOrGetter<string>) {
  const users = useTenantUsers(tenantId)
  return computed<readonly TenantUser[]>(() =>
    [...(users.data.value ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName)),
  )
}
