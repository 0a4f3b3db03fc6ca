/**
 * One kind of a tenant's records (sender entries, distribution lists, mail contacts): read whole,
 * added and removed one at a time. Each write checks the tenant's console and offers first.
 */
export interface TenantRecordRepository<T, Input> {
  /** The tenant's records, in the order the console shows them. */
  list: (tenantId: string) => Promise<T[]>
  /** Validates and adds one record; refuses it with `validation` issues field by field. */
  add: (tenantId: string, input: Input) => Promise<T>
  /** Removes one of the tenant's records (`notFound` when the tenant has no such record). */
  remove: (tenantId: string, recordId: string) => Promise<void>
}
