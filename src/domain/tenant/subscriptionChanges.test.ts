import type { OfferId } from '../catalogue'
import type { Subscription, SubscriptionState } from './tenant'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../catalogue'
import {
  addableOffers,
  allowedMoves,
  billingOf,
  mergedSubscriptions,
  OFFER_MOVES,
  planMove,
  validateCancellation,
  validateConversion,
  validateMove,
  validateNewSubscription,
  validateSeatChange,
} from './subscriptionChanges'

const TODAY = '2010-03-15'

function sub(offerId: OfferId, extra: Partial<Subscription> & { state?: SubscriptionState } = {}): Subscription {
  return {
    id: `sub-${offerId}`,
    tenantId: 'tenant-1',
    offerId,
    seats: 12,
    assignedSeats: 11,
    state: 'active',
    startedOn: '2009-11-02',
    trialEndsOn: null,
    cancelledOn: null,
    ...extra,
  }
}

const standard = sub('standard-suite')
const deskless = sub('deskless-suite', { seats: 28, assignedSeats: 26 })
const trial = sub('standard-suite', {
  id: 'sub-trial',
  seats: 10,
  assignedSeats: 4,
  state: 'trial',
  trialEndsOn: '2010-03-30',
})
const endedTrial = sub('standard-suite', {
  id: 'sub-ended',
  seats: 10,
  assignedSeats: 3,
  state: 'trial',
  trialEndsOn: '2010-03-01',
})
const cancelled = sub('live-meeting', { seats: 10, assignedSeats: 0, state: 'cancelled', cancelledOn: '2010-01-01' })

describe('allowed moves', () => {
  it('moves each Deskless offer to its Standard counterpart only', () => {
    expect(allowedMoves('deskless-suite')).toEqual(['standard-suite'])
    expect(allowedMoves('exchange-deskless')).toEqual(['exchange-online'])
    expect(allowedMoves('sharepoint-deskless')).toEqual(['sharepoint-online'])
    expect(allowedMoves('standard-suite')).toEqual([])
    expect(allowedMoves('exchange-online')).toEqual([])
  })

  it('only ever moves to an offer with the application console, from one without', () => {
    const byId = new Map(catalogue.offers.map(offer => [offer.id, offer]))
    for (const [from, targets] of Object.entries(OFFER_MOVES)) {
      expect(byId.get(from as OfferId)?.grantsConsole).toBe(false)
      for (const to of targets!) expect(byId.get(to)?.grantsConsole).toBe(true)
    }
  })
})

describe('addableOffers', () => {
  it('offers everything the tenant has no live subscription to, including a cancelled offer again', () => {
    expect(addableOffers([standard, deskless, cancelled], TODAY)).toEqual([
      'exchange-online',
      'sharepoint-online',
      'communications-online',
      'live-meeting',
      'exchange-deskless',
      'sharepoint-deskless',
    ])
  })

  it('offers an offer again once its trial has ended', () => {
    expect(addableOffers([endedTrial], TODAY)).toContain('standard-suite')
    expect(addableOffers([trial], TODAY)).not.toContain('standard-suite')
  })
})

describe('validateNewSubscription', () => {
  it('accepts 5 paid seats of an offer the tenant does not run', () => {
    expect(validateNewSubscription('exchange-online', 5, 'paid', [standard], TODAY)).toEqual([])
  })

  it('refuses an offer the tenant already runs', () => {
    expect(validateNewSubscription('standard-suite', 5, 'paid', [standard], TODAY)).toEqual([
      { field: 'offerId', code: 'duplicateOffer', params: { value: 'standard-suite' } },
    ])
  })

  it('requires a known offer and billing', () => {
    expect(validateNewSubscription('', 5, 'paid', [], TODAY)).toEqual([
      { field: 'offerId', code: 'required', params: { value: '' } },
    ])
    expect(validateNewSubscription('office-pro', 5, 'paid', [], TODAY)).toEqual([
      { field: 'offerId', code: 'unknown', params: { value: 'office-pro' } },
    ])
    expect(validateNewSubscription('live-meeting', 5, 'free', [], TODAY)).toEqual([
      { field: 'billing', code: 'unknown', params: { value: 'free' } },
    ])
  })

  it('applies the provisioning seat rules: minimum 5, at most 20 on a trial', () => {
    expect(validateNewSubscription('live-meeting', 4, 'paid', [], TODAY)).toEqual([
      { field: 'seats.live-meeting', code: 'belowMinimum', params: { min: 5 } },
    ])
    expect(validateNewSubscription('live-meeting', 21, 'trial', [], TODAY)).toEqual([
      { field: 'seats.live-meeting', code: 'aboveTrialMaximum', params: { max: 20 } },
    ])
    expect(validateNewSubscription('live-meeting', 21, 'paid', [], TODAY)).toEqual([])
  })
})

