import type { ProvisionRequest } from '@/domain/provisioning'
import type { ActivityArea, ActivityEntry, Partner, Subscription, Tenant } from '@/domain/tenant'
import type { Backend, ConsoleExport, DataAdmin } from '../backend'
import Dexie from 'dexie'
import { INITIAL_DOMAIN_SUFFIX, TRIAL_DAYS } from '@/domain/catalogue'
import { addDays, localIsoDate } from '@/domain/dates'
import { validateProvisionRequest } from '@/domain/validation'
import { BackendError, EXPORT_FORMAT, EXPORT_VERSION } from '../backend'
import { ConsoleDatabase } from './db'
import { generateTenants, nextGeneratedIndex } from './largeDataset'
import { compareSubscriptions, toEntry, toRecord, withSubscriptions } from './records'
import { demoActivity, demoPartner, demoTenants } from './seed'
import { guard } from './storageErrors'

export interface LocalBackendOptions {
  /** Where the data live; tests pass a database with a fresh name. */
  readonly db?: ConsoleDatabase
  /** The clock behind dates, trials and the activity log; tests fix it. */
  readonly now?: () => Date
}

/** More than this many generated tenants is a typo, not a test of scale. */
export const MAX_GENERATED_TENANTS = 50_000

/**
 * The embedded backend: everything in this browser's IndexedDB, seeded with the demo partner on
 * first use. Every write is one transaction, so a failure leaves nothing half-stored.
 */
