import type { MaybeRefOrGetter, WritableComputedRef } from 'vue'
import type { PasswordHandoverAccount } from '@/domain/users/passwordHandover'
import { computed, shallowRef, toValue } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * A new tenant's first administrator, carried from provisioning to the tenant's overview, where its
 * password is handed over once. Held in this page's memory only, and forgotten once handed over or
 * once the overview is left.
 */
const held = shallowRef<{ tenantId: string; accounts: readonly PasswordHandoverAccount[] } | null>(null)

export function holdAdministrator(tenantId: string, account: PasswordHandoverAccount): void {
  held.value = { tenantId, accounts: [account] }
}

/** The administrator to hand over for this tenant, if any; set to [] to forget it. */
export function useAdministratorHandover(
  tenantId: MaybeRefOrGetter<string>,
): WritableComputedRef<readonly PasswordHandoverAccount[]> {
  return computed({
    get: () => (held.value?.tenantId === toValue(tenantId) ? held.value.accounts : []),
    set: accounts => {
      if (accounts.length === 0) held.value = null
    },
  })
}

/** A new tenant's first administrator as a handover lists it: named as such, how it signs in, its password. */
export function useAdministratorAccount() {
  const { t } = useI18n()
  return (administrator: {
    readonly userName: string
    readonly temporaryPassword: string
  }): PasswordHandoverAccount => ({
    name: t('provision.administrator'),
    userName: administrator.userName,
    password: administrator.temporaryPassword,
  })
}
