import type { TenantSettings } from '../console/settings'
import type { Subscription } from '../tenant/tenant'
import type { TenantUser, UserWorkload } from './users'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../console/settings'
import {
  checkExchangeOverrides,
  checkWorkloadChanges,
  effectiveExchange,
  effectiveWorkloads,
  mailboxRule,
  normalizeExchangeOverrides,
  overridesForLicence,
  protocolAvailability,
  userLicence,
  workloadAvailability,
  workloadsForLicence,
} from './userWorkloads'

const today = '2025-03-10'

function subscription(
  id: string,
  offerId: Subscription['offerId'],
  overrides: Partial<Subscription> = {},
): Subscription {
  return {
    id,
    tenantId: 't',
    offerId,
    seats: 10,
    assignedSeats: 0,
    state: 'active',
    startedOn: '2024-01-01',
    trialEndsOn: null,
    cancelledOn: null,
    ...overrides,
  }
}

const standard = subscription('std', 'standard-suite')
const deskless = subscription('dsk', 'deskless-suite')
const exchangeOnly = subscription('exo', 'exchange-online')
const ended = subscription('old', 'standard-suite', { state: 'trial', trialEndsOn: '2025-03-01' })
const subscriptions = [standard, deskless, exchangeOnly, ended]
const settings: TenantSettings = defaultSettings([standard, deskless], today)

const ALL_ON: Record<UserWorkload, boolean> = {
  exchange: true,
  sharepoint: true,
  communications: true,
  liveMeeting: true,
}

function user(
  subscriptionId: string | null,
  overrides: Partial<TenantUser> = {},
): Pick<TenantUser, 'subscriptionId' | 'services' | 'exchange'> {
  const licence = subscriptions.find(s => s.id === subscriptionId)
  return { subscriptionId, services: workloadsForLicence(licence), exchange: {}, ...overrides }
}

describe("a user's licence and services", () => {
  it('holds a licence only from a live subscription', () => {
    expect(userLicence(user('std'), subscriptions, today)).toBe(standard)
    expect(userLicence(user('old'), subscriptions, today)).toBeUndefined()
    expect(userLicence(user(null), subscriptions, today)).toBeUndefined()
  })

  it('gives a Standard Suite user all four services and a Deskless one mail and read-only sites', () => {
    expect(workloadsForLicence(standard)).toEqual(ALL_ON)
    expect(workloadsForLicence(deskless)).toEqual({
      exchange: true,
      sharepoint: true,
      communications: false,
      liveMeeting: false,
    })
    expect(workloadAvailability('communications', deskless)).toEqual({
      available: false,
      reason: 'notInLicence',
      offer: 'deskless-suite',
    })
    expect(workloadAvailability('exchange', undefined)).toEqual({ available: false, reason: 'unlicensed' })
  })

  it("keeps the user's choices across a licence change and turns on what is new", () => {
    const desklessUser = { exchange: false, sharepoint: true, communications: false, liveMeeting: false }
    expect(workloadsForLicence(standard, { licence: deskless, services: desklessUser })).toEqual({
      exchange: false,
      sharepoint: true,
      communications: true,
      liveMeeting: true,
    })
    expect(workloadsForLicence(exchangeOnly, { licence: standard, services: ALL_ON })).toEqual({
      exchange: true,
      sharepoint: false,
      communications: false,
      liveMeeting: false,
    })
  })

  it('has a service only when the switch is on and the licence includes it', () => {
    expect(effectiveWorkloads({ services: ALL_ON }, deskless)).toEqual({
      exchange: true,
      sharepoint: true,
      communications: false,
      liveMeeting: false,
    })
    expect(effectiveWorkloads({ services: ALL_ON }, undefined)).toEqual({
      exchange: false,
      sharepoint: false,
      communications: false,
      liveMeeting: false,
    })
  })

  it('refuses switching a service the licence lacks, and unknown services', () => {
    expect(checkWorkloadChanges({ exchange: false, communications: true }, deskless)).toEqual({
      unavailable: [{ field: 'services.communications', code: 'notAvailable' }],
      invalid: [],
    })
    expect(checkWorkloadChanges({ fax: true, sharepoint: 'yes' }, standard).invalid).toEqual([
      { field: 'services.fax', code: 'unknown', params: { value: 'fax' } },
      { field: 'services.sharepoint', code: 'unknown', params: { value: 'yes' } },
    ])
  })
})

