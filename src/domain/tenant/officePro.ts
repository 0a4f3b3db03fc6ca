import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { AddOnInput } from '../ledger/addOns'
import type { TenantWithSubscriptions } from './tenant'
import { KIND_UNITS } from '../ledger/addOns'
import { offersNeedingOfficePro } from './policy'
import { officeProGap } from './workstations'

export interface OfficeProOpportunity {
  readonly tenantId: string
  readonly companyName: string
  /** The live offers that need Office Pro. */
  readonly offers: readonly OfferId[]
  readonly workstations: number
  readonly withOfficePro: number
  readonly gap: number
}

export interface OfficeProUnrecorded {
  readonly tenantId: string
  readonly companyName: string
  readonly offers: readonly OfferId[]
}

export interface OfficeProOpportunities {
  /** Biggest gap first, then by name. */
  readonly opportunities: readonly OfficeProOpportunity[]
  /** Tenants that need Office Pro but whose workstations nobody has counted yet, by name. */
  readonly unrecorded: readonly OfficeProUnrecorded[]
  /** Every workstation to equip across the opportunities. */
  readonly totalGap: number
}

const byName = (a: { companyName: string }, b: { companyName: string }) => a.companyName.localeCompare(b.companyName)

/**
 * Tenants whose live offers need Office Pro and lack it on some workstations, with the gap; tenants
 * that need it and have no count recorded are listed apart, as the partner should ask them.
 */
export function officeProOpportunities(
  tenants: readonly TenantWithSubscriptions[],
  today: IsoDate,
): OfficeProOpportunities {
  const opportunities: OfficeProOpportunity[] = []
  const unrecorded: OfficeProUnrecorded[] = []
  for (const { tenant, subscriptions } of tenants) {
    const offers = offersNeedingOfficePro(subscriptions, today)
    if (offers.length === 0) continue
    const base = { tenantId: tenant.id, companyName: tenant.companyName, offers }
    if (!tenant.workstations) {
      unrecorded.push(base)
      continue
    }
    const gap = officeProGap(tenant.workstations)
    if (gap > 0) opportunities.push({ ...base, ...tenant.workstations, gap })
  }
  opportunities.sort((a, b) => b.gap - a.gap || byName(a, b))
  return {
    opportunities,
    unrecorded: unrecorded.sort(byName),
    totalGap: opportunities.reduce((total, o) => total + o.gap, 0),
  }
}

/**
 * A quoted Office Pro deployment for a tenant's gap, ready for the services ledger. Its unit price
 * is left at 0: the partner prices the quote afterwards, as each client's installation differs.
 */
export function officeProDeploymentDraft(gap: number, description: string, today: IsoDate): AddOnInput {
  return {
    kind: 'officeProDeployment',
    description,
    quantity: gap,
    unit: KIND_UNITS.officeProDeployment ?? 'workstations',
    unitPriceMinor: 0,
    billing: 'oneOff',
    mailSource: null,
    quotedOn: today,
    startOn: null,
    deliveredOn: null,
    technician: '',
    notes: '',
  }
}
