import type { OfferId } from '../catalogue'
import type { AddOn } from '../ledger/addOns'
import type { Subscription, Tenant, TenantWithSubscriptions } from './tenant'
import type { WorkstationCount } from './workstations'
import { describe, expect, it } from 'vitest'
import type { PriceList } from '../pricing/pricing'
import { addOnAmount, validateAddOnInput } from '../ledger/addOns'
import { cataloguePriceList } from '../pricing/pricing'
import {
  lastOfficeProUnitPrice,
  officeProDeploymentDraft,
  officeProDraftUnitPrice,
  officeProOpportunities,
  planOfficeProDraft,
  tenantsWithOfficeProDeployment,
  validateNoSecondDeployment,
} from './officePro'
import { officeProGap, validateWorkstationCount } from './workstations'

const TODAY = '2025-03-10'

function tenant(
  id: string,
  offers: OfferId[],
  workstations?: WorkstationCount,
  state: Subscription['state'] = 'active',
): TenantWithSubscriptions {
  const record: Tenant = {
    id,
    companyName: id.replace(/^tenant-/, '').toUpperCase(),
    contact: { name: 'A', email: 'a@example.fr', phone: '' },
    country: 'FR',
    language: 'fr',
    domains: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    ...(workstations ? { workstations } : {}),
  }
  const subscriptions = offers.map((offerId, i): Subscription => ({
    id: `${id}-${i}`,
    tenantId: id,
    offerId,
    seats: 10,
    assignedSeats: 0,
    state,
    startedOn: '2025-01-01',
    trialEndsOn: state === 'trial' ? '2025-01-30' : null,
    cancelledOn: state === 'cancelled' ? '2025-02-01' : null,
  }))
  return { tenant: record, subscriptions }
}

describe('workstation counts', () => {
  it('accepts whole numbers with no more Office Pro than workstations', () => {
    expect(validateWorkstationCount({ workstations: 12, withOfficePro: 7 })).toEqual([])
    expect(validateWorkstationCount({ workstations: 0, withOfficePro: 0 })).toEqual([])
    expect(validateWorkstationCount({ workstations: 100_000, withOfficePro: 100_000 })).toEqual([])
  })

  it('refuses more Office Pro installs than workstations, naming the limit', () => {
    expect(validateWorkstationCount({ workstations: 12, withOfficePro: 13 })).toEqual([
      { field: 'withOfficePro', code: 'aboveMaximum', params: { max: 12 } },
    ])
  })

  it('refuses fractions, negatives, blanks and absurd counts, field by field', () => {
    expect(validateWorkstationCount({ workstations: 2.5, withOfficePro: -1 })).toEqual([
      { field: 'workstations', code: 'notWholeNumber' },
      { field: 'withOfficePro', code: 'belowMinimum', params: { min: 0 } },
    ])
    expect(validateWorkstationCount({ workstations: 100_001, withOfficePro: Number.NaN })).toEqual([
      { field: 'workstations', code: 'aboveMaximum', params: { max: 100_000 } },
      { field: 'withOfficePro', code: 'required' },
    ])
  })

  it('counts the gap as the workstations still without Office Pro', () => {
    expect(officeProGap({ workstations: 45, withOfficePro: 30 })).toBe(15)
    expect(officeProGap({ workstations: 10, withOfficePro: 10 })).toBe(0)
  })
})

describe('Office Pro opportunities', () => {
  const tenants = [
    tenant('tenant-dupre', ['standard-suite'], { workstations: 12, withOfficePro: 8 }),
    tenant('tenant-sni', ['standard-suite', 'deskless-suite'], { workstations: 40, withOfficePro: 10 }),
    tenant('tenant-lemoine', ['standard-suite'], { workstations: 25, withOfficePro: 25 }),
    tenant('tenant-ecrins', ['deskless-suite'], { workstations: 60, withOfficePro: 0 }),
    tenant('tenant-rochat', ['standard-suite']),
    tenant('tenant-lefevre', ['standard-suite'], undefined, 'cancelled'),
    tenant('tenant-aubert', ['exchange-online'], { workstations: 8, withOfficePro: 4 }),
  ]

  it('lists tenants whose live offers need Office Pro and lack it, biggest gap first', () => {
    const { opportunities, totalGap } = officeProOpportunities(tenants, TODAY)
    expect(opportunities.map(o => [o.tenantId, o.gap])).toEqual([
      ['tenant-sni', 30],
      ['tenant-aubert', 4],
      ['tenant-dupre', 4],
    ])
    expect(opportunities[0]).toEqual({
      tenantId: 'tenant-sni',
      companyName: 'SNI',
      offers: ['standard-suite'],
      workstations: 40,
      withOfficePro: 10,
      gap: 30,
    })
    expect(totalGap).toBe(38)
  })

  it('leaves out tenants fully equipped, Deskless-only ones and those with nothing live', () => {
    const ids = officeProOpportunities(tenants, TODAY).opportunities.map(o => o.tenantId)
    expect(ids).not.toContain('tenant-lemoine')
    expect(ids).not.toContain('tenant-ecrins')
    expect(ids).not.toContain('tenant-lefevre')
  })

  it('lists apart the tenants that need Office Pro and have no count recorded', () => {
    expect(officeProOpportunities(tenants, TODAY).unrecorded).toEqual([
      { tenantId: 'tenant-rochat', companyName: 'ROCHAT', offers: ['standard-suite'] },
    ])
  })
})

