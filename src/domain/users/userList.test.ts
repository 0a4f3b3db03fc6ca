import type { Subscription } from '../tenant/tenant'
import type { TenantUser } from './users'
import { describe, expect, it } from 'vitest'
import { byUserName, DEFAULT_USER_QUERY, queryUsers, seatUsage } from './userList'

function user(
  id: string,
  firstName: string,
  lastName: string,
  alias: string,
  subscriptionId: string | null,
): TenantUser {
  return {
    id,
    tenantId: 't',
    firstName,
    lastName,
    displayName: `${firstName} ${lastName}`,
    alias,
    domain: 'lemoine.fr',
    usageLocation: 'FR',
    subscriptionId,
    services: { exchange: true, sharepoint: true, communications: false, liveMeeting: false },
    exchange: {},
    blocked: false,
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

const users = [
  user('1', 'Zoé', 'Émery', 'zoe.emery', 'sub-std'),
  user('2', 'Anne', 'Roux', 'a.roux', 'sub-dsk'),
  user('3', 'Hélène', 'Durand', 'helene.durand', null),
  user('4', 'Bruno', 'Durand', 'bruno.durand', 'sub-std'),
]

describe('byUserName', () => {
  it('orders as every user list does: last name, first name, accents and case aside, then address', () => {
    const twins = [user('5', 'anne', 'roux', 'anne.roux2', null), user('6', 'Anne', 'Roux', 'anne.roux', null)]
    expect([...users, ...twins].sort(byUserName).map(u => u.id)).toEqual(['4', '3', '1', '2', '6', '5'])
  })
})

describe('queryUsers', () => {
  it('sorts by last name then first name, accents aside', () => {
    expect(queryUsers(users, DEFAULT_USER_QUERY).map(u => u.id)).toEqual(['4', '3', '1', '2'])
  })

  it('finds by name without accents, by alias and by full address', () => {
    expect(queryUsers(users, { search: 'helene', licence: 'all' }).map(u => u.id)).toEqual(['3'])
    expect(queryUsers(users, { search: 'EMERY', licence: 'all' }).map(u => u.id)).toEqual(['1'])
    expect(queryUsers(users, { search: 'a.roux@lemoine', licence: 'all' }).map(u => u.id)).toEqual(['2'])
  })

  it('filters by licence, or unlicensed', () => {
    expect(queryUsers(users, { search: '', licence: 'sub-std' }).map(u => u.id)).toEqual(['4', '1'])
    expect(queryUsers(users, { search: '', licence: 'none' }).map(u => u.id)).toEqual(['3'])
  })
})

describe('seatUsage', () => {
  it('says, for each live subscription, how many licences are assigned and left', () => {
    const subscriptions: Subscription[] = [
      {
        id: 'sub-std',
        tenantId: 't',
        offerId: 'standard-suite',
        seats: 12,
        assignedSeats: 8,
        state: 'active',
        startedOn: '2024-01-01',
        trialEndsOn: null,
        cancelledOn: null,
      },
      {
        id: 'sub-lm',
        tenantId: 't',
        offerId: 'live-meeting',
        seats: 10,
        assignedSeats: 0,
        state: 'cancelled',
        startedOn: '2024-01-01',
        trialEndsOn: null,
        cancelledOn: '2025-01-01',
      },
    ]
    expect(seatUsage(subscriptions, '2025-03-10')).toEqual([
      { subscription: subscriptions[0], assigned: 8, seats: 12, left: 4 },
    ])
  })
})
