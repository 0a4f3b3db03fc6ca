import type { OfferId } from '../catalogue'
import type { Subscription, SubscriptionState } from './tenant'
import { describe, expect, it } from 'vitest'
import {
  consoleAccess,
  isLive,
  liveSubscriptions,
  needsOfficePro,
  noConsoleReason,
  noConsoleReasonOf,
  offersNeedingOfficePro,
  officeProNeed,
  subscriptionFeatures,
  TENANT_STATUSES,
  tenantFeatures,
  tenantStatus,
  trialEndsOn,
  trialHasEnded,
} from './policy'

const TODAY = '2010-03-15'

let nextId = 1
function sub(offerId: OfferId, state: SubscriptionState = 'active', extra: Partial<Subscription> = {}): Subscription {
  return {
    id: `sub-${nextId++}`,
    tenantId: 'tenant-1',
    offerId,
    seats: 10,
    assignedSeats: 0,
    state,
    startedOn: '2010-01-04',
    trialEndsOn: null,
    cancelledOn: state === 'cancelled' ? '2010-02-01' : null,
    ...extra,
  }
}

function trial(offerId: OfferId, endsOn: string, extra: Partial<Subscription> = {}): Subscription {
  return sub(offerId, 'trial', { trialEndsOn: endsOn, ...extra })
}

describe('isLive', () => {
  it('counts active subscriptions as live', () => {
    expect(isLive(sub('standard-suite'), TODAY)).toBe(true)
  })

  it('never counts cancelled subscriptions', () => {
    expect(isLive(sub('standard-suite', 'cancelled'), TODAY)).toBe(false)
  })

  it('counts a trial up to and including its last day', () => {
    expect(isLive(trial('standard-suite', '2010-03-16'), TODAY)).toBe(true)
    expect(isLive(trial('standard-suite', TODAY), TODAY)).toBe(true)
    expect(isLive(trial('standard-suite', '2010-03-14'), TODAY)).toBe(false)
  })

  it('compares dates across months and years', () => {
    expect(isLive(trial('standard-suite', '2010-12-31'), '2011-01-01')).toBe(false)
    expect(isLive(trial('standard-suite', '2011-01-01'), '2010-12-31')).toBe(true)
  })

  it('counts a trial without an end date as live', () => {
    expect(isLive(sub('standard-suite', 'trial'), TODAY)).toBe(true)
  })

  it('keeps only live subscriptions, in order', () => {
    const a = sub('standard-suite')
    const b = sub('deskless-suite', 'cancelled')
    const c = trial('exchange-online', TODAY)
    const d = trial('sharepoint-online', '2010-03-14')
    expect(liveSubscriptions([a, b, c, d], TODAY)).toEqual([a, c])
  })
})

describe('consoleAccess', () => {
  it('is available with a Standard Suite', () => {
    expect(consoleAccess([sub('standard-suite')], TODAY)).toEqual({ available: true })
  })

  it.each<OfferId>(['exchange-online', 'sharepoint-online', 'communications-online', 'live-meeting'])(
    'is available with %s alone',
    offerId => {
      expect(consoleAccess([sub(offerId)], TODAY)).toEqual({ available: true })
    },
  )

  it('is available during a live Standard trial', () => {
    expect(consoleAccess([trial('standard-suite', TODAY)], TODAY)).toEqual({ available: true })
  })

  it('is unavailable for a Deskless-only tenant, naming its offers once each', () => {
    expect(consoleAccess([sub('deskless-suite'), sub('deskless-suite')], TODAY)).toEqual({
      available: false,
      reason: 'desklessOnly',
      offers: ['deskless-suite'],
    })
    expect(consoleAccess([sub('exchange-deskless'), sub('sharepoint-deskless')], TODAY)).toEqual({
      available: false,
      reason: 'desklessOnly',
      offers: ['exchange-deskless', 'sharepoint-deskless'],
    })
  })

  it('is available for a mixed Standard + Deskless tenant', () => {
    expect(consoleAccess([sub('deskless-suite'), sub('standard-suite')], TODAY)).toEqual({ available: true })
  })

  it('is unavailable with no live subscription: only cancelled or ended trials', () => {
    const expected = { available: false, reason: 'noLiveSubscription' }
    expect(consoleAccess([sub('standard-suite', 'cancelled')], TODAY)).toEqual(expected)
    expect(consoleAccess([trial('standard-suite', '2010-03-14')], TODAY)).toEqual(expected)
    expect(consoleAccess([sub('standard-suite', 'cancelled'), trial('exchange-online', '2010-03-14')], TODAY)).toEqual(
      expected,
    )
    expect(consoleAccess([], TODAY)).toEqual(expected)
  })

  it('is Deskless-only when the Standard Suite is cancelled but a Deskless Suite lives on', () => {
    expect(consoleAccess([sub('standard-suite', 'cancelled'), sub('deskless-suite')], TODAY)).toEqual({
      available: false,
      reason: 'desklessOnly',
      offers: ['deskless-suite'],
    })
  })

  it('is Deskless-only when the Standard trial has ended but a Deskless Suite is paid', () => {
    expect(consoleAccess([trial('standard-suite', '2010-03-14'), sub('deskless-suite')], TODAY)).toEqual({
      available: false,
      reason: 'desklessOnly',
      offers: ['deskless-suite'],
    })
  })
})

