import { describe, expect, it } from 'vitest'
import { primaryDomain } from '@/domain/tenant/tenant'
import { validateUser } from '@/domain/users/userValidation'
import { demoTenants } from './seed'
import { demoUsers } from './seedUsers'

const today = '2025-03-10'
const tenants = demoTenants(today)
const users = demoUsers(tenants)

describe('demoUsers', () => {
  it('gives the same users for the same tenants', () => {
    expect(demoUsers(demoTenants(today))).toEqual(users)
  })

  it('gives each subscription exactly as many licence holders as it has seats assigned', () => {
    for (const { subscriptions } of tenants) {
      for (const subscription of subscriptions)
        expect(
          users.filter(user => user.subscriptionId === subscription.id),
          subscription.id,
        ).toHaveLength(subscription.assignedSeats)
    }
    expect(users.filter(user => user.tenantId === 'tenant-lemoine')).toHaveLength(24 + 131)
  })

  it("passes the rules the console keeps for users it creates, on the tenant's default domain and country", () => {
    for (const { tenant, subscriptions } of tenants) {
      const own = users.filter(user => user.tenantId === tenant.id)
      // Each user is checked as if added last, against all the others (seats aside: they are all taken).
      for (const user of own) {
        const issues = validateUser(
          { ...user, subscriptionId: null },
          { tenant, subscriptions, users: own, today },
          user.id,
        )
        expect(issues, user.id).toEqual([])
        expect(user.domain).toBe(primaryDomain(tenant))
        expect(user.usageLocation).toBe(tenant.country)
      }
    }
  })

  it('starts with the contact, and numbers namesakes', () => {
    expect(users.find(user => user.tenantId === 'tenant-dupre')).toMatchObject({
      firstName: 'Jean-Marc',
      lastName: 'Dupré',
      alias: 'jean-marc.dupre',
      domain: 'dupre-boulangerie.fr',
    })
    expect(users.find(user => user.tenantId === 'tenant-vieux-moulin')).toMatchObject({
      lastName: 'Le Goff',
      alias: 'maelle.legoff',
    })
    expect(users.some(user => /\d$/.test(user.alias))).toBe(true)
    expect(new Set(users.map(user => user.id)).size).toBe(users.length)
  })

  it('switches on what each licence includes: a Deskless user has no communications', () => {
    const deskless = users.find(user => user.subscriptionId === 'sub-lemoine-deskless-suite')!
    expect(deskless.services).toEqual({ exchange: true, sharepoint: true, communications: false, liveMeeting: false })
  })
})
