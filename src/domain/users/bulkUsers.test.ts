import type { Subscription } from '../tenant/tenant'
import type { TenantUser } from './users'
import { describe, expect, it } from 'vitest'
import { movedServices, planBulkUserAction } from './bulkUsers'

const TODAY = '2026-12-07'

function subscription(
  id: string,
  offerId: Subscription['offerId'],
  seats: number,
  assignedSeats: number,
): Subscription {
  return {
    id,
    tenantId: 't',
    offerId,
    seats,
    assignedSeats,
    state: 'active',
    startedOn: '2025-01-01',
    trialEndsOn: null,
    cancelledOn: null,
  }
}

const standard = subscription('sub-std', 'standard-suite', 5, 3)
const deskless = subscription('sub-dsk', 'deskless-suite', 10, 1)
const context = { subscriptions: [standard, deskless], today: TODAY }

function user(id: string, subscriptionId: string | null, blocked = false): TenantUser {
  const full = subscriptionId === 'sub-std'
  return {
    id,
    tenantId: 't',
    firstName: 'Anne',
    lastName: id,
    displayName: `Anne ${id}`,
    alias: `anne.${id}`,
    domain: 'lemoine.fr',
    usageLocation: 'FR',
    subscriptionId,
    services: {
      exchange: subscriptionId !== null,
      sharepoint: subscriptionId !== null,
      communications: full,
      liveMeeting: full,
    },
    exchange: { pop3: false },
    blocked,
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

describe('planBulkUserAction', () => {
  it('blocks those not blocked yet and leaves the others as they are', () => {
    const plans = planBulkUserAction(
      [user('a', null), user('b', null, true)],
      { kind: 'block', blocked: true },
      context,
    )
    expect(plans.map(plan => plan.outcome)).toEqual(['change', 'unchanged'])
    expect(plans[0]).toMatchObject({ after: { blocked: true } })
  })

  it('gives a licence to as many users as there are seats left, in order, and refuses the rest with the count', () => {
    const users = [user('a', null), user('b', 'sub-std'), user('c', null), user('d', 'sub-dsk')]
    const plans = planBulkUserAction(users, { kind: 'licence', subscriptionId: 'sub-std' }, context)
    // Two seats left: a and c take them; b holds one already; d is one too many.
    expect(plans.map(plan => plan.outcome)).toEqual(['change', 'unchanged', 'change', 'refused'])
    expect(plans[3]).toMatchObject({
      outcome: 'refused',
      issues: [{ field: 'subscriptionId', code: 'noSeatsLeft', params: { left: 2, seats: 5 } }],
    })
  })

  it("moves the services with the licence: new ones on, what it lacks off, overrides it can't carry dropped", () => {
    const [plan] = planBulkUserAction([user('a', 'sub-std')], { kind: 'licence', subscriptionId: 'sub-dsk' }, context)
    expect(plan).toMatchObject({
      outcome: 'change',
      after: {
        subscriptionId: 'sub-dsk',
        services: { exchange: true, sharepoint: true, communications: false, liveMeeting: false },
      },
    })
    const [freed] = planBulkUserAction([user('b', 'sub-dsk')], { kind: 'licence', subscriptionId: null }, context)
    expect(freed).toMatchObject({ outcome: 'change', after: { subscriptionId: null } })
  })

  it("refuses turning on a service a user's licence lacks, and ignores turning it off", () => {
    const users = [user('a', 'sub-std'), user('b', 'sub-dsk'), user('c', null)]
    const on = planBulkUserAction(users, { kind: 'services', services: { communications: true } }, context)
    expect(on.map(plan => plan.outcome)).toEqual(['unchanged', 'refused', 'refused'])
    expect(on[1]).toMatchObject({ issues: [{ field: 'services.communications', code: 'notAvailable' }] })
    const off = planBulkUserAction(users, { kind: 'services', services: { communications: false } }, context)
    expect(off.map(plan => plan.outcome)).toEqual(['change', 'unchanged', 'unchanged'])
    expect(movedServices(users[0]!, (off[0] as { after: TenantUser }).after)).toEqual({ communications: false })
  })

  it('resets every chosen password', () => {
    const plans = planBulkUserAction([user('a', null), user('b', null, true)], { kind: 'resetPassword' }, context)
    expect(plans.map(plan => plan.outcome)).toEqual(['change', 'change'])
  })
})