describe("a user's Exchange", () => {
  it("is the tenant's setting AND the user's override AND the licence", () => {
    const tenantOff = { ...settings, 'exchange.imap4': false }
    const pop3Off = user('std', { exchange: { pop3: false } })
    expect(effectiveExchange(pop3Off, standard, tenantOff)).toEqual({
      owa: true,
      outlookAnywhere: true,
      activeSync: true,
      pop3: false,
      imap4: false,
      mailboxMb: 5120,
    })
    // An override of true never turns on what the tenant turned off.
    expect(effectiveExchange(user('std', { exchange: { imap4: true } }), standard, tenantOff).imap4).toBe(false)
  })

  it('gives a Deskless user Outlook Web Access only, at 500 MB whatever the tenant default', () => {
    expect(effectiveExchange(user('dsk'), deskless, { ...settings, 'exchange.defaultMailboxMb': 10_240 })).toEqual({
      owa: true,
      outlookAnywhere: false,
      activeSync: false,
      pop3: false,
      imap4: false,
      mailboxMb: 500,
    })
    expect(mailboxRule(user('dsk'), deskless, settings)).toEqual({ kind: 'fixed', mb: 500, offer: 'deskless-suite' })
    expect(protocolAvailability('activeSync', user('dsk'), deskless, settings)).toEqual({
      available: false,
      reason: 'notInLicence',
      offer: 'deskless-suite',
    })
  })

  it("has no mailbox without an Exchange licence or with the user's Exchange off", () => {
    const noMail = user('std', { services: { ...ALL_ON, exchange: false } })
    expect(effectiveExchange(noMail, standard, settings)).toEqual({
      owa: false,
      outlookAnywhere: false,
      activeSync: false,
      pop3: false,
      imap4: false,
      mailboxMb: null,
    })
    expect(protocolAvailability('pop3', user(null), undefined, settings)).toEqual({
      available: false,
      reason: 'noMailbox',
    })
    expect(mailboxRule(noMail, standard, settings)).toEqual({ kind: 'noMailbox' })
  })

  it('shows a protocol the tenant turned off as such, not as a switch', () => {
    expect(protocolAvailability('pop3', user('std'), standard, { ...settings, 'exchange.pop3': false })).toEqual({
      available: false,
      reason: 'offForTenant',
    })
    expect(protocolAvailability('pop3', user('std'), standard, settings)).toEqual({ available: true })
  })

  it("takes a mailbox size within the licence, defaulting to the tenant's", () => {
    expect(mailboxRule(user('std'), standard, settings)).toEqual({
      kind: 'adjustable',
      min: 250,
      max: 25_600,
      defaultMb: 5120,
    })
    expect(effectiveExchange(user('std', { exchange: { mailboxMb: 2048 } }), standard, settings).mailboxMb).toBe(2048)
    expect(checkExchangeOverrides({ mailboxMb: 2048 }, standard)).toEqual({ unavailable: [], invalid: [] })
    expect(checkExchangeOverrides({ mailboxMb: 25_601 }, standard).invalid).toEqual([
      { field: 'exchange.mailboxMb', code: 'aboveMaximum', params: { max: 25_600 } },
    ])
    expect(checkExchangeOverrides({ mailboxMb: 100 }, standard).invalid).toEqual([
      { field: 'exchange.mailboxMb', code: 'belowMinimum', params: { min: 250 } },
    ])
    expect(checkExchangeOverrides({ mailboxMb: 1.5 }, standard).invalid).toEqual([
      { field: 'exchange.mailboxMb', code: 'notWholeNumber' },
    ])
  })

  it('refuses any override on a Deskless user: no protocol to turn off, no size to change', () => {
    expect(checkExchangeOverrides({ pop3: false, mailboxMb: 500 }, deskless)).toEqual({
      unavailable: [
        { field: 'exchange.pop3', code: 'notAvailable' },
        { field: 'exchange.mailboxMb', code: 'notAvailable' },
      ],
      invalid: [],
    })
  })

  it("keeps only what differs from the tenant, and drops what a new licence can't carry", () => {
    expect(normalizeExchangeOverrides({ pop3: false, imap4: true, activeSync: undefined, mailboxMb: 2048 })).toEqual({
      pop3: false,
      mailboxMb: 2048,
    })
    expect(overridesForLicence({ pop3: false, mailboxMb: 2048 }, deskless)).toEqual({})
    expect(overridesForLicence({ pop3: false, mailboxMb: 2048 }, exchangeOnly)).toEqual({
      pop3: false,
      mailboxMb: 2048,
    })
  })
})
