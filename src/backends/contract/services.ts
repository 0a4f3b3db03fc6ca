import type { AddOn, AddOnFilter, AddOnInput, AddOnStatus } from '@/domain/ledger/addOns'

/**
 * The partner's own services sold around the subscription. Not console writes: a Deskless-only
 * tenant can buy an installation or a migration too.
 */
export interface ServiceRepository {
  /** Services of one tenant or the whole partner, in the order they were recorded, filtered on the service's date. */
  list: (filter?: AddOnFilter) => Promise<AddOn[]>
  /** Records a quoted service at the price list's currency; refuses it with `validation` issues field by field. */
  create: (tenantId: string, input: AddOnInput) => Promise<AddOn>
  /** Changes a service not yet invoiced or cancelled (`validation`, field `status`, code `closed` otherwise). */
  update: (tenantId: string, serviceId: string, input: AddOnInput) => Promise<AddOn>
  /**
   * Moves a service one allowed step (`transitionNotAllowed` otherwise); delivering stamps today if no date was set.
   */
  setStatus: (tenantId: string, serviceId: string, status: AddOnStatus) => Promise<AddOn>
  /** Deletes a service not yet invoiced or cancelled: those are history. */
  remove: (tenantId: string, serviceId: string) => Promise<void>
}
