import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { CurrencyCode } from '../money'
import type { AddOn, AddOnInput } from '../ledger/addOns'
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

/** Deployments under way: quoted, accepted or being done. Delivered, invoiced or cancelled ones leave room. */
const OPEN_DEPLOYMENT: ReadonlySet<AddOn['status']> = new Set(['quoted', 'accepted', 'scheduled', 'inProgress'])

/**
 * The tenants that already have an Office Pro deployment under way in the ledger: drafting another
 * one for them would quote the same workstations twice.
 */
export function tenantsWithOfficeProDeployment(ledger: readonly AddOn[]): Set<string> {
  return new Set(
    ledger
      .filter(addOn => addOn.kind === 'officeProDeployment' && OPEN_DEPLOYMENT.has(addOn.status))
      .map(addOn => addOn.tenantId),
  )
}

/**
 * The unit price of the partner's latest priced Office Pro deployment in `currency`, or 0 when
 * there is none: a draft starts from what the partner last charged per workstation.
 */
export function lastOfficeProUnitPrice(ledger: readonly AddOn[], currency: CurrencyCode): number {
  const priced = ledger
    .filter(a => a.kind === 'officeProDeployment' && a.status !== 'cancelled' && a.currency === currency)
    .filter(a => a.unitPriceMinor > 0)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return priced[0]?.unitPriceMinor ?? 0
}

/**
 * A quoted Office Pro deployment for a tenant's gap, ready for the services ledger, at the unit
 * price given (the partner's last one, or 0 for the partner to set, as installations differ).
 */
export function officeProDeploymentDraft(
  gap: number,
  description: string,
  today: IsoDate,
  unitPriceMinor = 0,
): AddOnInput {
  return {
    kind: 'officeProDeployment',
    description,
    quantity: gap,
    unit: KIND_UNITS.officeProDeployment ?? 'workstations',
    unitPriceMinor,
    billing: 'oneOff',
    mailSource: null,
    quotedOn: today,
    startOn: null,
    deliveredOn: null,
    technician: '',
    notes: '',
  }
}
