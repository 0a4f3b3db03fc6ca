import type { AddOn } from './ledger/addOns'
import type { Subscription, SubscriptionEvent, TenantWithSubscriptions } from './tenant/tenant'
import { describe, expect, it } from 'vitest'
import { catalogue } from './catalogue'
import {
  clientFigures,
  clientFigureSteps,
  partnerFigures,
  partnerFigureSteps,
  seatsByOffer,
  tenantCounts,
} from './dashboard'
import { addDays } from './dates'
import { historiesFromSubscriptions } from './fees/feeHistory'
import { feeDashboard, feeDashboardSteps, feesByQuarter, nextStatements } from './fees/feeStatements'
import { upcomingDates } from './fees/renewals'
import { cataloguePriceList, monthlyBilling } from './pricing/pricing'
import { runSteps, slices } from './steps'

const today = '2026-05-20'
const USD = cataloguePriceList()

/** The same made-up numbers on every run. */
function random(seed: number): (below: number) => number {
  let state = seed
  return below => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state % below
  }
}

/**
 * 240 tenants of every kind the fee engine reads: sold with recorded events (seats added and
 * removed, cancelled), records without events, trials running, ended and converted, sales on
 * month ends, several subscriptions per tenant, and companies whose names sort by accent.
 */
function partnerBook(): TenantWithSubscriptions[] {
  const pick = random(7)
  const offers = catalogue.offers.map(offer => offer.id)
  const names = ['Élan', 'Elan', 'Zéphyr', 'Atelier', 'Äpfel', 'abeille']
  return Array.from({ length: 240 }, (_, index): TenantWithSubscriptions => {
    const id = `tenant-${String(index).padStart(3, '0')}`
    const subscriptions = Array.from({ length: 1 + pick(3) }, (_, n): Subscription => {
      const startedOn = addDays('2024-01-31', pick(900))
      const base: Subscription = {
        id: `${id}-sub-${n}`,
        tenantId: id,
        offerId: offers[pick(offers.length)]!,
        seats: 1 + pick(60),
        assignedSeats: 0,
        state: 'active',
        startedOn,
        trialEndsOn: null,
        cancelledOn: null,
      }
      switch (pick(5)) {
        case 0:
          return { ...base, state: 'trial', trialEndsOn: addDays(startedOn, 29) }
        case 1:
          return { ...base, trialEndsOn: addDays(startedOn, 29) }
        case 2:
          return { ...base, state: 'cancelled', cancelledOn: addDays(startedOn, 30 + pick(400)) }
        default: {
          const events: SubscriptionEvent[] = [{ on: startedOn, kind: 'sold', seats: base.seats }]
          let on = startedOn
          for (let change = pick(4); change > 0; change--) {
            on = addDays(on, 1 + pick(120))
            events.push({ on, kind: 'seatsChanged', seats: 1 + pick(80) })
          }
          if (pick(3) === 0) events.push({ on: addDays(on, 1 + pick(200)), kind: 'cancelled' })
          return { ...base, billingEvents: events }
        }
      }
    })
    return {
      tenant: {
        id,
        companyName: `${names[index % names.length]} ${index % 7}`,
        contact: { name: '', email: '', phone: '' },
        country: 'FR',
        language: 'fr',
        domains: [],
        createdAt: '2024-01-01T09:00:00.000Z',
      },
      subscriptions,
    }
  })
}

const book = partnerBook()
const subscriptions = book.flatMap(tenant => tenant.subscriptions)
const histories = historiesFromSubscriptions(subscriptions)
const services: AddOn[] = []

describe('steps', () => {
  it('slices items in order, the last slice shorter', () => {
    expect([...slices([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]])
    expect([...slices([], 2)]).toEqual([])
    expect(() => [...slices([1], 0)]).toThrow(RangeError)
  })
})

describe('the dashboard in steps', () => {
  it('gives the fee figures to the cent whatever the slices, as the quarters and statements alone give them', () => {
    const oneShot = feeDashboard(histories, USD, today)
    expect(oneShot.thisYear.total.minor).toBeGreaterThan(0)
    expect(oneShot.nextStatements.statements.length).toBeGreaterThan(100)
    for (const perStep of [1, 7, 100, histories.length + 1]) {
      const steps = feeDashboardSteps(histories, USD, today, perStep)
      let yields = 0
      let step = steps.next()
      for (; !step.done; step = steps.next()) yields++
      expect(yields).toBe(Math.ceil(histories.length / perStep))
      expect(step.value).toEqual(oneShot)
    }
    // The same cents by another path through the engine: each quarter's lines, and the next statements' own.
    const bars = feesByQuarter(histories, USD, oneShot.byQuarter[0]!.quarter, oneShot.byQuarter.length)
    expect(oneShot.byQuarter.map(({ position: _, ...bar }) => bar)).toEqual(bars)
    expect(oneShot.nextStatements).toEqual(nextStatements(histories, USD, today))
  })

  it('gives the client figures whatever the slices, as the whole book gives them at once', () => {
    const whole = {
      today,
      currency: 'USD',
      tenants: tenantCounts(book, today),
      seatsByOffer: seatsByOffer(subscriptions, today),
      monthlyBilling: monthlyBilling(subscriptions, USD, today),
      upcoming: upcomingDates(book, today),
    }
    expect(whole.upcoming.length).toBeGreaterThan(20)
    expect(clientFigures(book, USD, today)).toEqual(whole)
    for (const perStep of [1, 13, 1000]) expect(runSteps(clientFigureSteps(book, USD, today, perStep))).toEqual(whole)
  })

  it('gives the partner figures in steps as at once', () => {
    const steps = partnerFigureSteps(book, services, USD, today)
    expect(steps.next().done).toBe(false)
    expect(runSteps(steps)).toEqual(partnerFigures(book, services, USD, today))
  })
})
