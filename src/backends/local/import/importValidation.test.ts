import type { ActivityEntry } from '@/domain/activityLog'
import { describe, expect, it } from 'vitest'
import { ACTIVITY_AREAS } from '@/domain/activityLog'
import { isBackendError } from '../../backend'
import { parseConsoleExport } from './importValidation'
import { failure, makeLocal } from '../testing'
import type { ConsoleExport } from './exportFormat'

async function exportWithChanges(): Promise<ConsoleExport> {
  const backend = makeLocal()
  await backend.settings.update('tenant-dupre', {
    'communications.federation': true,
    'exchange.defaultMailboxMb': 2048,
  })
  await backend.settings.update('tenant-sni', { 'sharepoint.externalSharing': 'existingExternalUsers' })
  return JSON.parse(JSON.stringify(await backend.dataAdmin.exportAll())) as ConsoleExport
}

describe('import validation: the activity log', () => {
  it('takes back an exported log whose entries moved values, in every area', async () => {
    const exported = await exportWithChanges()
    const [latest] = exported.activity.slice(-1)
    // One entry per area, with a value of each type a change can hold (null: a user without a licence).
    const everyArea: ActivityEntry[] = ACTIVITY_AREAS.map((area, n) => ({
      ...latest!,
      id: `activity-area-${area}`,
      at: `2025-03-10T12:${String(n).padStart(2, '0')}:00.000Z`,
      area,
      changes: [
        { field: 'subscriptionId', before: null, after: 'sub-dupre-standard' },
        { field: 'seats', before: 12, after: 14 },
      ],
    }))
    const document = { ...exported, activity: [...exported.activity, ...everyArea] }

    expect(parseConsoleExport(document).activity).toEqual(document.activity)

    const target = makeLocal()
    await target.dataAdmin.importAll(document)
    const reimported = (await target.activity.list()).slice(1).reverse()
    expect(reimported).toEqual(document.activity)
    expect(
      reimported.find(entry => entry.tenantId === 'tenant-sni' && entry.action === 'settings.changed')?.changes,
    ).toEqual([{ field: 'sharepoint.externalSharing', before: 'off', after: 'existingExternalUsers' }])
  })

  it('refuses an entry with an unknown area or a change without a field, naming where', async () => {
    const exported = await exportWithChanges()
    const last = exported.activity.length - 1
    const broken = structuredClone(exported) as unknown as { activity: Record<string, unknown>[] }
    broken.activity[0]!.area = 'payroll'
    broken.activity[last]!.changes = [{ before: 1, after: { nested: true } }]

    const error = await failure(makeLocal().dataAdmin.importAll(broken))
    expect(isBackendError(error, 'invalidImport')).toBe(true)
    expect(isBackendError(error) && error.issues).toEqual(
      expect.arrayContaining([
        { field: 'activity[0].area', code: 'unknown', params: { value: 'payroll' } },
        { field: `activity[${last}].changes[0].field`, code: 'required' },
        expect.objectContaining({ field: `activity[${last}].changes[0].after`, code: 'unknown' }),
      ]),
    )
  })
})

describe('import validation: billing events', () => {
  async function exportWithSeatChange(): Promise<ConsoleExport> {
    const backend = makeLocal()
    await backend.subscriptions.changeSeats('tenant-dupre', 'sub-dupre-standard-suite', 15)
    return JSON.parse(JSON.stringify(await backend.dataAdmin.exportAll())) as ConsoleExport
  }
  const dupre = (document: ConsoleExport) => {
    const i = document.tenants.findIndex(({ tenant }) => tenant.id === 'tenant-dupre')
    const k = document.tenants[i]!.subscriptions.findIndex(s => s.id === 'sub-dupre-standard-suite')
    return { i, k }
  }

  it('takes back the recorded events, so fees stay exact after a round trip', async () => {
    const exported = await exportWithSeatChange()
    const target = makeLocal()
    await target.dataAdmin.importAll(exported)
    const { i, k } = dupre(exported)
    const events = (await target.tenants.get('tenant-dupre'))?.subscriptions.find(
      s => s.id === 'sub-dupre-standard-suite',
    )?.billingEvents
    expect(events).toEqual(exported.tenants[i]!.subscriptions[k]!.billingEvents)
    expect(events?.at(-1)).toMatchObject({ kind: 'seatsChanged', seats: 15 })
  })

  it('refuses events the fee engine could not read, naming the subscription, and keeps the data as they were', async () => {
    const exported = await exportWithSeatChange()
    const { i, k } = dupre(exported)
    const broken = structuredClone(exported) as unknown as {
      tenants: { subscriptions: { billingEvents: unknown[] }[] }[]
    }
    broken.tenants[i]!.subscriptions[k]!.billingEvents.reverse()

    const target = makeLocal()
    const before = await target.dataAdmin.exportAll()
    const error = await failure(target.dataAdmin.importAll(broken))
    expect(isBackendError(error, 'invalidImport') && error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: `tenants[${i}].subscriptions[${k}].billingEvents`, code: 'unknown' }),
      ]),
    )
    expect(await target.dataAdmin.exportAll()).toEqual(before)
  })
})

describe('import validation: services', () => {
  it('names a bad price by the field the file holds, unitPriceMinor', async () => {
    const exported = JSON.parse(JSON.stringify(await makeLocal().dataAdmin.exportAll())) as ConsoleExport
    const broken = structuredClone(exported) as unknown as { services: Record<string, unknown>[] }
    expect(broken.services.length).toBeGreaterThan(0)
    broken.services[0]!.unitPriceMinor = -5
    const error = await failure(makeLocal().dataAdmin.importAll(broken))
    expect(isBackendError(error, 'invalidImport') && error.issues).toEqual([
      { field: 'services[0].unitPriceMinor', code: 'belowMinimum', params: { min: 0 } },
    ])
  })
})
