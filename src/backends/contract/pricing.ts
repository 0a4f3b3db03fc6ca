import type { CurrencyChange } from '@/domain/pricing/currencyChange'
import type { PriceList } from '@/domain/pricing/pricing'

/** What a currency change converted. */
export interface CurrencyChangeResult {
  readonly priceList: PriceList
  /** Open quotes converted (converted quotes keep the prices signed). */
  readonly quotes: number
  /** Ledger services converted. */
  readonly services: number
}

/** The partner's price list: what every price, bill and fee in the console is worked out from. */
export interface PricingRepository {
  /** The stored price list, or the catalogue's list prices in dollars until the partner changes them. */
  get: () => Promise<PriceList>
  /** Replaces the price list (currency and every offer's price); refuses it whole with `validation`. */
  update: (priceList: PriceList) => Promise<PriceList>
  /**
   * Moves every amount to another currency at the rate the partner gives, never relabelling one:
   * the price list, the open quotes and the services ledger, all or nothing (`validation` on
   * `currency` or `rate`); logged with the rate.
   */
  changeCurrency: (change: CurrencyChange) => Promise<CurrencyChangeResult>
}
