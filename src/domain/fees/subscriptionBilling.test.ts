import type { Subscription } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import { cataloguePriceList } from '../pricing/pricing'
import { newSubscription } from '../tenant/provisioning'
import { cancelled, convertedToPaid, withSeats } from '../tenant/subscriptionChanges'
import { historyFromSubscription } from './feeHistory'
import { feesForPeriod } from './fees'

// Changes record what was sold and when, so fees follow what really happened.
const line = { id: 'sub-1', tenantId: 'tenant-1', offerId: 'standard-suite' as const, seats: 45 }

describe('billing events recorded as subscriptions change', () => {
  it('a paid subscription is sold the day it is bought; a trial is not sold', () => {
    expect(newSubscription(line, 'paid', '2026-01-10').billingEvents).toEqual([
      { on: '2026-01-10', kind: 'sold', seats: 45 },
    ])
    const trial = newSubscription(line, 'trial', '2026-01-10')
    expect(trial).toMatchObject({ state: 'trial', trialEndsOn: '2026-02-08', billingEvents: [] })
  })

  it('added seats are a new sale on the day they are added, on top of a record that had no events', () => {
    const old: Subscription = {
      ...line,
      assignedSeats: 40,
      state: 'active',
      startedOn: '2025-06-01',
      trialEndsOn: null,
      cancelledOn: null,
    }
    const grown = withSeats(old, 50, '2026-02-15')
    expect(grown.seats).toBe(50)
    expect(grown.billingEvents).toEqual([
      { on: '2025-06-01', kind: 'sold', seats: 45 },
      { on: '2026-02-15', kind: 'seatsChanged', seats: 50 },
    ])
    // In Q1 2026 the 5 added seats earn their first instalment: 5 × $10 × 12 × 3 % = $18.
    const q1Before = feesForPeriod([historyFromSubscription(old)], cataloguePriceList(), '2026-01-01', '2026-04-01')
    const q1After = feesForPeriod([historyFromSubscription(grown)], cataloguePriceList(), '2026-01-01', '2026-04-01')
    expect(q1After.sale.minor - q1Before.sale.minor).toBe(1_800)
  })

  it('a trial converted today is sold today with its seats; its earlier seat changes are not sales', () => {
    const trial = withSeats(newSubscription(line, 'trial', '2026-01-10'), 48, '2026-01-20')
    expect(trial.billingEvents).toEqual([])
    const paid = convertedToPaid(trial, '2026-01-25')
    expect(paid).toMatchObject({
      state: 'active',
      trialEndsOn: null,
      seats: 48,
      billingEvents: [{ on: '2026-01-25', kind: 'sold', seats: 48 }],
    })
  })

  it('a cancellation ends a sold subscription; a cancelled trial has nothing to bill', () => {
    const sold = cancelled(newSubscription(line, 'paid', '2026-01-10'), '2026-05-02')
    expect(sold).toMatchObject({ state: 'cancelled', cancelledOn: '2026-05-02', assignedSeats: 0 })
    expect(sold.billingEvents).toEqual([
      { on: '2026-01-10', kind: 'sold', seats: 45 },
      { on: '2026-05-02', kind: 'cancelled' },
    ])
    expect(cancelled(newSubscription(line, 'trial', '2026-01-10'), '2026-01-15').billingEvents).toEqual([])
  })
})
