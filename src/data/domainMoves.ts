import type { MaybeRefOrGetter } from 'vue'
import type { TenantUser } from '@/domain/users/users'
import { useMutation, useQueryCache } from '@pinia/colada'
import { toValue } from 'vue'
import { useTenantChange } from './currentTenant'
import { useErrorVoice } from './errorVoice'
import { userKeys } from './users'
import { useBackend } from '@/backends/current'

/** What moving one user came to: their new sign-in name, or why the backend refused it. */
export type DomainMoveOutcome =
  | { readonly user: TenantUser; readonly outcome: 'moved'; readonly userPrincipalName: string }
  | { readonly user: TenantUser; readonly outcome: 'refused'; readonly reason: string }

/**
 * Moves users onto one of the tenant's domains, user by user through the backend's own user
 * change (which refuses an unverified domain, or an alias another user holds there): one refusal
 * stops no other move, and each user's outcome is given back. The users and the tenant are read again.
 */
export function useMoveUsersToDomain(tenantId: MaybeRefOrGetter<string>) {
  const cache = useQueryCache()
  const { reread } = useTenantChange()
  const voice = useErrorVoice()
  return useMutation({
    mutation: async ({ users, domain }: { users: readonly TenantUser[]; domain: string }) => {
      const id = toValue(tenantId)
      const outcomes: DomainMoveOutcome[] = []
      for (const user of users) {
        const { firstName, lastName, alias, usageLocation, subscriptionId } = user
        const input = {
          firstName,
          lastName,
          alias,
          domain,
          usageLocation,
          subscriptionId,
          expectedVersion: user.version,
        }
        try {
          const moved = await useBackend().users.update(id, user.id, input)
          outcomes.push({ user, outcome: 'moved', userPrincipalName: `${moved.alias}@${moved.domain}` })
        } catch (error) {
          outcomes.push({ user, outcome: 'refused', reason: voice.say(error) })
        }
      }
      return outcomes
    },
    onSettled: () => {
      const id = toValue(tenantId)
      return Promise.all([cache.invalidateQueries({ key: userKeys.tenant(id) }), reread(id)])
    },
  })
}
