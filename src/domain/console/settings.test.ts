import type { Subscription } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import { getOffer } from '../catalogue'
import {
  defaultSettings,
  diffSettings,
  mailboxLimits,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  settingAvailability,
  settingsOfArea,
  validateSettingValue,
  widensSharing,
} from './settings'

const TODAY = '2026-11-25'

function sub(offerId: Subscription['offerId'], state: Subscription['state'] = 'active'): Subscription {
  return {
    id: `s-${offerId}`,
    tenantId: 't',
    offerId,
    seats: 10,
    assignedSeats: 0,
    state,
    startedOn: '2026-01-01',
    trialEndsOn: null,
    cancelledOn: state === 'cancelled' ? '2026-06-01' : null,
  }
}

describe('setting definitions', () => {
  it('name a capability some catalogue offer has, so every setting can exist somewhere', () => {
    const features = new Set(
      ['standard-suite', 'sharepoint-online'].flatMap(id => getOffer(id as Subscription['offerId']).features),
    )
    for (const key of SETTING_KEYS) expect(features.has(SETTING_DEFINITIONS[key].feature), key).toBe(true)
  })

  it('group into the three console areas', () => {
    expect(settingsOfArea('communications')).toEqual([
      'communications.im',
      'communications.federation',
      'communications.liveMeeting',
    ])
    expect(settingsOfArea('exchange')).toHaveLength(7)
    expect(settingsOfArea('sharepoint')).toHaveLength(3)
  })
})

describe('settingAvailability', () => {
  it('gives a Standard Suite tenant every setting', () => {
    for (const key of SETTING_KEYS)
      expect(settingAvailability(key, [sub('standard-suite')], TODAY)).toEqual({ available: true })
  })

  it('gives a Deskless-only tenant none: it has no console', () => {
    expect(settingAvailability('exchange.owa', [sub('deskless-suite')], TODAY)).toEqual({
      available: false,
      reason: 'noConsole',
    })
  })

  it('names the offers when they lack the capability', () => {
    expect(settingAvailability('communications.im', [sub('exchange-online'), sub('sharepoint-online')], TODAY)).toEqual(
      {
        available: false,
        reason: 'notInOffers',
        feature: 'communications.im',
        offers: ['exchange-online', 'sharepoint-online'],
      },
    )
  })

  it("keeps the console for a mixed tenant, with the Standard Suite's capabilities", () => {
    expect(settingAvailability('exchange.activeSync', [sub('standard-suite'), sub('deskless-suite')], TODAY)).toEqual({
      available: true,
    })
  })

  it('ignores cancelled subscriptions', () => {
    expect(
      settingAvailability(
        'communications.liveMeeting',
        [sub('exchange-online'), sub('live-meeting', 'cancelled')],
        TODAY,
      ),
    ).toMatchObject({ available: false, reason: 'notInOffers' })
  })
})

describe('mailboxLimits', () => {
  it('are 5 GB by default and 25 GB at most on Standard, with Deskless mailboxes kept at 500 MB', () => {
    expect(mailboxLimits([sub('standard-suite'), sub('deskless-suite')], TODAY)).toEqual({
      defaultMb: 5120,
      maxMb: 25_600,
      desklessMb: 500,
    })
  })

  it('are 500 MB on Deskless alone, and absent without Exchange', () => {
    expect(mailboxLimits([sub('deskless-suite')], TODAY)).toEqual({ defaultMb: 500, maxMb: 500, desklessMb: 500 })
    expect(mailboxLimits([sub('sharepoint-online')], TODAY)).toBeNull()
  })
})

describe('validateSettingValue', () => {
  const standard = [sub('standard-suite')]

  it('accepts booleans for switches and the three sharing levels', () => {
    expect(validateSettingValue('exchange.pop3', false, standard, TODAY)).toEqual([])
    expect(validateSettingValue('exchange.pop3', 'no', standard, TODAY)).toEqual([
      { field: 'exchange.pop3', code: 'unknown', params: { value: 'no' } },
    ])
    expect(validateSettingValue('sharepoint.externalSharing', 'existingExternalUsers', standard, TODAY)).toEqual([])
    expect(validateSettingValue('sharepoint.externalSharing', 'everyone', standard, TODAY)).toHaveLength(1)
  })

  it('keeps mailbox sizes whole, at least 250 MB and within the offer', () => {
    expect(validateSettingValue('exchange.defaultMailboxMb', 25_600, standard, TODAY)).toEqual([])
    expect(validateSettingValue('exchange.defaultMailboxMb', 25_601, standard, TODAY)).toEqual([
      { field: 'exchange.defaultMailboxMb', code: 'aboveMaximum', params: { max: 25_600 } },
    ])
    expect(validateSettingValue('exchange.defaultMailboxMb', 100, standard, TODAY)).toEqual([
      { field: 'exchange.defaultMailboxMb', code: 'belowMinimum', params: { min: 250 } },
    ])
    expect(validateSettingValue('exchange.defaultMailboxMb', 512.5, standard, TODAY)).toEqual([
      { field: 'exchange.defaultMailboxMb', code: 'notWholeNumber' },
    ])
  })
})

describe('defaultSettings and diffSettings', () => {
  it('start with every protocol on, filtering on and sharing off', () => {
    expect(defaultSettings([sub('standard-suite')], TODAY)).toMatchObject({
      'exchange.pop3': true,
      'exchange.filtering': true,
      'sharepoint.externalSharing': 'off',
      'exchange.defaultMailboxMb': 5120,
    })
  })

  it('lists only what moves, in definition order', () => {
    const current = defaultSettings([sub('standard-suite')], TODAY)
    expect(
      diffSettings(current, { 'sharepoint.workflows': true, 'exchange.imap4': false, 'exchange.pop3': true }),
    ).toEqual([{ key: 'exchange.imap4', before: true, after: false }])
  })
})

describe('widening external sharing', () => {
  it('is any step towards more people outside, and never a step back or staying', () => {
    expect(widensSharing('off', 'existingExternalUsers')).toBe(true)
    expect(widensSharing('off', 'externalUsers')).toBe(true)
    expect(widensSharing('existingExternalUsers', 'externalUsers')).toBe(true)
    expect(widensSharing('externalUsers', 'off')).toBe(false)
    expect(widensSharing('existingExternalUsers', 'off')).toBe(false)
    expect(widensSharing('off', 'off')).toBe(false)
  })
})
