import type { OfferId } from '../catalogue'
import type { Subscription, SubscriptionState } from '../tenant/tenant'
import type { PriceList } from './pricing'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../catalogue'
import { money } from '../money'
import { cataloguePriceList, monthlyBilling, monthlyPrice, priceLines } from './pricing'

const TODAY = '2010-03-15'
const USD = cataloguePriceList()

/** A partner's euro list (prices adjusted in Settings). */
const EUR: PriceList = {
  currency: 'EUR',
  prices: {
    'standard-suite': 899,
    'deskless-suite': 249,
    'exchange-online': 799,
    'sharepoint-online': 599,
    'communications-online': 199,
    'live-meeting': 399,
    'exchange-deskless': 149,
    'sharepoint-deskless': 149,
  },
}

let nextId = 1
function sub(
  offerId: OfferId,
  seats: number,
  state: SubscriptionState = 'active',
  extra: Partial<Subscription> = {},
): Subscription {
  return {
    id: `sub-${nextId++}`,
    tenantId: 'tenant-1',
    offerId,
    seats,
    assignedSeats: 0,
    state,
    startedOn: '2010-01-04',
    trialEndsOn: state === 'trial' ? '2010-04-01' : null,
    cancelledOn: state === 'cancelled' ? '2010-02-01' : null,
    ...extra,
  }
}

describe('cataloguePriceList', () => {
  it('is the catalogue’s list prices, in USD cents', () => {
    expect(USD.currency).toBe('USD')
    expect(USD.prices['standard-suite']).toBe(1000)
    expect(USD.prices['deskless-suite']).toBe(300)
    expect(USD.prices['sharepoint-online']).toBe(725)
    expect(Object.keys(USD.prices)).toEqual(catalogue.offers.map(offer => offer.id))
  })

  it('is a fresh object each time, so adjusting one leaves the catalogue alone', () => {
    const list = cataloguePriceList()
    ;(list.prices as Record<OfferId, number>)['standard-suite'] = 1
    expect(cataloguePriceList().prices['standard-suite']).toBe(1000)
  })
})

describe('monthlyPrice', () => {
  it('charges 45 seats of Standard Suite at $10.00: $450.00 a month, 45000 cents', () => {
    expect(monthlyPrice('standard-suite', 45, USD)).toEqual(money(45000, 'USD'))
  })

  it('charges the 5-seat minimum of Deskless at $3.00: $15.00', () => {
    expect(monthlyPrice('deskless-suite', 5, USD)).toEqual(money(1500, 'USD'))
  })

  it('is exact to the cent for odd prices: 7 × $7.25 = $50.75, 3 × $2.50 = $7.50', () => {
    expect(monthlyPrice('sharepoint-online', 7, USD)).toEqual(money(5075, 'USD'))
    expect(monthlyPrice('communications-online', 3, USD)).toEqual(money(750, 'USD'))
  })

  it('handles the 10,000-seat maximum: 10,000 × $10.00 = $100,000.00', () => {
    expect(monthlyPrice('standard-suite', 10_000, USD)).toEqual(money(10_000_000, 'USD'))
  })

  it('prices in the list’s currency: 45 × €8.99 = €404.55', () => {
    expect(monthlyPrice('standard-suite', 45, EUR)).toEqual(money(40455, 'EUR'))
  })

  it('refuses a fraction of a seat rather than bill a fraction of a cent', () => {
    expect(() => monthlyPrice('sharepoint-online', 2.5, USD)).toThrow(RangeError)
  })
})

describe('priceLines', () => {
  it('prices each line and totals them: the 45-user company of the interview', () => {
    const { lines, total } = priceLines(
      [
        { offerId: 'standard-suite', seats: 40 },
        { offerId: 'deskless-suite', seats: 5 },
        { offerId: 'sharepoint-online', seats: 7 },
      ],
      USD,
    )
    expect(lines).toEqual([
      { offerId: 'standard-suite', seats: 40, monthly: money(40000, 'USD') }, // $400.00
      { offerId: 'deskless-suite', seats: 5, monthly: money(1500, 'USD') }, // $15.00
      { offerId: 'sharepoint-online', seats: 7, monthly: money(5075, 'USD') }, // $50.75
    ])
    expect(total).toEqual(money(46575, 'USD')) // $465.75
  })

  it('totals a EUR price list in EUR', () => {
    const { lines, total } = priceLines(
      [
        { offerId: 'standard-suite', seats: 45 },
        { offerId: 'live-meeting', seats: 5 },
      ],
      EUR,
    )
    expect(lines.map(line => line.monthly)).toEqual([money(40455, 'EUR'), money(1995, 'EUR')])
    expect(total).toEqual(money(42450, 'EUR')) // €404.55 + €19.95 = €424.50
  })

  it('is zero for no lines', () => {
    expect(priceLines([], USD)).toEqual({ lines: [], total: money(0, 'USD') })
  })
})

describe('monthlyBilling', () => {
  it('bills live paid subscriptions: 45 × $10.00 + 10 × $3.00 = $480.00', () => {
    expect(monthlyBilling([sub('standard-suite', 45), sub('deskless-suite', 10)], USD, TODAY)).toEqual(
      money(48000, 'USD'),
    )
  })

  it('does not bill trials, which are free, even live ones', () => {
    const subscriptions = [sub('standard-suite', 45), sub('exchange-online', 20, 'trial')]
    expect(monthlyBilling(subscriptions, USD, TODAY)).toEqual(money(45000, 'USD'))
  })

  it('does not bill cancelled subscriptions', () => {
    const subscriptions = [sub('standard-suite', 45), sub('sharepoint-online', 100, 'cancelled')]
    expect(monthlyBilling(subscriptions, USD, TODAY)).toEqual(money(45000, 'USD'))
  })

  it('is zero with only trials and cancellations', () => {
    const subscriptions = [
      sub('standard-suite', 20, 'trial'),
      sub('exchange-online', 20, 'trial', { trialEndsOn: '2010-03-01' }),
      sub('deskless-suite', 50, 'cancelled'),
    ]
    expect(monthlyBilling(subscriptions, USD, TODAY)).toEqual(money(0, 'USD'))
    expect(monthlyBilling([], USD, TODAY)).toEqual(money(0, 'USD'))
  })

  it('bills by seats bought, not seats assigned', () => {
    expect(monthlyBilling([sub('standard-suite', 45, 'active', { assignedSeats: 12 })], USD, TODAY)).toEqual(
      money(45000, 'USD'),
    )
  })

  it('bills in the price list’s currency: 45 × €8.99 + 10 × €2.49 = €429.45', () => {
    expect(monthlyBilling([sub('standard-suite', 45), sub('deskless-suite', 10)], EUR, TODAY)).toEqual(
      money(42945, 'EUR'),
    )
  })
})
