import type { PriceList } from '@/domain/pricing/pricing'

/** The partner's price list: what every price, bill and fee in the console is worked out from. */
export interface PricingRepository {
  /** The stored price list, or the catalogue's list prices in dollars until the partner changes them. */
  get: () => Promise<PriceList>
  /** Replaces the price list (currency and every offer's price); refuses it whole with `validation`. */
  update: (priceList: PriceList) => Promise<PriceList>
}