describe('features', () => {
  it('gives a subscription its offer’s features', () => {
    expect(subscriptionFeatures(sub('live-meeting'))).toEqual(['communications.liveMeeting'])
  })

  it('unites the features of live subscriptions', () => {
    const features = tenantFeatures([sub('exchange-deskless'), sub('sharepoint-online'), sub('live-meeting')], TODAY)
    expect([...features].sort()).toEqual([
      'communications.liveMeeting',
      'exchange.filtering',
      'exchange.owa',
      'sharepoint.externalSharing',
      'sharepoint.sites',
      'sharepoint.workflows',
    ])
  })

  it('leaves out features of cancelled subscriptions and ended trials', () => {
    const features = tenantFeatures(
      [sub('deskless-suite'), sub('exchange-online', 'cancelled'), trial('communications-online', '2010-03-14')],
      TODAY,
    )
    expect([...features].sort()).toEqual(['exchange.filtering', 'exchange.owa', 'sharepoint.read'])
  })

  it('is empty with nothing live', () => {
    expect(tenantFeatures([sub('standard-suite', 'cancelled')], TODAY).size).toBe(0)
  })
})

describe('Office Pro', () => {
  it('is needed by every live offer but the Deskless tier, each named once', () => {
    const subscriptions = [
      sub('standard-suite'),
      sub('deskless-suite'),
      sub('standard-suite'),
      trial('sharepoint-online', TODAY),
      sub('exchange-deskless'),
    ]
    expect(offersNeedingOfficePro(subscriptions, TODAY)).toEqual(['standard-suite', 'sharepoint-online'])
    expect(needsOfficePro(subscriptions, TODAY)).toBe(true)
  })

  it('is not needed by a Deskless-only tenant', () => {
    const subscriptions = [sub('deskless-suite'), sub('exchange-deskless'), sub('sharepoint-deskless')]
    expect(offersNeedingOfficePro(subscriptions, TODAY)).toEqual([])
    expect(needsOfficePro(subscriptions, TODAY)).toBe(false)
  })

  it('is not needed for cancelled subscriptions or ended trials', () => {
    const subscriptions = [
      sub('standard-suite', 'cancelled'),
      trial('exchange-online', '2010-03-14'),
      sub('deskless-suite'),
    ]
    expect(offersNeedingOfficePro(subscriptions, TODAY)).toEqual([])
    expect(needsOfficePro(subscriptions, TODAY)).toBe(false)
  })
})

