import type { CommerceDashboard } from '@/domain/dashboard'
import type { ServiceRecord } from '@/domain/services'
import type { TenantWithSubscriptions } from '@/domain/tenant'
import { storeToRefs } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useBackend } from '@/backends/current'
import { commerceDashboard } from '@/domain/dashboard'
import { usePricingStore } from '@/stores/pricing'
import { useSessionStore } from '@/stores/session'

/**
 * The commerce dashboard's data: every tenant with its subscriptions, the services ledger and the
 * price list, read afresh each time the page opens (a seat or a service changed elsewhere shows
 * at once), and the figures the domain works out from them.
 */
export function useCommerceDashboard() {
  const { today } = storeToRefs(useSessionStore())
  const pricing = usePricingStore()
  // Thousands of plain records at scale: shallow, so Vue doesn't proxy each one.
  const tenants = shallowRef<readonly TenantWithSubscriptions[]>([])
  const services = shallowRef<readonly ServiceRecord[]>([])
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  // A backend without the services ledger (Microsoft 365, for now) shows the rest, and says why not that.
  const servicesCapability = useBackend().capabilities.action('services.list')

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      const backend = useBackend()
      const [listed, recorded] = await Promise.all([
        backend.tenants.list(),
        servicesCapability.available ? backend.services.list() : [],
        pricing.ensureLoaded(),
      ])
      if (pricing.state !== 'ready')
        throw pricing.error
      tenants.value = listed
      services.value = recorded
      state.value = 'ready'
    }
    catch {
      state.value = 'error'
    }
  }

  const dashboard = computed<CommerceDashboard | null>(() => state.value === 'ready'
    ? commerceDashboard(tenants.value, services.value, pricing.priceList, today.value)
    : null)

  void load()

  return { dashboard, state, load, servicesCapability }
}
