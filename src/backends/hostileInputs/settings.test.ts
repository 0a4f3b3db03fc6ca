import { describe, expect, it } from 'vitest'
import { realMessages } from '@/locales/testing'
import { isBackendError } from '../backend'
import { table, describeDoor, stored, useDemo } from './testing'

const MAILBOX = 'exchange.defaultMailboxMb'

/** One setting at a time on Boulangerie Dupré (Standard Suite: mailboxes up to 25,600 MB). */
export const SETTINGS_CASES = table([
  [MAILBOX, 'a 1e9 MB mailbox', 1e9, 'aboveMaximum'],
  [MAILBOX, '25,601 MB, past the offer', 25_601, 'aboveMaximum'],
  [MAILBOX, 'Infinity', Number.POSITIVE_INFINITY, 'notWholeNumber'],
  [MAILBOX, 'NaN', Number.NaN, 'notWholeNumber'],
  [MAILBOX, 'negative', -1, 'belowMinimum'],
  [MAILBOX, 'fractional', 1024.5, 'notWholeNumber'],
  [MAILBOX, 'a string', '1024', 'notWholeNumber'],
  ['exchange.pop3', 'a string for a switch', 'false', 'unknown'],
  ['exchange.pop3', 'null for a switch', null, 'unknown'],
  ['sharepoint.externalSharing', 'an unknown sharing level', 'everyone', 'unknown'],
])

describeDoor('tenant settings (local backend)', SETTINGS_CASES, {
  write: (backend, value, hostile) => backend.settings.update('tenant-dupre', { [hostile.path]: value }),
  tables: ['meta', 'configurations', 'activity'],
})

/** Console settings on a Deskless-only tenant: refused whatever the value, nothing stored. */
export const DESKLESS_CASES: readonly (readonly [string, Record<string, unknown>])[] = [
  ['POP3 off', { 'exchange.pop3': false }],
  ['a 25,600 MB mailbox', { [MAILBOX]: 25_600 }],
  ['external sharing on', { 'sharepoint.externalSharing': 'anyone' }],
  ['federation on', { 'communications.federation': true }],
]

describe('hostile inputs: console settings on a Deskless-only tenant (local backend)', () => {
  const demo = useDemo()

  it.each(DESKLESS_CASES)('%s', async (_name, settings) => {
    const before = await stored(demo.db(), ['configurations', 'activity'])
    const error = await demo
      .backend()
      .settings.update('tenant-ecrins', settings)
      .then(
        () => expect.fail('accepted'),
        (reason: unknown) => reason,
      )
    expect(isBackendError(error, 'consoleUnavailable'), String(error)).toBe(true)
    for (const locale of ['en', 'fr'] as const)
      expect(typeof (realMessages(locale).errors as { code: Record<string, unknown> }).code.consoleUnavailable).toBe(
        'string',
      )
    expect(await stored(demo.db(), ['configurations', 'activity'])).toBe(before)
  })
})
