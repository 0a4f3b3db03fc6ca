/** The kinds of shared partner records a backend keeps outside the console (Microsoft 365: a SharePoint list). */
export type SharedRecordKind =
  | 'service'
  | 'quote'
  | 'quoteCounter'
  | 'baseline'
  | 'activity'
  | 'priceList'
  | 'partnerIdentity'
  | 'workstations'
  | 'tenantBaseline'

/**
 * A shared record that can't be read (someone edited it by hand where it is kept) and is left out
 * of every list, so the rest still shows: named for the person to correct or delete it there.
 */
export interface SkippedRecord {
  readonly kind: SharedRecordKind | string
  /** The record's own id (a service's). */
  readonly key: string
  /** The tenant it belongs to, null for the partner's own (a price list). */
  readonly tenantId: string | null
  /** Where it is kept: the SharePoint list item's id. */
  readonly itemId: string
  /** Why: its data are missing, or not JSON. */
  readonly problem: 'noData' | 'invalidData'
}