describe('validateSeatChange', () => {
  it('accepts 12 → 15 and down to exactly the licences assigned', () => {
    expect(validateSeatChange(standard, 15, TODAY)).toEqual([])
    expect(validateSeatChange(standard, 11, TODAY)).toEqual([])
  })

  it('refuses fewer seats than licences assigned, saying how many are', () => {
    expect(validateSeatChange(standard, 10, TODAY)).toEqual([
      { field: 'seats.standard-suite', code: 'belowAssigned', params: { assigned: 11 } },
    ])
  })

  it('says the offer minimum first when the count is below both', () => {
    expect(validateSeatChange(standard, 4, TODAY)).toEqual([
      { field: 'seats.standard-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
  })

  it('wants whole numbers, at most 10,000, and at most 20 on a trial', () => {
    expect(validateSeatChange(standard, 12.5, TODAY)).toEqual([
      { field: 'seats.standard-suite', code: 'notWholeNumber' },
    ])
    expect(validateSeatChange(standard, Number.NaN, TODAY)).toEqual([
      { field: 'seats.standard-suite', code: 'required' },
    ])
    expect(validateSeatChange(standard, 10_000, TODAY)).toEqual([])
    expect(validateSeatChange(standard, 10_001, TODAY)).toEqual([
      { field: 'seats.standard-suite', code: 'aboveMaximum', params: { max: 10_000 } },
    ])
    expect(validateSeatChange(trial, 20, TODAY)).toEqual([])
    expect(validateSeatChange(trial, 21, TODAY)).toEqual([
      { field: 'seats.standard-suite', code: 'aboveTrialMaximum', params: { max: 20 } },
    ])
  })

  it('refuses a subscription that no longer runs', () => {
    expect(validateSeatChange(cancelled, 12, TODAY)).toEqual([{ field: 'subscription', code: 'notLive' }])
    expect(validateSeatChange(endedTrial, 12, TODAY)).toEqual([{ field: 'subscription', code: 'notLive' }])
  })
})

describe('validateMove', () => {
  it('moves the Deskless Worker Suite to the Standard Suite with its seats', () => {
    expect(validateMove(deskless, 'standard-suite', [deskless], TODAY)).toEqual([])
  })

  it('refuses a move the rules do not list, in either direction', () => {
    expect(validateMove(standard, 'deskless-suite', [standard], TODAY)).toEqual([
      { field: 'offerId', code: 'moveNotAllowed', params: { from: 'standard-suite', to: 'deskless-suite' } },
    ])
    expect(validateMove(deskless, 'exchange-online', [deskless], TODAY)).toEqual([
      { field: 'offerId', code: 'moveNotAllowed', params: { from: 'deskless-suite', to: 'exchange-online' } },
    ])
  })

  it("joins a mixed tenant's running subscription instead of making a second one of the offer", () => {
    expect(planMove(deskless, 'standard-suite', [standard, deskless], TODAY)).toEqual({ kind: 'merge', into: standard })
    expect(validateMove(deskless, 'standard-suite', [standard, deskless], TODAY)).toEqual([])
    const merged = mergedSubscriptions(deskless, standard, TODAY)
    expect(merged.into).toMatchObject({ id: standard.id, seats: 40, assignedSeats: 37, state: 'active' })
    expect(merged.into.billingEvents?.at(-1)).toEqual({ on: TODAY, kind: 'seatsChanged', seats: 40 })
    expect(merged.ended).toMatchObject({ id: deskless.id, state: 'cancelled', cancelledOn: TODAY, assignedSeats: 0 })
  })

  it('refuses to join a trial of the offer, and keeps the joined subscription within its seat maximum', () => {
    const standardTrial = sub('standard-suite', {
      id: 'sub-trial',
      seats: 10,
      state: 'trial',
      trialEndsOn: '2010-03-30',
    })
    expect(validateMove(deskless, 'standard-suite', [standardTrial, deskless], TODAY)).toEqual([
      { field: 'offerId', code: 'targetIsTrial', params: { value: 'standard-suite' } },
    ])
    const big = sub('standard-suite', { seats: 9_990, assignedSeats: 9_000 })
    expect(validateMove(deskless, 'standard-suite', [big, deskless], TODAY)).toEqual([
      expect.objectContaining({ code: 'aboveMaximum' }),
    ])
  })

  it('keeps the trial limit when a trial moves', () => {
    const desklessTrial = sub('deskless-suite', {
      seats: 5,
      assignedSeats: 2,
      state: 'trial',
      trialEndsOn: '2010-03-30',
    })
    expect(billingOf(desklessTrial)).toBe('trial')
    expect(validateMove(desklessTrial, 'standard-suite', [desklessTrial], TODAY)).toEqual([])
  })

  it('refuses a cancelled subscription', () => {
    expect(validateMove({ ...deskless, state: 'cancelled' }, 'standard-suite', [], TODAY)).toEqual([
      { field: 'subscription', code: 'notLive' },
    ])
  })
})

describe('validateConversion', () => {
  it('turns a running or ended trial into a paid subscription', () => {
    expect(validateConversion(trial, [trial], TODAY)).toEqual([])
    expect(validateConversion(endedTrial, [endedTrial], TODAY)).toEqual([])
  })

  it('refuses what is not a trial', () => {
    expect(validateConversion(standard, [standard], TODAY)).toEqual([{ field: 'subscription', code: 'notTrial' }])
  })

  it('refuses an ended trial when the tenant has since bought the same offer', () => {
    expect(validateConversion(endedTrial, [endedTrial, standard], TODAY)).toEqual([
      { field: 'offerId', code: 'duplicateOffer', params: { value: 'standard-suite' } },
    ])
  })
})

describe('validateCancellation', () => {
  it('cancels anything not yet cancelled', () => {
    expect(validateCancellation(standard)).toEqual([])
    expect(validateCancellation(endedTrial)).toEqual([])
    expect(validateCancellation(cancelled)).toEqual([{ field: 'subscription', code: 'notLive' }])
  })
})
