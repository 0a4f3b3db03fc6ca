import type { AddOn, AddOnFilter, AddOnInput, AddOnStatus } from '@/domain/ledger/addOns'

/** What an Office Pro draft covers: the workstations lacking it, and the line's description in the partner's words. */
export interface OfficeProDraftRequest {
  readonly workstations: number
  readonly description: string
}

/** The deployment drafted, or the one already under way when `reused`. */
export interface OfficeProDraft {
  readonly service: AddOn
  readonly reused: boolean
}

/**
 * The partner's own services sold around the subscription. Not console writes: a Deskless-only
 * tenant can buy an installation or a migration too.
 */
export interface ServiceRepository {
  /** Services of one tenant or the whole partner, in the order they were recorded, filtered on the service's date. */
  list: (filter?: AddOnFilter) => Promise<AddOn[]>
  /**
   * Records a quoted service at the price list's currency; refuses it with `validation` issues field by field, and a
   * second Office Pro deployment while one is under way (field `kind`, code `duplicate`).
   */
  create: (tenantId: string, input: AddOnInput) => Promise<AddOn>
  /**
   * Drafts a quoted Office Pro deployment for `workstations`, priced from the price list; a tenant with one under way
   * gets that one back (`reused`), unchanged. A list with no deployment price refuses it (`validation`, field
   * `officeProDeployment`).
   */
  draftOfficeProDeployment: (tenantId: string, request: OfficeProDraftRequest) => Promise<OfficeProDraft>
  /** Changes a service not yet invoiced or cancelled (`validation`, field `status`, code `closed` otherwise). */
  update: (tenantId: string, serviceId: string, input: AddOnInput) => Promise<AddOn>
  /**
   * Moves a service one allowed step (`transitionNotAllowed` otherwise); delivering stamps today if no date was set.
   */
  setStatus: (tenantId: string, serviceId: string, status: AddOnStatus) => Promise<AddOn>
  /** Deletes a service not yet invoiced or cancelled: those are history. */
  remove: (tenantId: string, serviceId: string) => Promise<void>
}
