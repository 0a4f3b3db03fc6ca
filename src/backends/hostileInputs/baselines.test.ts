import type { BaselineInput } from '@/domain/console/baselines'
import { describe, expect, it } from 'vitest'
import { BASELINE_DESCRIPTION_MAX, BASELINE_NAME_MAX } from '@/domain/console/baselines'
import { LARGEST_MAILBOX_MB, validateSettingValue } from '@/domain/console/settings'
import { INERT_TEXT, long, table, textRows, describeDoor, useDemo, withValue } from './testing'
import { TODAY } from '../local/testing'

const BASELINE: BaselineInput = {
  name: 'Hostile',
  description: '',
  settings: { 'exchange.pop3': false },
}
const MAILBOX = 'exchange.defaultMailboxMb'
let next = 0

export const BASELINE_CASES = table([
  ...textRows('name', BASELINE_NAME_MAX, { field: 'baselineName' }),
  ...INERT_TEXT.map(([name, value]) => ['name', name, value, 'inert'] as const),
  ...textRows('description', BASELINE_DESCRIPTION_MAX, {
    required: false,
    multiline: true,
    field: 'baselineDescription',
  }),
  ['description', 'a megabyte', long(1_000_000), 'tooLong', 'baselineDescription'],
  ['name', 'an existing name, in capitals', 'SMB SECURE DEFAULT', 'taken', 'baselineName'],
  [`settings.${MAILBOX}`, 'a 1e9 MB mailbox', 1e9, 'aboveMaximum', MAILBOX],
  [
    `settings.${MAILBOX}`,
    `${LARGEST_MAILBOX_MB + 1} MB, past every offer`,
    LARGEST_MAILBOX_MB + 1,
    'aboveMaximum',
    MAILBOX,
  ],
  [`settings.${MAILBOX}`, 'NaN', Number.NaN, 'notWholeNumber', MAILBOX],
  [`settings.${MAILBOX}`, 'negative', -1, 'belowMinimum', MAILBOX],
  [`settings.${MAILBOX}`, 'fractional', 512.5, 'notWholeNumber', MAILBOX],
  [`settings.${MAILBOX}`, 'a string', '1024', 'notWholeNumber', MAILBOX],
  ['settings.exchange.pop3', 'a string for a switch', 'yes', 'unknown', 'exchange.pop3'],
  ['settings', 'no setting at all', {}, 'required', 'baselineSettings'],
  ['settings', 'a list for the settings', [], 'unknown', 'baselineSettings'],
  ['settings', 'null', null, 'unknown', 'baselineSettings'],
])

describeDoor('a baseline (local backend)', BASELINE_CASES, {
  write: (backend, value, hostile) => {
    // `settings.exchange.defaultMailboxMb` is one key with dots in it, not a path.
    const input = hostile.path.startsWith('settings.')
      ? { ...BASELINE, settings: { [hostile.path.slice('settings.'.length)]: value } }
      : withValue(BASELINE, hostile.path, value)
    return backend.baselines.create({
      ...input,
      name: input.name === 'Hostile' ? `Hostile ${(next += 1)}` : input.name,
    })
  },
  read: async (_backend, result, hostile) => (result as unknown as Record<string, unknown>)[hostile.path],
  tables: ['meta', 'baselines', 'activity'],
})

describe('hostile inputs: a baseline applied past some offers (local backend)', () => {
  const demo = useDemo()

  it('stores on each tenant only what its own offers allow, with one result per tenant', async () => {
    const backend = demo.backend()
    const baseline = await backend.baselines.create({
      name: 'Largest mailbox',
      description: '',
      settings: { [MAILBOX]: LARGEST_MAILBOX_MB, 'exchange.pop3': false },
    })
    const tenants = (await backend.tenants.listing()).tenants
    const outcomes = await backend.baselines.apply(
      baseline.id,
      tenants.map(t => t.tenant.id),
    )
    expect(outcomes.map(outcome => outcome.tenantId)).toEqual(tenants.map(t => t.tenant.id))
    const deskless = outcomes.filter(outcome => outcome.status === 'skipped')
    expect(deskless.map(outcome => outcome.tenantId)).toEqual(
      expect.arrayContaining(['tenant-ecrins', 'tenant-gresivaudan', 'tenant-nira']),
    )
    for (const { tenant, subscriptions } of tenants) {
      const stored = await backend.settings.get(tenant.id).catch(() => null)
      if (!stored) continue
      const size = stored.settings[MAILBOX]
      expect(validateSettingValue(MAILBOX, size, subscriptions, TODAY), tenant.id).toEqual([])
    }
  })
})
