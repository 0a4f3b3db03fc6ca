import type { Subscription } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import { baselineDrift, baselineDriftOf, planBaseline, validateBaselineInput } from './baselines'
import { defaultSettings, SETTING_KEYS } from './settings'

const TODAY = '2026-11-25'
const standard: Subscription[] = [
  {
    id: 's',
    tenantId: 't',
    offerId: 'standard-suite',
    seats: 45,
    assignedSeats: 40,
    state: 'active',
    startedOn: '2026-01-01',
    trialEndsOn: null,
    cancelledOn: null,
  },
]
const exchangeOnly: Subscription[] = [{ ...standard[0]!, offerId: 'exchange-online' }]
const smbSecure = {
  settings: {
    'exchange.pop3': false,
    'exchange.imap4': false,
    'sharepoint.externalSharing': 'existingExternalUsers' as const,
    'exchange.filtering': true,
  },
}

describe('planBaseline', () => {
  it('changes what differs and leaves what already matches', () => {
    const plan = planBaseline(smbSecure, defaultSettings(standard, TODAY), standard, TODAY)
    expect(plan.changes).toEqual([
      { key: 'exchange.pop3', before: true, after: false },
      { key: 'exchange.imap4', before: true, after: false },
      { key: 'sharepoint.externalSharing', before: 'off', after: 'existingExternalUsers' },
    ])
    expect(plan.skipped).toEqual([])
  })

  it("skips, with the reason, what the tenant's offers can't carry", () => {
    const plan = planBaseline(smbSecure, defaultSettings(exchangeOnly, TODAY), exchangeOnly, TODAY)
    expect(plan.changes.map(change => change.key)).toEqual(['exchange.pop3', 'exchange.imap4'])
    expect(plan.skipped).toEqual([{ key: 'sharepoint.externalSharing', reason: 'notInOffers' }])
  })

  it("skips what the backend can't change, with its reason, and what the offers lack with theirs", () => {
    const exchangeAdmin = (key: string) => (key.startsWith('exchange.') ? 'exchangeAdmin' : undefined)
    const plan = planBaseline(smbSecure, defaultSettings(exchangeOnly, TODAY), exchangeOnly, TODAY, exchangeAdmin)
    expect(plan.changes).toEqual([])
    expect(plan.skipped).toEqual([
      { key: 'exchange.pop3', reason: 'notOnThisBackend', because: 'exchangeAdmin' },
      { key: 'exchange.imap4', reason: 'notOnThisBackend', because: 'exchangeAdmin' },
      { key: 'exchange.filtering', reason: 'notOnThisBackend', because: 'exchangeAdmin' },
      { key: 'sharepoint.externalSharing', reason: 'notInOffers' },
    ])
  })

  it('skips everything on a Deskless-only tenant: no console', () => {
    const deskless = [{ ...standard[0]!, offerId: 'deskless-suite' as const }]
    const plan = planBaseline(smbSecure, defaultSettings(deskless, TODAY), deskless, TODAY)
    expect(plan.changes).toEqual([])
    expect(plan.skipped.every(skip => skip.reason === 'noConsole')).toBe(true)
  })
})

describe('baselineDrift', () => {
  it('is empty once applied, and names each setting changed since', () => {
    const applied = { ...defaultSettings(standard, TODAY), ...smbSecure.settings }
    expect(baselineDrift(smbSecure, applied, standard, TODAY)).toEqual([])
    expect(baselineDrift(smbSecure, { ...applied, 'exchange.pop3': true }, standard, TODAY)).toEqual([
      { key: 'exchange.pop3', before: true, after: false },
    ])
  })

  it("never counts a setting the backend couldn't read: it is unknown, whatever its placeholder says", () => {
    // Microsoft 365 reads SharePoint's settings only; Exchange's come as Microsoft's defaults, which a strict baseline
    // turns off.
    const read = { ...defaultSettings(standard, TODAY), 'sharepoint.externalSharing': 'externalUsers' as const }
    const unknown = SETTING_KEYS.filter(key => key.startsWith('exchange.') || key.startsWith('communications.'))
    expect(baselineDrift(smbSecure, read, standard, TODAY).map(change => change.key)).toEqual([
      'exchange.pop3',
      'exchange.imap4',
      'sharepoint.externalSharing',
    ])
    expect(baselineDrift(smbSecure, read, standard, TODAY, unknown)).toEqual([
      { key: 'sharepoint.externalSharing', before: 'externalUsers', after: 'existingExternalUsers' },
    ])
    expect(baselineDriftOf(smbSecure, read, standard, TODAY, unknown)).toMatchObject({
      unknown: ['exchange.pop3', 'exchange.imap4', 'exchange.filtering'],
      compared: 1,
    })
  })

  it("plans no change from a value nobody read: the setting is skipped as not readable, unless the backend can't set it anyway", () => {
    const placeholders = defaultSettings(standard, TODAY)
    const plan = planBaseline(
      { settings: { 'exchange.pop3': false, 'communications.im': false } },
      placeholders,
      standard,
      TODAY,
      key => (key === 'communications.im' ? 'communications' : undefined),
      ['exchange.pop3', 'communications.im'],
    )
    expect(plan).toEqual({
      changes: [],
      skipped: [
        { key: 'exchange.pop3', reason: 'notReadable' },
        { key: 'communications.im', reason: 'notOnThisBackend', because: 'communications' },
      ],
    })
  })
})

describe('validateBaselineInput', () => {
  it('needs a unique name of at most 64 characters and at least one valid setting', () => {
    expect(
      validateBaselineInput({ name: 'Secure', description: '', settings: { 'exchange.pop3': false } }, new Set()),
    ).toEqual([])
    expect(validateBaselineInput({ name: '  ', description: '', settings: {} }, new Set()).map(i => i.code)).toEqual([
      'required',
      'required',
    ])
    expect(
      validateBaselineInput(
        { name: 'x'.repeat(65), description: '', settings: { 'exchange.pop3': false } },
        new Set(),
      )[0],
    ).toMatchObject({ code: 'tooLong' })
    expect(
      validateBaselineInput(
        { name: 'Secure', description: '', settings: { 'exchange.pop3': false } },
        new Set(['secure']),
      )[0],
    ).toMatchObject({ code: 'taken' })
    expect(
      validateBaselineInput(
        { name: 'Big', description: '', settings: { 'exchange.defaultMailboxMb': 100 } },
        new Set(),
      )[0],
    ).toMatchObject({ code: 'belowMinimum' })
  })
})
