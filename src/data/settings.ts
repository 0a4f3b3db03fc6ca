import type { MaybeRefOrGetter } from 'vue'
import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import { useMutation, useQueryCache } from '@pinia/colada'
import { toValue } from 'vue'
import { tenantKeys } from './tenants'
import { useBackend } from '@/backends/current'

/** One setting and the value to save for it. */
export type SettingChange = { [K in SettingKey]: { readonly key: K; readonly value: TenantSettings[K] } }[SettingKey]

/**
 * Saves one of a tenant's console settings (the backend refuses what its offers can't carry). The
 * saved configuration replaces the one read, so every page showing it follows; the tenant list's
 * drift compares settings to baselines, so it is read again.
 */
export function useSaveSetting(tenantId: MaybeRefOrGetter<string>) {
  const cache = useQueryCache()
  return useMutation({
    mutation: ({ key, value }: SettingChange) =>
      useBackend().settings.update(toValue(tenantId), { [key]: value } as Partial<TenantSettings>),
    onSuccess: configuration => {
      cache.setQueryData(tenantKeys.configuration(configuration.tenantId), configuration)
      void cache.invalidateQueries({ key: tenantKeys.drift })
    },
  })
}
