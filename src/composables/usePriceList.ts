import type { ComputedRef } from 'vue'
import type { PriceList } from '@/domain/pricing/pricing'
import { computed } from 'vue'
import { usePricingStore } from '@/stores/pricing'

/**
 * The partner's price list for a page that shows prices: `null` until the stored one is read,
 * so no page ever flashes the catalogue's dollars before the partner's own currency.
 */
export function usePriceList(): ComputedRef<PriceList | null> {
  const pricing = usePricingStore()
  void pricing.ensureLoaded()
  return computed(() => (pricing.state === 'ready' ? pricing.priceList : null))
}
