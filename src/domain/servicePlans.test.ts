import type { ServicePlan } from './servicePlans'
import { describe, expect, it } from 'vitest'
import { getOffer } from './catalogue'
import { disabledPlansFor, servicesFromDisabledPlans } from './servicePlans'

const PLANS: ServicePlan[] = [
  { servicePlanId: 'p-exchange', servicePlanName: 'EXCHANGE_S_STANDARD' },
  { servicePlanId: 'p-sharepoint', servicePlanName: 'SHAREPOINTSTANDARD' },
  { servicePlanId: 'p-skype', servicePlanName: 'MCOSTANDARD' },
  { servicePlanId: 'p-teams', servicePlanName: 'TEAMS1' },
  { servicePlanId: 'p-intune', servicePlanName: 'INTUNE_O365' },
]
const standard = getOffer('standard-suite')
const ALL_ON = { exchange: true, sharepoint: true, communications: true, liveMeeting: true }

describe('service plans behind a user\'s services', () => {
  it('reads each service as on unless its plan is disabled, by the plan\'s name', () => {
    expect(servicesFromDisabledPlans(standard, PLANS, [])).toEqual(ALL_ON)
    expect(servicesFromDisabledPlans(standard, PLANS, ['p-exchange', 'p-intune'])).toEqual({ ...ALL_ON, exchange: false })
  })

  it('leaves off what the offer does not include', () => {
    const deskless = getOffer('deskless-suite')
    const plans = [{ servicePlanId: 'd-ex', servicePlanName: 'EXCHANGE_S_DESKLESS' }, { servicePlanId: 'd-sp', servicePlanName: 'SHAREPOINTDESKLESS' }]
    expect(servicesFromDisabledPlans(deskless, plans, [])).toEqual({ exchange: true, sharepoint: true, communications: false, liveMeeting: false })
  })

  it('sends the full set of disabled plans, keeping plans it does not manage as they were', () => {
    expect(disabledPlansFor(standard, PLANS, { ...ALL_ON, exchange: false }, [])).toEqual(['p-exchange'])
    expect(disabledPlansFor(standard, PLANS, { ...ALL_ON, exchange: false, liveMeeting: false }, ['p-intune', 'p-exchange'])).toEqual(['p-intune', 'p-exchange', 'p-teams'])
    expect(disabledPlansFor(standard, PLANS, ALL_ON, ['p-exchange', 'p-intune'])).toEqual(['p-intune'])
  })

  it('refuses a SKU that lacks the plan a service needs, rather than guess', () => {
    expect(() => servicesFromDisabledPlans(standard, PLANS.slice(1), [])).toThrow(/EXCHANGE_S_STANDARD/)
  })
})
