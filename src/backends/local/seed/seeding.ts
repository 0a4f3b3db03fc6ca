import type { ConsoleDatabase } from '../db'
import { localIsoDate } from '@/domain/dates'
import { toRecord } from '../records'
import type { SeedLanguage } from './seedBaselines'
import { demoBaselines, demoConfiguration } from './seedBaselines'
import { demoActivity, demoPartner, demoTenants } from './seed'
import { demoDirectory } from './seedDirectory'
import { PARTNER_IDENTITY_KEY, QUOTE_COUNTER_KEY } from '../metaKeys'
import { PRICE_LIST_KEY } from '../pricingRepository'
import { demoPartnerIdentity, demoPriceList } from './demoPartner'
import { demoQuotes } from './seedQuotes'
import { demoServices } from './seedServices'
import { demoUsers } from './seedUsers'

/**
 * Writes the demo partner's data into an empty store; call inside a transaction over all tables.
 * `language` is the console's at that moment: the records a partner would have typed follow it.
 */
export async function writeDemo(db: ConsoleDatabase, at: Date, language: SeedLanguage = 'en'): Promise<void> {
  const today = localIsoDate(at)
  const tenants = demoTenants(today)
  await db.tenants.bulkAdd(tenants.map(({ tenant }) => toRecord(tenant)))
  await db.subscriptions.bulkAdd(tenants.flatMap(({ subscriptions }) => subscriptions))
  // As many users as each subscription has licences assigned, so the seat counters hold.
  await db.users.bulkAdd(demoUsers(tenants))
  const baselines = demoBaselines(at, language)
  await db.baselines.bulkAdd(baselines)
  await db.configurations.bulkAdd(tenants.map(tenant => demoConfiguration(tenant, baselines, today)))
  await db.activity.bulkAdd(demoActivity(tenants))
  const directory = demoDirectory(tenants)
  await db.sites.bulkAdd(directory.sites)
  await db.senders.bulkAdd(directory.senders)
  await db.distributionLists.bulkAdd(directory.distributionLists)
  await db.contacts.bulkAdd(directory.contacts)
  const priceList = demoPriceList(language)
  await db.services.bulkAdd(demoServices(today, at, priceList.currency))
  const { quotes, counter } = demoQuotes(today, at, priceList)
  await db.quotes.bulkAdd(quotes)
  await db.meta.bulkPut([
    { key: 'partner', value: demoPartner },
    { key: PARTNER_IDENTITY_KEY, value: demoPartnerIdentity },
    { key: QUOTE_COUNTER_KEY, value: counter },
    { key: PRICE_LIST_KEY, value: priceList },
    { key: 'seededAt', value: at.toISOString() },
    { key: 'schemaVersion', value: db.verno },
  ])
}
