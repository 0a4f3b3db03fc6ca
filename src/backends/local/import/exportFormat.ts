import type { ActivityEntry } from '@/domain/activityLog'
import type { Baseline } from '@/domain/console/baselines'
import type { DistributionList, MailContact } from '@/domain/console/exchange'
import type { SenderEntry } from '@/domain/console/senders'
import type { SiteCollection } from '@/domain/console/sharePoint'
import type { AddOn } from '@/domain/ledger/addOns'
import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { PriceList } from '@/domain/pricing/pricing'
import type { QuoteCounter } from '@/domain/quotes/quoteNumber'
import type { Quote } from '@/domain/quotes/quotes'
import type { Partner, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import type { TenantConfiguration } from '../../contract/settings'

export const EXPORT_FORMAT = 'bpos-partner-console'
/**
 * Version 2 carries the console's data too (settings, users, Exchange and SharePoint objects,
 * baselines); version 3 the quotes. A version 2 file still imports (with no quotes); an older
 * console refuses a version 3 file rather than silently dropping its quotes.
 */
export const EXPORT_VERSION = 3
export const IMPORTABLE_VERSIONS: readonly number[] = [2, 3]

/** The file Settings exports and imports: everything, so an import gives back the same console. */
export interface ConsoleExport {
  readonly format: typeof EXPORT_FORMAT
  readonly version: number
  readonly exportedAt: string
  readonly partner: Partner
  readonly tenants: TenantWithSubscriptions[]
  readonly configurations: TenantConfiguration[]
  readonly users: TenantUser[]
  readonly senders: SenderEntry[]
  readonly distributionLists: DistributionList[]
  readonly contacts: MailContact[]
  readonly sites: SiteCollection[]
  readonly baselines: Baseline[]
  readonly activity: ActivityEntry[]
  /** The add-on services ledger (files written before it have none). */
  readonly services: AddOn[]
  /** Absent from files exported before the price list could be changed: the catalogue's prices then. */
  readonly priceList?: PriceList
  /** Quotes for prospects (version 2 files have none). */
  readonly quotes: Quote[]
  /** The identity printed on proposals; absent from files exported before it existed. */
  readonly partnerIdentity?: PartnerIdentity | null
  /** Where quote numbering goes on from; absent from files exported before quotes were numbered. */
  readonly quoteCounter?: QuoteCounter
}
