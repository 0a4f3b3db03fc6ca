import type { DistributionList, DistributionListInput, MailContact, MailContactInput } from '@/domain/console/exchange'
import type { SenderEntry, SenderListKind } from '@/domain/console/senders'
import type { TenantRecordRepository } from './tenantRecords'

/** A sender to put on one of the tenant's Forefront lists (a domain or an address). */
export interface SenderEntryInput {
  readonly list: SenderListKind
  readonly value: string
}

/** A tenant's Exchange objects, each kind its own record repository. */
export interface ExchangeRepository {
  /** Both sender lists as one set of entries: a sender is on one list at most. */
  readonly senders: TenantRecordRepository<SenderEntry, SenderEntryInput>
  readonly distributionLists: TenantRecordRepository<DistributionList, DistributionListInput>
  readonly contacts: TenantRecordRepository<MailContact, MailContactInput>
}
