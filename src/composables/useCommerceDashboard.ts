import type { ClientFigures, PartnerFigures } from '@/domain/dashboard'
import { storeToRefs } from 'pinia'
import { computed, type Ref } from 'vue'
import { useStepwise } from '@/composables/useStepwise'
import { ledgerCapability, useLedger } from '@/data/ledger'
import { usePricing } from '@/data/pricing'
import { useAllTenants } from '@/data/tenants'
import { clientFigureSteps, partnerFigureSteps } from '@/domain/dashboard'
import { usePresentationStore } from '@/stores/presentation'
import { useSessionStore } from '@/stores/session'

/**
 * The commerce dashboard's figures, worked out by the domain from every tenant with its
 * subscriptions, the services ledger and the price list, each read through its feature's module.
 */
export function useCommerceDashboard() {
  const { today } = storeToRefs(useSessionStore())
  const { presenting } = storeToRefs(usePresentationStore())
  const tenants = useAllTenants()
  // A backend without the services ledger (Microsoft 365, for now) shows the rest, and says why not that.
  const servicesCapability = ledgerCapability()
  const ledger = useLedger()
  const pricing = usePricing()
  /** Tenants left out of the figures: the technician can't read them yet (roles, consent, sign-in). */
  const unreadable = computed(() => tenants.unreadable.value.length)
  /** While some tenants are still to read (Microsoft 365 reads each one): how many of how many are. */
  const reading = computed(() => {
    const total = tenants.names.value.length
    const left = tenants.toRead.value.length
    return total > 0 && left > 0 ? { read: total - left, total } : null
  })

  const readError = computed(
    () => tenants.error.value ?? pricing.error.value ?? (servicesCapability.available ? ledger.error.value : null),
  )
  const readState = computed<'loading' | 'ready' | 'error'>(() => {
    if (readError.value) return 'error'
    const ledgerRead = !servicesCapability.available || ledger.status.value === 'success'
    const allRead = tenants.status.value === 'success' && tenants.toRead.value.length === 0
    return allRead && ledgerRead && pricing.status.value === 'success' ? 'ready' : 'loading'
  })

  // Thousands of tenants take a while to work out (every subscription's fees over nine quarters):
  // the domain does it in steps, a time slice at a time, so the page never freezes at scale.
  const clientRun = useStepwise(
    () =>
      readState.value === 'ready' && pricing.data.value
        ? { tenants: tenants.tenants.value, priceList: pricing.data.value, today: today.value }
        : null,
    input => clientFigureSteps(input.tenants, input.priceList, input.today),
  )
  // The fees come after the client figures, and never in presentation mode: nothing may show them then.
  const partnerRun = useStepwise(
    () =>
      clientRun.data.value && !presenting.value && readState.value === 'ready' && pricing.data.value
        ? {
            tenants: tenants.tenants.value,
            services: ledger.data.value ?? [],
            priceList: pricing.data.value,
            today: today.value,
          }
        : null,
    input => partnerFigureSteps(input.tenants, input.services, input.priceList, input.today),
  )
  const client: Readonly<Ref<ClientFigures | null>> = clientRun.data
  const partner: Readonly<Ref<PartnerFigures | null>> = partnerRun.data
  const error = computed(() => readError.value ?? clientRun.error.value ?? partnerRun.error.value)
  const state = computed<'loading' | 'ready' | 'error'>(() => (error.value ? 'error' : readState.value))

  /** Reads again whatever failed. */
  async function load(): Promise<void> {
    await Promise.all([tenants.refresh(), pricing.refresh(), servicesCapability.available && ledger.refresh()])
  }

  return { client, partner, state, error, load, servicesCapability, unreadable, reading }
}
