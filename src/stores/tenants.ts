import type { ProvisionRequest } from '@/domain/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant'
import type { TenantRow } from '@/domain/tenantList'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useBackend } from '@/backends/current'
import { toTenantRow } from '@/domain/tenantList'
import { useSessionStore } from './session'

type LoadState = 'idle' | 'loading' | 'ready' | 'error'

/** The partner's client tenants, loaded once and refreshed after each change. */
export const useTenantsStore = defineStore('tenants', () => {
  const session = useSessionStore()
  // Thousands of plain records: shallow, so Vue doesn't wrap each one in a proxy.
  const tenants = shallowRef<TenantWithSubscriptions[]>([])
  const state = ref<LoadState>('idle')
  const error = ref<unknown>(null)

  const rows = computed<TenantRow[]>(() => tenants.value.map(t => toTenantRow(t, session.today)))

  async function load(): Promise<void> {
    state.value = 'loading'
    error.value = null
    try {
      tenants.value = await useBackend().tenants.list()
      state.value = 'ready'
    }
    catch (caught) {
      error.value = caught
      state.value = 'error'
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (state.value === 'idle' || state.value === 'error')
      await load()
  }

  /** Creates the tenant through the backend (which validates again) and returns it. */
  async function provision(request: ProvisionRequest): Promise<TenantWithSubscriptions> {
    const created = await useBackend().tenants.provision(request)
    tenants.value = [...tenants.value, created]
    return created
  }

  /** Drops what is cached after a whole-store change (reset, import, bulk load). */
  function invalidate(): void {
    tenants.value = []
    state.value = 'idle'
  }

  return { tenants, state, error, rows, load, ensureLoaded, provision, invalidate }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTenantsStore, import.meta.hot))
