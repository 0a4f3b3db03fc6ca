import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { CurrencyCode, Money } from '../money'
import type { Subscription } from '../tenant/tenant'
import { catalogue } from '../catalogue'
import { money, sum } from '../money'
import { isLive } from '../tenant/policy'

/** Price per user per month for each offer, in minor units of one currency. */
export interface PriceList {
  readonly currency: CurrencyCode
  readonly prices: Readonly<Record<OfferId, number>>
  /**
   * What the partner charges to deploy Office Pro on one workstation, in minor units of the same
   * currency: an Office Pro draft is priced from it. Absent from lists saved before it existed.
   */
  readonly officeProDeploymentMinor?: number
  /** Where the backend counts changes: a save names the version it was typed over, and an older one is refused. */
  readonly version?: number
}

/** A partner's usual charge for deploying Office Pro on one workstation, in the catalogue's dollars. */
export const OFFICE_PRO_DEPLOYMENT_LIST_MINOR = 6_000

/** The catalogue's list prices; the partner may adjust them later in Settings. */
export function cataloguePriceList(): PriceList {
  const prices = Object.fromEntries(catalogue.offers.map(offer => [offer.id, offer.listPriceMinor]))
  return {
    currency: catalogue.currency,
    prices: prices as Record<OfferId, number>,
    officeProDeploymentMinor: OFFICE_PRO_DEPLOYMENT_LIST_MINOR,
  }
}

export function monthlyPrice(offerId: OfferId, seats: number, priceList: PriceList): Money {
  return money(priceList.prices[offerId] * seats, priceList.currency)
}

export interface PriceLine {
  readonly offerId: OfferId
  readonly seats: number
  readonly monthly: Money
}

/** What a set of offer lines costs the client each month, line by line and in total. */
export function priceLines(
  lines: readonly { offerId: OfferId; seats: number }[],
  priceList: PriceList,
): { lines: PriceLine[]; total: Money } {
  const priced = lines.map(line => ({ ...line, monthly: monthlyPrice(line.offerId, line.seats, priceList) }))
  return {
    lines: priced,
    total: sum(
      priced.map(line => line.monthly),
      priceList.currency,
    ),
  }
}

/** What Microsoft bills the client this month: live paid subscriptions only (trials are free). */
export function monthlyBilling(subscriptions: readonly Subscription[], priceList: PriceList, today: IsoDate): Money {
  const billed = subscriptions.filter(s => s.state === 'active' && isLive(s, today))
  return sum(
    billed.map(s => monthlyPrice(s.offerId, s.seats, priceList)),
    priceList.currency,
  )
}