describe('drafting an Office Pro deployment', () => {
  it('quotes the gap in workstations, as a one-off the services ledger accepts', () => {
    const draft = officeProDeploymentDraft(30, 'Office Pro deployment on 30 workstations', TODAY, 6_000)
    expect(draft).toMatchObject({
      kind: 'officeProDeployment',
      quantity: 30,
      unit: 'workstations',
      billing: 'oneOff',
      quotedOn: TODAY,
      unitPriceMinor: 6_000,
    })
    expect(validateAddOnInput(draft)).toEqual([])
  })

  function deployment(tenantId: string, status: AddOn['status'], unitPriceMinor: number, createdAt: string): AddOn {
    return {
      ...officeProDeploymentDraft(5, 'Office Pro', TODAY, unitPriceMinor),
      id: `${tenantId}-${createdAt}`,
      tenantId,
      currency: 'USD',
      status,
      createdAt,
      updatedAt: createdAt,
    }
  }

  it('is not drafted twice: a tenant with one under way already has it, a cancelled or delivered one leaves room', () => {
    const ledger = [
      deployment('tenant-a', 'quoted', 0, '2025-03-01T00:00:00.000Z'),
      deployment('tenant-b', 'cancelled', 0, '2025-03-01T00:00:00.000Z'),
      deployment('tenant-c', 'delivered', 0, '2025-03-01T00:00:00.000Z'),
      { ...deployment('tenant-d', 'quoted', 0, '2025-03-01T00:00:00.000Z'), kind: 'installation' as const },
    ]
    expect([...tenantsWithOfficeProDeployment(ledger)]).toEqual(['tenant-a'])
  })

  it("knows the partner's latest Office Pro deployment price in a currency (0: none)", () => {
    const ledger = [
      deployment('tenant-a', 'invoiced', 4500, '2025-01-01T00:00:00.000Z'),
      deployment('tenant-b', 'delivered', 5000, '2025-02-01T00:00:00.000Z'),
      deployment('tenant-c', 'cancelled', 9900, '2025-03-01T00:00:00.000Z'),
      deployment('tenant-d', 'quoted', 0, '2025-03-02T00:00:00.000Z'),
    ]
    expect(lastOfficeProUnitPrice(ledger, 'USD')).toBe(5000)
    expect(lastOfficeProUnitPrice(ledger, 'EUR')).toBe(0)
    expect(officeProDeploymentDraft(9, 'x', TODAY, 5000).unitPriceMinor).toBe(5000)
  })

  const euros: PriceList = { ...cataloguePriceList(), currency: 'EUR', officeProDeploymentMinor: 5_500 }

  it('drafts from the price list: 12 workstations at €55.00 is €660.00', () => {
    const plan = planOfficeProDraft('tenant-a', [], euros, 12, 'Office Pro', TODAY)
    expect(plan).toMatchObject({ kind: 'create', input: { quantity: 12, unitPriceMinor: 5_500 } })
    if (plan.kind !== 'create') throw new Error('a new draft')
    expect(addOnAmount({ ...plan.input, currency: 'EUR' })).toEqual({ minor: 66_000, currency: 'EUR' })
    expect(cataloguePriceList().officeProDeploymentMinor).toBe(6_000)
  })

  it('gives back the deployment under way instead of a second one, and refuses a second by hand', () => {
    const open = deployment('tenant-a', 'accepted', 5_000, '2025-03-01T00:00:00.000Z')
    expect(planOfficeProDraft('tenant-a', [open], euros, 12, 'Office Pro', TODAY)).toEqual({
      kind: 'reuse',
      service: open,
    })
    expect(validateNoSecondDeployment({ kind: 'officeProDeployment' }, [open], 'tenant-a')).toEqual([
      { field: 'kind', code: 'duplicate' },
    ])
    expect(validateNoSecondDeployment({ kind: 'training' }, [open], 'tenant-a')).toEqual([])
    expect(validateNoSecondDeployment({ kind: 'officeProDeployment' }, [open], 'tenant-b')).toEqual([])
    const done = { ...open, status: 'delivered' as const }
    expect(planOfficeProDraft('tenant-a', [done], euros, 3, 'Office Pro', TODAY).kind).toBe('create')
  })

  it("falls back on the partner's last price when the list predates the deployment price, and never drafts at 0", () => {
    const older: PriceList = { currency: 'USD', prices: cataloguePriceList().prices }
    const priced = deployment('tenant-b', 'invoiced', 4_800, '2025-01-01T00:00:00.000Z')
    expect(planOfficeProDraft('tenant-a', [priced], older, 5, 'x', TODAY)).toMatchObject({
      kind: 'create',
      input: { unitPriceMinor: 4_800 },
    })
    expect(officeProDraftUnitPrice(older, [])).toBeNull()
    expect(planOfficeProDraft('tenant-a', [], older, 5, 'x', TODAY)).toEqual({
      kind: 'refuse',
      issues: [{ field: 'officeProDeployment', code: 'required' }],
    })
  })
})
