import type { AddOn } from './ledger/addOns'
import type { PriceList } from './pricing/pricing'
import type { Subscription, TenantWithSubscriptions } from './tenant/tenant'
import { describe, expect, it } from 'vitest'
import { commerceDashboard, seatsByOffer, tenantCounts, tenantEarnings } from './dashboard'
import { quarterKey } from './fees/feeCalendar'
import { historiesFromSubscriptions } from './fees/feeHistory'
import { feeDashboard } from './fees/feeStatements'
import { cataloguePriceList } from './pricing/pricing'

const today = '2026-05-20'
const USD = cataloguePriceList()
/** A partner selling in euros at its own prices: €8.99 the Standard Suite, €2.50 the Deskless one. */
const EUR: PriceList = { currency: 'EUR', prices: { ...USD.prices, 'standard-suite': 899, 'deskless-suite': 250 } }

function subscription(id: string, overrides: Partial<Subscription>): Subscription {
  return {
    id,
    tenantId: '',
    offerId: 'standard-suite',
    seats: 10,
    assignedSeats: 0,
    state: 'active',
    startedOn: '2026-01-15',
    trialEndsOn: null,
    cancelledOn: null,
    ...overrides,
  }
}

function tenant(key: string, subscriptions: Subscription[]): TenantWithSubscriptions {
  const id = `tenant-${key}`
  return {
    tenant: {
      id,
      companyName: key,
      contact: { name: '', email: '', phone: '' },
      country: 'FR',
      language: 'fr',
      domains: [],
      createdAt: '2025-01-01T09:00:00.000Z',
    },
    subscriptions: subscriptions.map(s => ({ ...s, tenantId: id })),
  }
}

// The worked example (45 seats sold on 15 January), a trial, an ended trial, a cancelled client,
// and a client paying for Deskless while it tries Exchange Online.
const worked = tenant('worked', [subscription('worked-std', { seats: 45 })])
const trying = tenant('trying', [
  subscription('trying-std', { state: 'trial', startedOn: '2026-05-01', trialEndsOn: '2026-05-30' }),
])
const expired = tenant('expired', [
  subscription('expired-std', { state: 'trial', seats: 20, startedOn: '2026-03-01', trialEndsOn: '2026-03-30' }),
])
const gone = tenant('gone', [
  subscription('gone-std', { state: 'cancelled', seats: 30, startedOn: '2025-01-10', cancelledOn: '2026-02-10' }),
])
const mixed = tenant('mixed', [
  subscription('mixed-dk', { offerId: 'deskless-suite', seats: 12, startedOn: '2025-06-01' }),
  subscription('mixed-ex', {
    offerId: 'exchange-online',
    seats: 5,
    state: 'trial',
    startedOn: '2026-05-10',
    trialEndsOn: '2026-06-08',
  }),
])
const tenants = [worked, trying, expired, gone, mixed]

describe('tenantCounts', () => {
  it('counts tenants by the tenant list’s status: paid beats trial', () => {
    expect(tenantCounts(tenants, today)).toEqual({ active: 2, trial: 1, trialExpired: 1, cancelled: 1, total: 5 })
  })
})

describe('seatsByOffer', () => {
  it('adds live seats by offer in catalogue order, paid and trial apart, leaving out ended trials and cancellations', () => {
    expect(
      seatsByOffer(
        tenants.flatMap(t => t.subscriptions),
        today,
      ),
    ).toEqual([
      { offerId: 'standard-suite', paid: 45, trial: 10 },
      { offerId: 'deskless-suite', paid: 12, trial: 0 },
      { offerId: 'exchange-online', paid: 0, trial: 5 },
    ])
  })
})

