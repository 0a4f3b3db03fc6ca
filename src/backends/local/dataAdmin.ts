import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { QuoteCounter } from '@/domain/quotes/quoteNumber'
import type { DataAdmin } from '../backend'
import type { LocalContext } from './context'
import { BackendError } from '../backend'
import { toEntry, toRecord, withSubscriptions } from './records'
import { counterCovering } from '@/domain/quotes/quoteNumber'
import { PARTNER_IDENTITY_KEY, QUOTE_COUNTER_KEY } from './metaKeys'
import { PRICE_LIST_KEY, storedPriceList } from './pricingRepository'
import { guard } from './storageErrors'
import { domainPrefixes } from './tenantsRepository'
import type { ConsoleExport } from './import/exportFormat'
import { EXPORT_FORMAT, EXPORT_VERSION } from './import/exportFormat'
import { withSortedKeys } from './import/sortedKeys'
import { withoutVersion } from './versions'
import { MAX_GENERATED_TENANTS } from './dataAdminLimits'

export function createDataAdmin(context: LocalContext): DataAdmin<ConsoleExport> {
  const { db, now, run } = context

  async function clearAll(): Promise<void> {
    for (const table of db.allTables) await table.clear()
  }

  return {
    resetToDemo: () =>
      guard('reset the data', async () => {
        const { writeDemo } = await import('./seed/seeding')
        await db.transaction('rw', db.allTables, async () => {
          const at = now()
          await clearAll()
          await writeDemo(db, at, context.seedLanguage())
          await context.log({ area: 'data', action: 'data.reset' }, at)
        })
      }),

    loadLargeDataset: count =>
      run('store the generated tenants', async () => {
        if (!Number.isInteger(count) || count < 1 || count > MAX_GENERATED_TENANTS) {
          const code = !Number.isInteger(count) ? 'notWholeNumber' : count < 1 ? 'belowMinimum' : 'aboveMaximum'
          throw new BackendError('validation', `Cannot generate ${count} tenants`, [
            { field: 'count', code, params: { min: 1, max: MAX_GENERATED_TENANTS } },
          ])
        }
        // The generator loads only when someone asks for scale data, before the transaction opens.
        const { generateTenants, nextGeneratedIndex } = await import('./seed/largeDataset')
        return db.transaction('rw', db.tenants, db.subscriptions, db.activity, db.meta, async () => {
          const at = now()
          const ids = (await db.tenants.toCollection().primaryKeys()).map(id => String(id).replace(/^tenant-/, ''))
          const start = nextGeneratedIndex([...(await domainPrefixes(context)), ...ids])
          const generated = generateTenants(count, context.today(), start)
          // One bulkAdd per table in one transaction: thousands of rows in a few hundred milliseconds.
          await db.tenants.bulkAdd(generated.map(({ tenant }) => toRecord(tenant)))
          await db.subscriptions.bulkAdd(generated.flatMap(({ subscriptions }) => subscriptions))
          await context.log({ area: 'data', action: 'data.largeDatasetLoaded', details: { count } }, at)
          return count
        })
      }),

    exportAll: () =>
      run('read the data', () =>
        db.transaction('r', db.allTables, async (): Promise<ConsoleExport> => {
          const records = await db.tenants.orderBy('companyName').toArray()
          const subscriptions = await db.subscriptions.toArray()
          // Oldest first, the order entries were appended, so an import replays them as they were.
          const activity = await db.activity.orderBy('seq').toArray()
          const storedIdentity = ((await db.meta.get(PARTNER_IDENTITY_KEY))?.value ?? null) as PartnerIdentity | null
          // Each record's keys in one order, whoever wrote it: the same data give the same file.
          const data = withSortedKeys({
            partner: await context.partner(),
            tenants: withSubscriptions(records, subscriptions),
            configurations: await db.configurations.toArray(),
            users: (await db.users.toArray()).map(withoutVersion),
            senders: await db.senders.toArray(),
            distributionLists: await db.distributionLists.toArray(),
            contacts: await db.contacts.toArray(),
            sites: await db.sites.toArray(),
            baselines: (await db.baselines.toArray()).map(withoutVersion),
            activity: activity.map(toEntry),
            services: (await db.services.toArray()).map(withoutVersion),
            priceList: withoutVersion(await storedPriceList(context)),
            quotes: (await db.quotes.toArray()).map(withoutVersion),
            partnerIdentity: storedIdentity && withoutVersion(storedIdentity),
            quoteCounter: (await db.meta.get(QUOTE_COUNTER_KEY))?.value as QuoteCounter | undefined,
          })
          return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now().toISOString(), ...data }
        }),
      ),

    importAll: async document => {
      // Checked before any transaction opens: a bad file never touches the store.
      // The import checks (and valibot) load only when someone imports a file.
      const { parseConsoleExport } = await import('./import/importValidation')
      const parsed = parseConsoleExport(document)
      // Stable sort: a file listing entries newest first is appended oldest first all the same.
      const activity = [...parsed.activity].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      await guard('import the data', () =>
        db.transaction('rw', db.allTables, async () => {
          const at = now()
          await clearAll()
          await db.meta.bulkPut([
            { key: 'partner', value: parsed.partner },
            { key: 'importedAt', value: at.toISOString() },
            { key: 'schemaVersion', value: db.verno },
          ])
          if (parsed.priceList) await db.meta.put({ key: PRICE_LIST_KEY, value: parsed.priceList })
          if (parsed.partnerIdentity) await db.meta.put({ key: PARTNER_IDENTITY_KEY, value: parsed.partnerIdentity })
          // Numbering goes on after every number the file holds, so none is given twice.
          await db.meta.put({
            key: QUOTE_COUNTER_KEY,
            value: counterCovering(
              parsed.quoteCounter,
              parsed.quotes.map(quote => quote.number),
            ),
          })
          await db.tenants.bulkAdd(parsed.tenants.map(({ tenant }) => toRecord(tenant)))
          await db.subscriptions.bulkAdd(parsed.tenants.flatMap(({ subscriptions }) => subscriptions))
          await db.configurations.bulkAdd(parsed.configurations)
          await db.users.bulkAdd(parsed.users)
          await db.senders.bulkAdd(parsed.senders)
          await db.distributionLists.bulkAdd(parsed.distributionLists)
          await db.contacts.bulkAdd(parsed.contacts)
          await db.sites.bulkAdd(parsed.sites)
          await db.baselines.bulkAdd(parsed.baselines)
          await db.services.bulkAdd(parsed.services)
          await db.quotes.bulkAdd(parsed.quotes)
          await db.activity.bulkAdd(activity)
          await context.log({ area: 'data', action: 'data.imported', details: { tenants: parsed.tenants.length } }, at)
        }),
      )
      return { tenants: parsed.tenants.length }
    },
  }
}
