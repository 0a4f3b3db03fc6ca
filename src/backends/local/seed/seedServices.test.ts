import { describe, expect, it } from 'vitest'
import { validateAddOnInput } from '@/domain/ledger/addOns'
import { demoTenants } from './seed'
import { demoServices } from './seedServices'
import { NOW, TODAY } from '../testing'

describe('demo services', () => {
  const services = demoServices(TODAY, NOW)
  const tenantIds = new Set(demoTenants(TODAY).map(({ tenant }) => tenant.id))

  it('keep every rule a recorded service keeps, on tenants that exist', () => {
    for (const service of services) {
      expect(validateAddOnInput(service), service.description).toEqual([])
      expect(tenantIds.has(service.tenantId), service.tenantId).toBe(true)
    }
  })

  it('show every status, and one-off and monthly billing', () => {
    expect(new Set(services.map(service => service.status)).size).toBe(7)
    expect(new Set(services.map(service => service.billing))).toEqual(new Set(['oneOff', 'monthly']))
  })
})
