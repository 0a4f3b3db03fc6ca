import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { CurrencyCode } from '../money'
import type { AddOn, AddOnInput } from '../ledger/addOns'
import type { PriceList } from '../pricing/pricing'
import type { ValidationIssue } from '../validation'
import type { TenantWithSubscriptions } from './tenant'
import { KIND_UNITS } from '../ledger/addOns'
import { OFFICE_PRO_DEPLOYMENT_FIELD } from '../pricing/priceList'
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

/** A tenant's Office Pro deployment under way, if it has one: a tenant has one at a time. */
export function openOfficeProDeployment(services: readonly AddOn[], tenantId: string): AddOn | undefined {
  return services.find(
    addOn => addOn.tenantId === tenantId && addOn.kind === 'officeProDeployment' && OPEN_DEPLOYMENT.has(addOn.status),
  )
}

/**
 * A new service refused for breaking the one-deployment rule: a second Office Pro deployment while
 * one is under way would quote the same workstations twice.
 */
export function validateNoSecondDeployment(
  input: Pick<AddOnInput, 'kind'>,
  tenantServices: readonly AddOn[],
  tenantId: string,
): ValidationIssue[] {
  if (input.kind !== 'officeProDeployment' || !openOfficeProDeployment(tenantServices, tenantId)) return []
  return [{ field: 'kind', code: 'duplicate' }]
}

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
 * What an Office Pro draft is priced at, per workstation: the price list's, else (a list saved
 * before it had one) the partner's last priced deployment in its currency; null when neither is known.
 */
export function officeProDraftUnitPrice(priceList: PriceList, ledger: readonly AddOn[]): number | null {
  if (priceList.officeProDeploymentMinor !== undefined) return priceList.officeProDeploymentMinor
  return lastOfficeProUnitPrice(ledger, priceList.currency) || null
}

/** Drafting for a tenant: the deployment already under way (kept as it is), a new one to record, or why not. */
export type OfficeProDraftPlan =
  | { readonly kind: 'reuse'; readonly service: AddOn }
  | { readonly kind: 'create'; readonly input: AddOnInput }
  | { readonly kind: 'refuse'; readonly issues: readonly ValidationIssue[] }

/**
 * One Office Pro draft per tenant, priced from the price list: a tenant with a deployment under
 * way keeps it (drafting twice gives the same one); otherwise a quote for `workstations` at the
 * list's price, refused on the price field while the list has none.
 */
export function planOfficeProDraft(
  tenantId: string,
  ledger: readonly AddOn[],
  priceList: PriceList,
  workstations: number,
  description: string,
  today: IsoDate,
): OfficeProDraftPlan {
  const open = openOfficeProDeployment(ledger, tenantId)
  if (open) return { kind: 'reuse', service: open }
  const unitPriceMinor = officeProDraftUnitPrice(priceList, ledger)
  if (unitPriceMinor === null)
    return { kind: 'refuse', issues: [{ field: OFFICE_PRO_DEPLOYMENT_FIELD, code: 'required' }] }
  return { kind: 'create', input: officeProDeploymentDraft(workstations, description, today, unitPriceMinor) }
}

/** A quoted Office Pro deployment for a tenant's gap, ready for the services ledger, at the unit price given. */
export function officeProDeploymentDraft(
  gap: number,
  description: string,
  today: IsoDate,
  unitPriceMinor: number,
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
