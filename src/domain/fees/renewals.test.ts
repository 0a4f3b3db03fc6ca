import type { Subscription, TenantWithSubscriptions } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import { nextRenewal, upcomingDates } from './renewals'

function subscription(id: string, overrides: Partial<Subscription>): Subscription {
  return {
    id,
    tenantId: 'tenant-a',
    offerId: 'standard-suite',
    seats: 10,
    assignedSeats: 0,
    state: 'active',
    startedOn: '2024-06-30',
    trialEndsOn: null,
    cancelledOn: null,
    ...overrides,
  }
}

function tenant(id: string, companyName: string, subscriptions: Subscription[]): TenantWithSubscriptions {
  return {
    tenant: {
      id,
      companyName,
      contact: { name: '', email: '', phone: '' },
      country: 'FR',
      language: 'fr',
      domains: [],
      createdAt: '2024-01-01T09:00:00.000Z',
    },
    subscriptions: subscriptions.map(s => ({ ...s, tenantId: id })),
  }
}

describe('nextRenewal', () => {
  it('is the next anniversary of the sale, today included', () => {
    const sold = subscription('s', { startedOn: '2024-06-30' })
    expect(nextRenewal(sold, '2026-05-20')).toBe('2026-06-30')
    expect(nextRenewal(sold, '2026-06-30')).toBe('2026-06-30')
    expect(nextRenewal(sold, '2026-07-01')).toBe('2027-06-30')
    // Not on the sale day itself: the first renewal is a year later.
    expect(nextRenewal(sold, '2024-06-30')).toBe('2025-06-30')
  })

  it('renews a 29 February sale on 28 February in other years', () => {
    const leap = subscription('s', { startedOn: '2024-02-29' })
    expect(nextRenewal(leap, '2025-01-01')).toBe('2025-02-28')
    expect(nextRenewal(leap, '2027-03-01')).toBe('2028-02-29')
  })

  it('counts a converted trial from its conversion, the day after the trial ended', () => {
    const converted = subscription('s', { startedOn: '2025-07-11', trialEndsOn: '2025-08-09' })
    expect(nextRenewal(converted, '2026-05-20')).toBe('2026-08-10')
  })

  it('gives none for a trial or a cancelled subscription', () => {
    expect(
      nextRenewal(
        subscription('t', { state: 'trial', startedOn: '2026-05-01', trialEndsOn: '2026-05-30' }),
        '2026-05-20',
      ),
    ).toBeNull()
    expect(nextRenewal(subscription('c', { state: 'cancelled', cancelledOn: '2026-01-10' }), '2026-05-20')).toBeNull()
  })
})

describe('upcomingDates', () => {
  const today = '2026-05-20'
  const tenants = [
    tenant('tenant-b', 'Bravo', [
      subscription('b-renews', { startedOn: '2024-06-30' }),
      subscription('b-later', { offerId: 'deskless-suite', startedOn: '2025-09-01' }),
    ]),
    tenant('tenant-a', 'Alpha', [
      subscription('a-trial', { state: 'trial', seats: 8, startedOn: '2026-05-03', trialEndsOn: '2026-06-01' }),
      subscription('a-today', { offerId: 'exchange-online', startedOn: '2025-05-20' }),
    ]),
    tenant('tenant-c', 'Charlie', [
      subscription('c-ended', { state: 'trial', startedOn: '2026-04-11', trialEndsOn: '2026-05-10' }),
      subscription('c-converted', { startedOn: '2025-07-11', trialEndsOn: '2025-08-09' }),
      subscription('c-cancelled', { state: 'cancelled', startedOn: '2024-06-01', cancelledOn: '2026-02-01' }),
    ]),
  ]

  it('lists renewals and running trials’ ends in the next 90 days, soonest first', () => {
    expect(upcomingDates(tenants, today).map(d => [d.on, d.kind, d.companyName, d.subscriptionId])).toEqual([
      ['2026-05-20', 'renewal', 'Alpha', 'a-today'],
      ['2026-06-01', 'trialEnd', 'Alpha', 'a-trial'],
      ['2026-06-30', 'renewal', 'Bravo', 'b-renews'],
      ['2026-08-10', 'renewal', 'Charlie', 'c-converted'],
    ])
  })

  it('keeps the offer and seats to name what renews, and ends the window on its 90th day', () => {
    const [first] = upcomingDates(tenants, today)
    expect(first).toMatchObject({ tenantId: 'tenant-a', offerId: 'exchange-online', seats: 10 })
    expect(upcomingDates(tenants, today, 81).map(d => d.subscriptionId)).toEqual(['a-today', 'a-trial', 'b-renews'])
    expect(upcomingDates(tenants, today, 82).map(d => d.subscriptionId)).toContain('c-converted')
  })
})