describe('a tenant whose trial ended', () => {
  const ended = [trial('standard-suite', '2010-03-14')]

  it('is told its trial ended, not that its offers are Deskless or run in the browser', () => {
    expect(noConsoleReason(ended, TODAY)).toBe('trialEnded')
    expect(officeProNeed(ended, TODAY)).toEqual({ kind: 'trialEnded' })
    expect(trialHasEnded(ended[0]!, TODAY)).toBe(true)
    expect(noConsoleReasonOf(tenantStatus(ended, TODAY))).toBe('trialEnded')
  })

  it('differs from a Deskless-only tenant, a cancelled one, and a running trial', () => {
    expect(noConsoleReason([sub('deskless-suite')], TODAY)).toBe('desklessOnly')
    expect(officeProNeed([sub('deskless-suite')], TODAY)).toEqual({ kind: 'browserOnly' })
    expect(noConsoleReason([sub('standard-suite', 'cancelled')], TODAY)).toBe('cancelled')
    expect(officeProNeed([sub('standard-suite', 'cancelled')], TODAY)).toEqual({ kind: 'cancelled' })
    const running = trial('standard-suite', TODAY)
    expect(noConsoleReason([running], TODAY)).toBeNull()
    expect(officeProNeed([running], TODAY)).toEqual({ kind: 'needed', offers: ['standard-suite'] })
    expect(trialHasEnded(running, TODAY)).toBe(false)
  })
})

describe('tenantStatus', () => {
  it('lists the statuses in lifecycle order', () => {
    expect(TENANT_STATUSES).toEqual(['active', 'trial', 'trialExpired', 'cancelled'])
  })

  it('is active with a paid subscription, even beside trials', () => {
    expect(tenantStatus([sub('standard-suite')], TODAY)).toBe('active')
    expect(tenantStatus([trial('exchange-online', TODAY), sub('deskless-suite')], TODAY)).toBe('active')
    expect(tenantStatus([sub('standard-suite', 'cancelled'), sub('deskless-suite')], TODAY)).toBe('active')
  })

  it('is trial while a trial is live, its last day included', () => {
    expect(tenantStatus([trial('standard-suite', '2010-04-01')], TODAY)).toBe('trial')
    expect(tenantStatus([trial('standard-suite', TODAY)], TODAY)).toBe('trial')
    expect(tenantStatus([trial('standard-suite', TODAY), sub('exchange-online', 'cancelled')], TODAY)).toBe('trial')
  })

  it('is trialExpired the day after the trial’s last day', () => {
    expect(tenantStatus([trial('standard-suite', '2010-03-14')], TODAY)).toBe('trialExpired')
    expect(tenantStatus([trial('standard-suite', TODAY)], '2010-03-16')).toBe('trialExpired')
  })

  it('is cancelled when everything is cancelled, or there is nothing', () => {
    expect(tenantStatus([sub('standard-suite', 'cancelled')], TODAY)).toBe('cancelled')
    expect(tenantStatus([sub('standard-suite', 'cancelled'), sub('deskless-suite', 'cancelled')], TODAY)).toBe(
      'cancelled',
    )
    expect(tenantStatus([], TODAY)).toBe('cancelled')
  })
})

describe('trialEndsOn', () => {
  it('is the earliest end among live trials', () => {
    const subscriptions = [
      trial('standard-suite', '2010-04-02'),
      trial('exchange-online', '2010-03-20'),
      trial('sharepoint-online', '2010-03-14'), // already ended
      sub('deskless-suite'),
    ]
    expect(trialEndsOn(subscriptions, TODAY)).toBe('2010-03-20')
  })

  it('orders ends across years', () => {
    expect(
      trialEndsOn([trial('standard-suite', '2011-01-05'), trial('exchange-online', '2010-12-31')], '2010-12-20'),
    ).toBe('2010-12-31')
  })

  it('includes a trial ending today', () => {
    expect(trialEndsOn([trial('standard-suite', TODAY)], TODAY)).toBe(TODAY)
  })

  it('is null without a live trial', () => {
    expect(trialEndsOn([sub('standard-suite')], TODAY)).toBeNull()
    expect(trialEndsOn([trial('standard-suite', '2010-03-14')], TODAY)).toBeNull()
    expect(trialEndsOn([sub('standard-suite', 'trial')], TODAY)).toBeNull()
    expect(trialEndsOn([], TODAY)).toBeNull()
  })
})
