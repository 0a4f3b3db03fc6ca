import type { ClientFigures, PartnerFigures } from '@/domain/dashboard'
import { storeToRefs } from 'pinia'
import { computed, ref, watch } from 'vue'
import { ledgerCapability, useLedger } from '@/data/ledger'
import { usePricing } from '@/data/pricing'
import { useAllTenants } from '@/data/tenants'
import { clientFigures, partnerFigures } from '@/domain/dashboard'
import { useSessionStore } from '@/stores/session'

/**
 * The commerce dashboard's figures, worked out by the domain from every tenant with its
 * subscriptions, the services ledger and the price list, each read through its feature's module.
 */
export function useCommerceDashboard() {
  const { today } = storeToRefs(useSessionStore())
  const tenants = useAllTenants()
  // A backend without the services ledger (Microsoft 365, for now) shows the rest, and says why not that.
  const servicesCapability = ledgerCapability()
  const ledger = useLedger()
  const pricing = usePricing()
  /** Tenants left out of the figures: the technician can't read them yet (roles, consent, sign-in). */
  const unreadable = computed(() => tenants.unreadable.value.length)

  const error = computed(
    () => tenants.error.value ?? pricing.error.value ?? (servicesCapability.available ? ledger.error.value : null),
  )
  const state = computed<'loading' | 'ready' | 'error'>(() => {
    if (error.value) return 'error'
    const ledgerRead = !servicesCapability.available || ledger.status.value === 'success'
    const allRead = tenants.status.value === 'success' && tenants.toRead.value.length === 0
    return allRead && ledgerRead && pricing.status.value === 'success' ? 'ready' : 'loading'
  })

  // The fees take longest to work out (every subscription's lines over nine quarters): they wait
  // for the client figures to be painted first, so the page never sits blank at scale.
  const partnerTurn = ref(false)
  watch(
    state,
    now => {
      if (now === 'ready' && !partnerTurn.value)
        requestAnimationFrame(() =>
          setTimeout(() => {
            partnerTurn.value = true
          }),
        )
    },
    { immediate: true },
  )

  const client = computed<ClientFigures | null>(() =>
    state.value === 'ready' && pricing.data.value
      ? clientFigures(tenants.tenants.value, pricing.data.value, today.value)
      : null,
  )
  // Worked out only when something reads it: in presentation mode nothing does, so the fees are
  // never computed, let alone shown.
  const partner = computed<PartnerFigures | null>(() =>
    state.value === 'ready' && partnerTurn.value && pricing.data.value
      ? partnerFigures(tenants.tenants.value, ledger.data.value ?? [], pricing.data.value, today.value)
      : null,
  )

  /** Reads again whatever failed. */
  async function load(): Promise<void> {
    await Promise.all([tenants.refresh(), pricing.refresh(), servicesCapability.available && ledger.refresh()])
  }

  return { client, partner, state, error, load, servicesCapability, unreadable }
}