export function createLocalBackend(options: LocalBackendOptions = {}): Backend & { readonly dataAdmin: DataAdmin } {
  const db = options.db ?? new ConsoleDatabase()
  const now = options.now ?? (() => new Date())

  async function writeDemo(at: Date): Promise<void> {
    const tenants = demoTenants(localIsoDate(at))
    await db.tenants.bulkAdd(tenants.map(({ tenant }) => toRecord(tenant)))
    await db.subscriptions.bulkAdd(tenants.flatMap(({ subscriptions }) => subscriptions))
    await db.activity.bulkAdd(demoActivity(tenants))
    await db.meta.bulkPut([
      { key: 'partner', value: demoPartner },
      { key: 'seededAt', value: at.toISOString() },
      { key: 'schemaVersion', value: db.verno },
    ])
  }

  async function clearAll(): Promise<void> {
    for (const table of db.allTables)
      await table.clear()
  }

  async function partner(): Promise<Partner> {
    return ((await db.meta.get('partner'))?.value as Partner | undefined) ?? demoPartner
  }

  async function prefixes(): Promise<Set<string>> {
    return new Set((await db.tenants.orderBy('initialPrefix').keys()).map(String))
  }

  async function log(area: ActivityArea, action: string, details: ActivityEntry['details'], at: Date, tenant?: Tenant): Promise<void> {
    await db.activity.add({
      id: crypto.randomUUID(),
      at: at.toISOString(),
      actor: (await partner()).actor,
      tenantId: tenant?.id ?? null,
      tenantName: tenant?.companyName ?? null,
      area,
      action,
      details,
    })
  }

  // Seeding is checked inside the transaction, so two tabs opening at once seed only once.
  let ready: Promise<void> | undefined
  function ensureReady(): Promise<void> {
    ready ??= guard('open its data', () => db.transaction('rw', db.allTables, async () => {
      if (!(await db.meta.get('partner')))
        await writeDemo(now())
    })).catch((error: unknown) => {
      ready = undefined
      throw error
    })
    return ready
  }

  function run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    return guard(operation, async () => {
      await ensureReady()
      return work()
    })
  }

  const dataAdmin: DataAdmin = {
    resetToDemo: () => guard('reset the data', () => db.transaction('rw', db.allTables, async () => {
      const at = now()
      await clearAll()
      await writeDemo(at)
      await log('data', 'data.reset', {}, at)
    })),

    loadLargeDataset: count => run('store the generated tenants', () => {
      if (!Number.isInteger(count) || count < 1 || count > MAX_GENERATED_TENANTS) {
        const code = !Number.isInteger(count) ? 'notWholeNumber' : count < 1 ? 'belowMinimum' : 'aboveMaximum'
        throw new BackendError('validation', `Cannot generate ${count} tenants`, [{ field: 'count', code, params: { min: 1, max: MAX_GENERATED_TENANTS } }])
      }
      return db.transaction('rw', db.tenants, db.subscriptions, db.activity, db.meta, async () => {
        const at = now()
        const ids = (await db.tenants.toCollection().primaryKeys()).map(id => String(id).replace(/^tenant-/, ''))
        const start = nextGeneratedIndex([...await prefixes(), ...ids])
        const generated = generateTenants(count, localIsoDate(at), start)
        // One bulkAdd per table in one transaction: thousands of rows in a few hundred milliseconds.
        await db.tenants.bulkAdd(generated.map(({ tenant }) => toRecord(tenant)))
        await db.subscriptions.bulkAdd(generated.flatMap(({ subscriptions }) => subscriptions))
        await log('data', 'data.largeDatasetLoaded', { count }, at)
        return count
      })
    }),

    exportAll: () => run('read the data', () => db.transaction('r', db.allTables, async (): Promise<ConsoleExport> => {
      const records = await db.tenants.orderBy('companyName').toArray()
      const subscriptions = await db.subscriptions.toArray()
      // Oldest first, the order entries were appended, so an import replays them as they were.
      const activity = await db.activity.orderBy('seq').toArray()
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: now().toISOString(),
        partner: await partner(),
        tenants: withSubscriptions(records, subscriptions),
        activity: activity.map(toEntry),
      }
    })),

    importAll: async (document) => {
      // Checked before any transaction opens: a bad file never touches the store.
      // The import checks (and valibot) load only when someone imports a file.
      const { parseConsoleExport } = await import('./importValidation')
      const parsed = parseConsoleExport(document)
      // Stable sort: a file listing entries newest first is appended oldest first all the same.
      const activity = [...parsed.activity].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      await guard('import the data', () => db.transaction('rw', db.allTables, async () => {
        const at = now()
        await clearAll()
        await db.meta.bulkPut([
          { key: 'partner', value: parsed.partner },
          { key: 'importedAt', value: at.toISOString() },
          { key: 'schemaVersion', value: db.verno },
        ])
        await db.tenants.bulkAdd(parsed.tenants.map(({ tenant }) => toRecord(tenant)))
        await db.subscriptions.bulkAdd(parsed.tenants.flatMap(({ subscriptions }) => subscriptions))
        await db.activity.bulkAdd(activity)
        await log('data', 'data.imported', { tenants: parsed.tenants.length }, at)
      }))
      return { tenants: parsed.tenants.length }
    },
  }

  return {
    getPartner: () => run('read the partner', () => partner()),

    // In company-name index order (code points); the tenant list sorts for display itself.
    listTenants: () => run('read the tenants', () => db.transaction('r', db.tenants, db.subscriptions, async () => {
      const records = await db.tenants.orderBy('companyName').toArray()
      return withSubscriptions(records, await db.subscriptions.toArray())
    })),

    getTenant: tenantId => run('read the tenant', () => db.transaction('r', db.tenants, db.subscriptions, async () => {
      const record = await db.tenants.get(tenantId)
      if (!record)
        return undefined
      return withSubscriptions([record], await db.subscriptions.where('tenantId').equals(tenantId).toArray())[0]
    })),

    listDomainPrefixes: () => run('read the domain prefixes', prefixes),

    provisionTenant: (request: ProvisionRequest) => run('save the new tenant', () =>
      db.transaction('rw', db.tenants, db.subscriptions, db.activity, db.meta, async () => {
        // Validated against the prefixes inside this transaction, so no other write can slip between.
        const issues = validateProvisionRequest(request, await prefixes())
        if (issues.length > 0)
          throw new BackendError('validation', 'The new tenant breaks a provisioning rule', issues)
        const at = now()
        const today = localIsoDate(at)
        // Trimmed, never escaped or sanitised: the interface renders it as text.
        const tenant: Tenant = {
          id: crypto.randomUUID(),
          companyName: request.companyName.trim(),
          contact: { name: request.contactName.trim(), email: request.contactEmail.trim(), phone: request.contactPhone.trim() },
          country: request.country,
          language: request.language,
          domains: [{ name: `${request.domainPrefix.trim()}.${INITIAL_DOMAIN_SUFFIX}`, isInitial: true, isDefault: true, verified: true }],
          createdAt: at.toISOString(),
        }
        const trial = request.billing === 'trial'
        const subscriptions: Subscription[] = request.lines.map(line => ({
          id: crypto.randomUUID(),
          tenantId: tenant.id,
          offerId: line.offerId,
          seats: line.seats,
          assignedSeats: 0,
          state: trial ? 'trial' : 'active',
          startedOn: today,
          // A 30-day trial counts today as its first day: starting today, its last day is today + 29.
          trialEndsOn: trial ? addDays(today, TRIAL_DAYS - 1) : null,
          cancelledOn: null,
        }))
        await db.tenants.add(toRecord(tenant))
        await db.subscriptions.bulkAdd(subscriptions)
        await log('tenant', 'tenant.provisioned', {
          companyName: tenant.companyName,
          offers: subscriptions.map(s => s.offerId).join(','),
          seats: subscriptions.reduce((total, s) => total + s.seats, 0),
        }, at, tenant)
        return { tenant, subscriptions: [...subscriptions].sort(compareSubscriptions) }
      })),

    listActivity: filter => run('read the activity log', async () => {
      const tenantId = filter?.tenantId
      let entries = tenantId === undefined
        ? db.activity.orderBy('seq').reverse()
        : db.activity.where('[tenantId+seq]').between([tenantId, Dexie.minKey], [tenantId, Dexie.maxKey]).reverse()
      if (filter?.limit !== undefined)
        entries = entries.limit(Math.max(0, filter.limit))
      return (await entries.toArray()).map(toEntry)
    }),

    dataAdmin,
  }
}
