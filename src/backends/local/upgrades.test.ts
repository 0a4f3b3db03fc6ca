import type { ConsoleExport } from './import/exportFormat'
import type { UserInput } from '@/domain/users/users'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ConsoleDatabase, SCHEMA_VERSIONS } from './db'
import { createLocalBackend } from './localBackend'
import { writeDemo } from './seed/seeding'
import { NOW } from './testing'

/**
 * A database made by an older build (its schema from SCHEMA_VERSIONS, the demo's data in the tables
 * it had) opens at the latest version with its meaning kept: a write and an export → import follow.
 */

const made: string[] = []

// The upgrade dates its log entries by the clock, like every write: the tests' clock is NOW.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(made.splice(0).map(name => Dexie.delete(name)))
})

function named(prefix: string): string {
  const name = `${prefix}-${crypto.randomUUID()}`
  made.push(name)
  return name
}

/** The demo partner's data as the build of `version` stored them: only the tables it had. */
async function olderDatabase(version: number): Promise<string> {
  const latest = new ConsoleDatabase(named('latest'))
  await latest.transaction('rw', latest.allTables, () => writeDemo(latest, NOW))
  const name = named(`v${version}`)
  const older = new Dexie(name)
  SCHEMA_VERSIONS.slice(0, version).forEach((stores, index) => older.version(index + 1).stores(stores))
  await older.open()
  for (const table of older.tables) await table.bulkAdd(await latest.table(table.name).toArray())
  await older.table('meta').put({ key: 'schemaVersion', value: version })
  older.close()
  latest.close()
  return name
}

/** An export without what an import itself changes: the date it was made, and the entry logging the import. */
function comparable(exported: ConsoleExport): ConsoleExport {
  return { ...exported, exportedAt: '', activity: exported.activity.filter(entry => entry.action !== 'data.imported') }
}

const marie: UserInput = {
  firstName: 'Marie',
  lastName: 'Curie',
  alias: 'marie.curie',
  domain: 'dupre-boulangerie.fr',
  usageLocation: 'FR',
  subscriptionId: 'sub-dupre-standard-suite',
}

describe('upgrading the demo database', () => {
  for (const version of SCHEMA_VERSIONS.keys()) {
    if (version + 1 === SCHEMA_VERSIONS.length) continue
    it(`from version ${version + 1}: every row kept, seat counters true, then a write and a round trip`, async () => {
      const db = new ConsoleDatabase(await olderDatabase(version + 1))
      const backend = createLocalBackend({ db, now: () => NOW })

      const { tenants } = await backend.tenants.listing()
      expect(tenants).toHaveLength(12)
      const users = await db.users.toArray()
      for (const { subscriptions } of tenants)
        for (const subscription of subscriptions)
          expect(subscription.assignedSeats, subscription.id).toBe(
            users.filter(user => user.subscriptionId === subscription.id).length,
          )

      const before = (await backend.tenants.get('tenant-dupre'))!.subscriptions.find(
        s => s.id === 'sub-dupre-standard-suite',
      )!.assignedSeats
      await backend.users.create('tenant-dupre', marie)
      const after = (await backend.tenants.get('tenant-dupre'))!.subscriptions.find(
        s => s.id === 'sub-dupre-standard-suite',
      )!.assignedSeats
      expect(after).toBe(before + 1)

      const exported = await backend.dataAdmin.exportAll()
      const target = createLocalBackend({ db: new ConsoleDatabase(named('restored')), now: () => NOW })
      await expect(target.dataAdmin.importAll(JSON.parse(JSON.stringify(exported)))).resolves.toEqual({ tenants: 12 })
      // The same file again, byte for byte, but for its date and the import's own log entry.
      const again = await target.dataAdmin.exportAll()
      expect(JSON.stringify(comparable(again))).toBe(JSON.stringify(comparable(exported)))
      db.close()
    })
  }

  it('from version 1, says in each tenant’s log what the recount changed', async () => {
    const name = await olderDatabase(1)
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_VERSIONS[0]!)
    const dupre = await v1.table('subscriptions').get('sub-dupre-standard-suite')
    v1.close()
    expect(dupre.assignedSeats).toBeGreaterThan(0)

    const db = new ConsoleDatabase(name)
    const backend = createLocalBackend({ db, now: () => NOW })
    const log = await backend.activity.list({ tenantId: 'tenant-dupre' })
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'subscription.assignedRecounted',
        actor: 'Demo technician',
        details: { offer: 'standard-suite', previousAssigned: dupre.assignedSeats, assigned: 0 },
        changes: [{ field: 'assignedSeats', before: dupre.assignedSeats, after: 0 }],
      }),
    )
    db.close()
  })
})
