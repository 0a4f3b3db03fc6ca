import type { ClientFigures, PartnerFigures } from '@/domain/dashboard'
import type { AddOn } from '@/domain/ledger/addOns'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { storeToRefs } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useBackend } from '@/backends/current'
import { clientFigures, partnerFigures } from '@/domain/dashboard'
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
  const services = shallowRef<readonly AddOn[]>([])
  /** Tenants left out of the figures: the technician can't read them yet (roles, consent, sign-in). */
  const unreadable = ref(0)
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  // A backend without the services ledger (Microsoft 365, for now) shows the rest, and says why not that.
  const servicesCapability = useBackend().capabilities.action('services.list')
  // The fees take longest to work out (every subscription's lines over nine quarters): they wait
  // for the client figures to be painted first, so the page never sits blank at scale.
  const partnerTurn = ref(false)

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      const backend = useBackend()
      const [listed, recorded] = await Promise.all([
        backend.tenants.listing(),
        servicesCapability.available ? backend.services.list() : [],
        pricing.ensureLoaded(),
      ])
      if (pricing.state !== 'ready') throw pricing.error
      tenants.value = listed.tenants
      unreadable.value = listed.unreadable.length
      services.value = recorded
      state.value = 'ready'
      requestAnimationFrame(() =>
        setTimeout(() => {
          partnerTurn.value = true
        }),
      )
    } catch {
      state.value = 'error'
    }
  }

  const client = computed<ClientFigures | null>(() =>
    state.value === 'ready' ? clientFigures(tenants.value, pricing.priceList, today.value) : null,
  )
  // Worked out only when something reads it: in presentation mode nothing does, so the fees are
  // never computed, let alone shown.
  const partner = computed<PartnerFigures | null>(() =>
    state.value === 'ready' && partnerTurn.value
      ? partnerFigures(tenants.value, services.value, pricing.priceList, today.value)
      : null,
  )

  void load()

  return { client, partner, state, load, servicesCapability, unreadable }
}
