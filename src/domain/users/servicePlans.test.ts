import type { ServicePlan } from './servicePlans'
import { describe, expect, it } from 'vitest'
import { findSku, getOffer, offerSkus } from '../catalogue'
import { disabledPlansFor, unknownWorkloadChanges, userWorkloadState, workloadsFromDisabledPlans } from './servicePlans'

const PLANS: ServicePlan[] = [
  { servicePlanId: 'p-exchange', servicePlanName: 'EXCHANGE_S_STANDARD' },
  { servicePlanId: 'p-sharepoint', servicePlanName: 'SHAREPOINTSTANDARD' },
  { servicePlanId: 'p-skype', servicePlanName: 'MCOSTANDARD' },
  { servicePlanId: 'p-teams', servicePlanName: 'TEAMS1' },
  { servicePlanId: 'p-intune', servicePlanName: 'INTUNE_O365' },
]
const standard = getOffer('standard-suite')
const e1 = offerSkus(standard)[0]!
const ALL_ON = { exchange: true, sharepoint: true, communications: true, liveMeeting: true }

describe("service plans behind a user's services", () => {
  it("reads each service as on unless its plan is disabled, by the plan's name", () => {
    expect(workloadsFromDisabledPlans(standard, e1, PLANS, [])).toEqual({ services: ALL_ON, unknown: [] })
    expect(workloadsFromDisabledPlans(standard, e1, PLANS, ['p-exchange', 'p-intune']).services).toEqual({
      ...ALL_ON,
      exchange: false,
    })
  })

  it('leaves off what the offer does not include', () => {
    const deskless = getOffer('deskless-suite')
    const plans = [
      { servicePlanId: 'd-ex', servicePlanName: 'EXCHANGE_S_DESKLESS' },
      { servicePlanId: 'd-sp', servicePlanName: 'SHAREPOINTDESKLESS' },
    ]
    expect(workloadsFromDisabledPlans(deskless, offerSkus(deskless)[0]!, plans, [])).toEqual({
      services: { exchange: true, sharepoint: true, communications: false, liveMeeting: false },
      unknown: [],
    })
  })

  it('sends the full set of disabled plans, keeping plans it does not manage as they were', () => {
    expect(disabledPlansFor(standard, e1, PLANS, { ...ALL_ON, exchange: false }, [])).toEqual(['p-exchange'])
    expect(
      disabledPlansFor(standard, e1, PLANS, { ...ALL_ON, exchange: false, liveMeeting: false }, [
        'p-intune',
        'p-exchange',
      ]),
    ).toEqual(['p-intune', 'p-exchange', 'p-teams'])
    expect(disabledPlansFor(standard, e1, PLANS, ALL_ON, ['p-exchange', 'p-intune'])).toEqual(['p-intune'])
  })

  it('reads a service whose plan the SKU lacks as unknown, rather than guess or fail', () => {
    const withoutExchange = PLANS.slice(1)
    expect(() => workloadsFromDisabledPlans(standard, e1, withoutExchange, [])).not.toThrow()
    expect(workloadsFromDisabledPlans(standard, e1, withoutExchange, []).unknown).toEqual(['exchange'])
    // Nothing to switch for it: the other plans are written as before, the unknown one left alone.
    expect(disabledPlansFor(standard, e1, withoutExchange, { ...ALL_ON, sharepoint: false }, ['p-other'])).toEqual([
      'p-other',
      'p-sharepoint',
    ])
  })

  it('reads a "no Teams" SKU\'s meetings as unknown: its plans carry no Teams, Live Meeting\'s heir', () => {
    const noTeams = findSku('Office_365_E1_(no_Teams)')!
    expect(noTeams.offer.id).toBe('standard-suite')
    const plans = PLANS.filter(plan => plan.servicePlanName !== 'TEAMS1')
    expect(workloadsFromDisabledPlans(noTeams.offer, noTeams.sku, plans, ['p-skype'])).toEqual({
      services: { exchange: true, sharepoint: true, communications: false, liveMeeting: false },
      unknown: ['liveMeeting'],
    })
  })

  it('reads an E3 licence by its own plan names', () => {
    const e3 = findSku('ENTERPRISEPACK')!
    const plans = [
      { servicePlanId: 'x', servicePlanName: 'EXCHANGE_S_ENTERPRISE' },
      { servicePlanId: 's', servicePlanName: 'SHAREPOINTENTERPRISE' },
      ...PLANS.slice(2),
    ]
    expect(workloadsFromDisabledPlans(e3.offer, e3.sku, plans, ['s'])).toEqual({
      services: { ...ALL_ON, sharepoint: false },
      unknown: [],
    })
  })
})

describe('a service whose plan is unknown', () => {
  it('shows as unknown, whatever its stored switch says', () => {
    expect(userWorkloadState({ services: ALL_ON, unknownServices: ['liveMeeting'] }, 'liveMeeting')).toBe('unknown')
    expect(
      userWorkloadState({ services: { ...ALL_ON, exchange: false }, unknownServices: ['liveMeeting'] }, 'exchange'),
    ).toBe('off')
    expect(userWorkloadState({ services: ALL_ON }, 'sharepoint')).toBe('on')
  })

  it("can't be switched: the change is refused with its own issue code", () => {
    expect(unknownWorkloadChanges({ liveMeeting: false, exchange: true }, ['liveMeeting'])).toEqual([
      { field: 'services.liveMeeting', code: 'servicePlanUnknown' },
    ])
    expect(unknownWorkloadChanges({ exchange: false }, ['liveMeeting'])).toEqual([])
  })
})
