import type { TenantConfiguration } from '@/backends/backend'
import type { TenantSettings } from '@/domain/console/settings'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useBackend } from '@/backends/current'
import { useTenantsStore } from './tenants'

type LoadState = 'idle' | 'loading' | 'ready' | 'notFound' | 'error'

/** The tenant whose pages are open: its record, subscriptions and console settings. */
export const useCurrentTenantStore = defineStore('currentTenant', () => {
  const tenant = shallowRef<TenantWithSubscriptions | null>(null)
  const configuration = shallowRef<TenantConfiguration | null>(null)
  const state = ref<LoadState>('idle')
  const error = ref<unknown>(null)

  async function open(tenantId: string): Promise<void> {
    if (tenant.value?.tenant.id !== tenantId) {
      tenant.value = null
      configuration.value = null
    }
    state.value = 'loading'
    error.value = null
    try {
      const backend = useBackend()
      const found = await backend.tenants.get(tenantId)
      tenant.value = found ?? null
      configuration.value = found ? await backend.settings.get(tenantId) : null
      state.value = found ? 'ready' : 'notFound'
    } catch (caught) {
      error.value = caught
      state.value = 'error'
    }
  }

  /** Takes a changed tenant (new seats, a moved offer, a domain) and refreshes what depends on it. */
  async function replaceTenant(changed: TenantWithSubscriptions): Promise<void> {
    tenant.value = changed
    configuration.value = await useBackend().settings.get(changed.tenant.id)
    // The tenant list shows seats, offers and console availability: let it read them again.
    useTenantsStore().invalidate()
  }

  /** Saves settings through the backend, which refuses what the tenant's offers can't carry. */
  async function updateSettings(changes: Partial<TenantSettings>): Promise<void> {
    if (!tenant.value) return
    configuration.value = await useBackend().settings.update(tenant.value.tenant.id, changes)
  }

  return { tenant, configuration, state, error, open, replaceTenant, updateSettings }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCurrentTenantStore, import.meta.hot))
