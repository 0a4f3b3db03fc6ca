import type { ComputedRef } from 'vue'
import type { CurrencyChange } from '@/domain/pricing/currencyChange'
import type { PriceList } from '@/domain/pricing/pricing'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { computed } from 'vue'
import { useBackend } from '@/backends/current'
import { activityKeys } from './activity'
import { ledgerKeys } from './ledger'
import { quoteKeys } from './quotes'

/** Cache key of the partner's price list: every price, bill and fee the console shows comes from it. */
export const pricingKeys = {
  all: ['pricing'] as const,
}

/** The stored price list (the catalogue's dollars until the partner changes it). */
export function usePricing() {
  return useQuery({ key: pricingKeys.all, query: () => useBackend().pricing.get() })
}

/**
 * The price list for a page that shows prices: `null` until the stored one is read, so no page
 * ever flashes the catalogue's dollars before the partner's own currency.
 */
export function usePriceList(): ComputedRef<PriceList | null> {
  const { data } = usePricing()
  return computed(() => data.value ?? null)
}

/** Replaces the price list; the backend validates it again, and the saved one is what every page shows. */
export function useSavePriceList() {
  const cache = useQueryCache()
  return useMutation({
    mutation: (next: PriceList) => useBackend().pricing.update(next),
    onSuccess: saved => cache.setQueryData(pricingKeys.all, saved),
  })
}

/** Moves every amount to another currency at the partner's rate; the price list, quotes and ledger are read again. */
export function useChangeCurrency() {
  const cache = useQueryCache()
  return useMutation({
    mutation: (change: CurrencyChange) => useBackend().pricing.changeCurrency(change),
    onSuccess: ({ priceList }) => {
      cache.setQueryData(pricingKeys.all, priceList)
      for (const key of [quoteKeys.all, ledgerKeys.all, activityKeys.all]) void cache.invalidateQueries({ key })
    },
  })
}
