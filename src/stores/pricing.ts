import type { PriceList } from '@/domain/pricing/pricing'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useBackend } from '@/backends/current'
import { cataloguePriceList } from '@/domain/pricing/pricing'

type LoadState = 'idle' | 'loading' | 'ready' | 'error'

/**
 * The partner's price list: every price, bill and fee the console shows comes from here. It
 * holds the catalogue's list until the stored one arrives, and the saved one after each change.
 */
export const usePricingStore = defineStore('pricing', () => {
  const priceList = shallowRef<PriceList>(cataloguePriceList())
  const state = ref<LoadState>('idle')
  const error = ref<unknown>(null)
  let loading: Promise<void> | null = null

  async function load(): Promise<void> {
    state.value = 'loading'
    error.value = null
    try {
      priceList.value = await useBackend().pricing.get()
      state.value = 'ready'
    } catch (caught) {
      error.value = caught
      state.value = 'error'
    }
  }

  /** Loads once; callers that arrive while it loads wait for the same read. */
  function ensureLoaded(): Promise<void> {
    if (state.value === 'ready') return Promise.resolve()
    loading ??= load().finally(() => {
      loading = null
    })
    return loading
  }

  /** Saves through the backend (which validates again); throws its `BackendError` as it is. */
  async function update(next: PriceList): Promise<PriceList> {
    priceList.value = await useBackend().pricing.update(next)
    state.value = 'ready'
    return priceList.value
  }

  /** After a whole-store change (reset, import) the stored list may be another one. */
  function invalidate(): void {
    state.value = 'idle'
    void ensureLoaded()
  }

  return { priceList, state, error, ensureLoaded, update, invalidate }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePricingStore, import.meta.hot))
