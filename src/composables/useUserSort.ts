import type { Subscription } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import type { MaybeRefOrGetter } from 'vue'
import { computed, toValue } from 'vue'
import { useI18n } from 'vue-i18n'
import { useTableSort } from './useTableSort'
import { userPrincipalName } from '@/domain/users/users'

export type UserSortKey = 'name' | 'userName' | 'licence' | 'signIn'

/**
 * The user list's sort, kept in the address; by default by name (last, then first), as every list of users.
 * The table's headers and the page that filters the rows read the same address.
 */
export function useUserSort(subscriptions: MaybeRefOrGetter<readonly Subscription[]>) {
  const { t } = useI18n()
  const { sorting, sorted } = useTableSort<UserSortKey>(['name', 'userName', 'licence', 'signIn'], {
    key: 'name',
    direction: 'ascending',
  })
  const offers = computed(() => new Map(toValue(subscriptions).map(s => [s.id, s.offerId])))

  /** The licence's name as the table shows it. */
  function licenceName(user: TenantUser): string {
    const offer = user.subscriptionId ? offers.value.get(user.subscriptionId) : undefined
    if (offer) return t(`offers.${offer}.name`)
    // Licensed with a SKU the catalogue doesn't map (Microsoft 365): not "no licence".
    return user.unknownServices?.length ? t('users.licence.unknown') : t('users.licence.none')
  }

  /** Users in the table's order; ties keep the order given (by name). */
  function sortUsers(users: readonly TenantUser[]): TenantUser[] {
    return sorted(users, (user, key) => {
      if (key === 'name') return `${user.lastName} ${user.firstName}`
      if (key === 'userName') return userPrincipalName(user)
      if (key === 'licence') return licenceName(user)
      return user.blocked ? 1 : 0
    })
  }

  return { sorting, sortUsers, licenceName }
}
