import type { Subscription, SubscriptionEvent } from '../tenant/tenant'
import type { SubscriptionHistory } from './feeHistory'
import { describe, expect, it } from 'vitest'
import { historiesFromSubscriptions, historyFromSubscription, seatsOn, subscriptionTimeline } from './feeHistory'

function history(events: SubscriptionEvent[]): SubscriptionHistory {
  return { subscriptionId: 'sub-1', tenantId: 'tenant-1', offerId: 'standard-suite', events }
}

function record(extra: Partial<Subscription>): Subscription {
  return {
    id: 'sub-1',
    tenantId: 'tenant-1',
    offerId: 'standard-suite',
    seats: 45,
    assignedSeats: 40,
    state: 'active',
    startedOn: '2026-01-15',
    trialEndsOn: null,
    cancelledOn: null,
    ...extra,
  }
}

describe('subscriptionTimeline', () => {
  it('reads sales (added seats are sales of the difference), seat totals and the cancellation', () => {
    const timeline = subscriptionTimeline(
      history([
        { on: '2026-01-15', kind: 'sold', seats: 45 },
        { on: '2026-03-02', kind: 'seatsChanged', seats: 40 },
        { on: '2026-04-20', kind: 'seatsChanged', seats: 50 },
        { on: '2026-09-30', kind: 'cancelled' },
      ]),
    )
    expect(timeline.soldOn).toBe('2026-01-15')
    expect(timeline.cancelledOn).toBe('2026-09-30')
    expect(timeline.sales).toEqual([
      { on: '2026-01-15', seats: 45, eventIndex: 0 },
      { on: '2026-04-20', seats: 10, eventIndex: 2 },
    ])
    expect([
      seatsOn(timeline, '2026-01-14'),
      seatsOn(timeline, '2026-01-15'),
      seatsOn(timeline, '2026-04-01'),
      seatsOn(timeline, '2026-05-01'),
    ]).toEqual([0, 45, 40, 50])
  })

  it('knows a history without events as not sold', () => {
    expect(subscriptionTimeline(history([]))).toEqual({ soldOn: null, cancelledOn: null, sales: [], seatSteps: [] })
  })

  it.each<[string, SubscriptionEvent[], RegExp]>([
    ['no sale first', [{ on: '2026-01-15', kind: 'seatsChanged', seats: 5 }], /only after the subscription is sold/],
    ['a cancellation before the sale', [{ on: '2026-01-15', kind: 'cancelled' }], /cancelled only after it is sold/],
    [
      'two sales',
      [
        { on: '2026-01-15', kind: 'sold', seats: 5 },
        { on: '2026-02-15', kind: 'sold', seats: 5 },
      ],
      /sold once/,
    ],
    [
      'events out of order',
      [
        { on: '2026-01-15', kind: 'sold', seats: 5 },
        { on: '2026-01-14', kind: 'seatsChanged', seats: 6 },
      ],
      /date order/,
    ],
    [
      'an event after the cancellation',
      [
        { on: '2026-01-15', kind: 'sold', seats: 5 },
        { on: '2026-02-01', kind: 'cancelled' },
        { on: '2026-02-01', kind: 'seatsChanged', seats: 6 },
      ],
      /nothing can follow/,
    ],
    ['zero seats', [{ on: '2026-01-15', kind: 'sold', seats: 0 }], /at least 1/],
    ['fractional seats', [{ on: '2026-01-15', kind: 'sold', seats: 4.5 }], /whole number/],
    ['a timestamp', [{ on: '2026-01-15T09:00:00Z', kind: 'sold', seats: 5 }], /not a calendar date/],
    ['an impossible date', [{ on: '2026-02-30', kind: 'sold', seats: 5 }], /not a calendar date/],
  ])('refuses %s', (_, events, message) => {
    expect(() => subscriptionTimeline(history(events))).toThrow(message)
  })

  it('names the subscription and event it refuses', () => {
    expect(() =>
      subscriptionTimeline(
        history([
          { on: '2026-01-15', kind: 'sold', seats: 5 },
          { on: '2026-01-14', kind: 'cancelled' },
        ]),
      ),
    ).toThrow('Subscription sub-1, event 2')
  })
})

describe('historyFromSubscription', () => {
  it('sells an active subscription on its start date with its current seats', () => {
    expect(historyFromSubscription(record({}))).toEqual({
      subscriptionId: 'sub-1',
      tenantId: 'tenant-1',
      offerId: 'standard-suite',
      events: [{ on: '2026-01-15', kind: 'sold', seats: 45 }],
    })
  })

  it('gives a running or ended trial no events', () => {
    expect(historyFromSubscription(record({ state: 'trial', trialEndsOn: '2026-02-13' })).events).toEqual([])
  })

  it('takes a converted trial as sold on the day after its trial ended', () => {
    expect(historyFromSubscription(record({ trialEndsOn: '2026-02-13' })).events).toEqual([
      { on: '2026-02-14', kind: 'sold', seats: 45 },
    ])
  })

  it('cancels on the cancellation date', () => {
    expect(historyFromSubscription(record({ state: 'cancelled', cancelledOn: '2026-06-10' })).events).toEqual([
      { on: '2026-01-15', kind: 'sold', seats: 45 },
      { on: '2026-06-10', kind: 'cancelled' },
    ])
  })

  it('earns nothing from a trial cancelled before it ended, or a cancellation without a date', () => {
    expect(
      historyFromSubscription(record({ state: 'cancelled', trialEndsOn: '2026-02-13', cancelledOn: '2026-02-01' }))
        .events,
    ).toEqual([])
    expect(historyFromSubscription(record({ state: 'cancelled', cancelledOn: null })).events).toEqual([])
  })

  it('reads stored timestamps as their date', () => {
    expect(historyFromSubscription(record({ startedOn: '2026-01-15T10:30:00.000Z' })).events).toEqual([
      { on: '2026-01-15', kind: 'sold', seats: 45 },
    ])
  })

  it('derives one history per subscription', () => {
    const histories = historiesFromSubscriptions([
      record({}),
      record({ id: 'sub-2', state: 'trial', trialEndsOn: '2026-02-13' }),
    ])
    expect(histories.map(h => [h.subscriptionId, h.events.length])).toEqual([
      ['sub-1', 1],
      ['sub-2', 0],
    ])
  })
})
