import type { ProvisionRequest } from '@/domain/provisioning'
import type { ActivityEntry, Partner, TenantWithSubscriptions } from '@/domain/tenant'
import type { ValidationIssue } from '@/domain/validation'

/** Why a backend call failed, stable enough for the interface to say what to do next. */
export type BackendErrorCode
  = | 'validation' // the input breaks a domain rule: `issues` says which field and why
    | 'notFound' // the tenant (or record) no longer exists
    | 'storage' // the browser refused the write (quota, private mode, blocked database)
    | 'invalidImport' // an import file is not a console export, or its data break a rule

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'BackendError'
  }
}

export function isBackendError(error: unknown, code?: BackendErrorCode): error is BackendError {
  return error instanceof BackendError && (code === undefined || error.code === code)
}

/** The data this console reads and writes, whatever keeps it (this browser or Microsoft 365). */
export interface Backend {
  /** The signed-in partner (the demo partner on embedded data). */
  getPartner: () => Promise<Partner>
  /** Every client tenant of the partner, each with its subscriptions. */
  listTenants: () => Promise<TenantWithSubscriptions[]>
  /** One tenant with its subscriptions, or `undefined` when there is none with that id. */
  getTenant: (tenantId: string) => Promise<TenantWithSubscriptions | undefined>
  /** Initial-domain prefixes already used by the partner's tenants, for the uniqueness rule. */
  listDomainPrefixes: () => Promise<Set<string>>
  /** Validates and creates a tenant with its subscriptions in one step; throws `validation` issues. */
  provisionTenant: (request: ProvisionRequest) => Promise<TenantWithSubscriptions>
  /** Changes, newest first, for one tenant or (without an id) the whole partner. */
  listActivity: (filter?: { tenantId?: string, limit?: number }) => Promise<ActivityEntry[]>
  /** Present when the data live in this browser: reset, bulk load, export and import. */
  readonly dataAdmin?: DataAdmin
}

/** Whole-store operations offered by backends whose data the person owns outright. */
export interface DataAdmin {
  /** Replaces everything with the demo partner's seeded data. */
  resetToDemo: () => Promise<void>
  /** Adds generated tenants (for trying the console at scale); resolves to how many were added. */
  loadLargeDataset: (count: number) => Promise<number>
  /** Everything stored, as a JSON-serialisable document. */
  exportAll: () => Promise<ConsoleExport>
  /** Replaces everything with an export; refuses a bad file whole (`invalidImport`), changing nothing. */
  importAll: (document: unknown) => Promise<{ tenants: number }>
}

export const EXPORT_FORMAT = 'bpos-partner-console'
export const EXPORT_VERSION = 1

/** The file Settings exports and imports. */
export interface ConsoleExport {
  readonly format: typeof EXPORT_FORMAT
  readonly version: typeof EXPORT_VERSION
  readonly exportedAt: string
  readonly partner: Partner
  readonly tenants: TenantWithSubscriptions[]
  readonly activity: ActivityEntry[]
}
