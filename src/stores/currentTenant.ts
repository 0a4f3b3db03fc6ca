import type { ActivityEntry, TenantWithSubscriptions } from '@/domain/tenant'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useBackend } from '@/backends/current'

type LoadState = 'idle' | 'loading' | 'ready' | 'notFound' | 'error'

/** The tenant whose page is open, with its recent activity. */
export const useCurrentTenantStore = defineStore('currentTenant', () => {
  const tenant = shallowRef<TenantWithSubscriptions | null>(null)
  const activity = shallowRef<ActivityEntry[]>([])
  const state = ref<LoadState>('idle')
  const error = ref<unknown>(null)

  async function open(tenantId: string): Promise<void> {
    if (tenant.value?.tenant.id !== tenantId)
      tenant.value = null
    state.value = 'loading'
    error.value = null
    try {
      const backend = useBackend()
      const [found, entries] = await Promise.all([backend.getTenant(tenantId), backend.listActivity({ tenantId, limit: 20 })])
      tenant.value = found ?? null
      activity.value = entries
      state.value = found ? 'ready' : 'notFound'
    }
    catch (caught) {
      error.value = caught
      state.value = 'error'
    }
  }

  return { tenant, activity, state, error, open }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useCurrentTenantStore, import.meta.hot))