describe('commerceDashboard', () => {
  const service = (id: string, overrides: Partial<AddOn>): AddOn => ({
    id,
    tenantId: 'tenant-worked',
    kind: 'installation',
    description: id,
    quantity: 1,
    unit: 'days',
    unitPriceMinor: 60_000,
    billing: 'oneOff',
    mailSource: null,
    quotedOn: '2026-01-05',
    startOn: '2026-01-20',
    deliveredOn: '2026-01-21',
    technician: '',
    notes: '',
    currency: 'EUR',
    status: 'invoiced',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  })
  const services = [
    service('install', {}),
    service('maintenance', {
      kind: 'maintenance',
      unit: 'hours',
      unitPriceMinor: 12_000,
      billing: 'monthly',
      startOn: '2026-04-01',
      deliveredOn: null,
      status: 'inProgress',
    }),
    service('quote', { unitPriceMinor: 99_000, deliveredOn: null, status: 'quoted' }),
  ]
  const dashboard = commerceDashboard(tenants, services, EUR, today)

  it('bills clients this month at the partner’s prices: 45 × €8.99 + 12 × €2.50, trials free', () => {
    expect(dashboard.monthlyBilling).toEqual({ minor: 45 * 899 + 12 * 250, currency: 'EUR' })
    expect(dashboard.currency).toBe('EUR')
  })

  it('takes its fee figures from the fee engine', () => {
    expect(dashboard.fees).toEqual(
      feeDashboard(historiesFromSubscriptions(tenants.flatMap(t => t.subscriptions)), EUR, today),
    )
  })

  it('stacks nine quarters of sale fee, recurring fee and services, marking past, current and forecast', () => {
    expect(dashboard.quarters.map(q => quarterKey(q.quarter))).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
    ])
    expect(dashboard.quarters.map(q => q.position)).toEqual([
      'past',
      'past',
      'past',
      'past',
      'current',
      'future',
      'future',
      'future',
      'future',
    ])
    expect(dashboard.quarters.map(q => q.services.minor)).toEqual([
      0,
      0,
      0,
      60_000,
      3 * 12_000,
      3 * 12_000,
      3 * 12_000,
      3 * 12_000,
      3 * 12_000,
    ])
    // Q1 2026, to the cent. Sale: the worked example's first instalment, 3 % of 45 × €8.99 × 12
    // = €145.638 → €145.64, and the Deskless client's last (sold 1 June 2025, due 1 March), 3 % of
    // 12 × €2.50 × 12 = €10.80; the cancelled client's instalments all fell in 2025. Recurring:
    // 6 % of €404.55 = €24.273 → €24.27 in February and March; 6 % of 30 × €8.99 = €16.182 →
    // €16.18 in January and February (cancelled 10 February, so not March); €1.80 each month.
    const q1 = dashboard.quarters[3]!
    expect([q1.sale.minor, q1.recurring.minor]).toEqual([14_564 + 1_080, 2 * 2_427 + 2 * 1_618 + 3 * 180])
  })

  it('totals services booked and delivered this year, quotes left out', () => {
    expect(dashboard.services.from).toBe('2026-01-01')
    expect(dashboard.services.to).toBe('2026-12-31')
    expect(dashboard.services.booked).toEqual([
      { currency: 'EUR', oneOff: { minor: 60_000, currency: 'EUR' }, monthly: { minor: 12_000, currency: 'EUR' } },
    ])
    expect(dashboard.services.delivered).toEqual([
      { currency: 'EUR', oneOff: { minor: 60_000, currency: 'EUR' }, monthly: { minor: 0, currency: 'EUR' } },
    ])
    expect(dashboard.servicesInOtherCurrencies).toBe(0)
  })

  it('lists the trial ends and renewals of the next 90 days', () => {
    expect(dashboard.upcoming.map(d => [d.on, d.kind, d.subscriptionId])).toEqual([
      ['2026-05-30', 'trialEnd', 'trying-std'],
      ['2026-06-01', 'renewal', 'mixed-dk'],
      ['2026-06-08', 'trialEnd', 'mixed-ex'],
    ])
  })
})

describe('tenantEarnings', () => {
  it('gives the worked example’s fees this year and its next statement, in dollars', () => {
    const earnings = tenantEarnings(worked.subscriptions, USD, today)
    // Four instalments of $162 (15 Jan, Apr, Jul, Oct) and $27 for each month billed from February.
    expect(earnings.thisYear).toEqual({
      year: 2026,
      sale: { minor: 64_800, currency: 'USD' },
      recurring: { minor: 11 * 2_700, currency: 'USD' },
      total: { minor: 64_800 + 29_700, currency: 'USD' },
    })
    // Q1's statements came out on 14 April: the next are Q2's, on 14 July.
    expect(earnings.nextStatement).toEqual({
      quarter: { year: 2026, quarter: 2 },
      issuedOn: '2026-07-14',
      sale: { minor: 16_200, currency: 'USD' },
      recurring: { minor: 3 * 2_700, currency: 'USD' },
      total: { minor: 16_200 + 8_100, currency: 'USD' },
    })
  })

  it('follows a euro price list, to the cent', () => {
    const earnings = tenantEarnings(worked.subscriptions, EUR, today)
    expect([earnings.currency, earnings.thisYear.sale.minor, earnings.thisYear.recurring.minor]).toEqual([
      'EUR',
      4 * 14_564,
      11 * 2_427,
    ])
  })

  it('earns nothing from a trial', () => {
    expect(tenantEarnings(trying.subscriptions, USD, today).thisYear.total.minor).toBe(0)
  })
})
