import { describe, expect, it } from 'vitest'
import { validateSeats } from '@/domain/tenant/provisioning'
import { initialDomainPrefix } from '@/domain/tenant/tenant'
import {
  validateCompanyName,
  validateContactName,
  validateDomainPrefix,
  validateEmail,
  validatePhone,
} from '@/domain/validation'
import { generateTenants, mulberry32, nextGeneratedIndex } from './largeDataset'
import { demoTenants } from './seed'

const today = '2025-03-10'

describe('generateTenants', () => {
  it('is deterministic, and a tenant is the same whether made alone or in a batch', () => {
    expect(generateTenants(50, today)).toEqual(generateTenants(50, today))
    expect(generateTenants(5, today, 46)).toEqual(generateTenants(50, today).slice(45))
  })

  it('makes 5,000 valid tenants with unique prefixes that never meet the seed', () => {
    const generated = generateTenants(5000, today)
    const taken = new Set(demoTenants(today).map(t => initialDomainPrefix(t.tenant)))
    for (const { tenant, subscriptions } of generated) {
      const prefix = initialDomainPrefix(tenant)
      expect(
        [
          ...validateCompanyName(tenant.companyName),
          ...validateContactName(tenant.contact.name),
          ...validateEmail(tenant.contact.email),
          ...validatePhone(tenant.contact.phone),
          ...validateDomainPrefix(prefix, taken),
          ...subscriptions.flatMap(s => validateSeats(s, s.state === 'trial' ? 'trial' : 'paid')),
        ],
        tenant.id,
      ).toEqual([])
      expect(subscriptions.every(s => s.assignedSeats <= s.seats && s.tenantId === tenant.id)).toBe(true)
      taken.add(prefix)
    }
    expect(taken.size).toBe(5000 + 12)
    expect(new Set(generated.map(t => t.tenant.id)).size).toBe(5000)
  })

  it('mixes offers and states', () => {
    const states = new Set(
      generateTenants(500, today).flatMap(t => t.subscriptions.map(s => `${s.offerId}:${s.state}`)),
    )
    for (const expected of [
      'standard-suite:active',
      'deskless-suite:active',
      'exchange-online:active',
      'standard-suite:trial',
      'live-meeting:cancelled',
    ])
      expect(states).toContain(expected)
  })
})

describe('nextGeneratedIndex', () => {
  it('continues after the highest generated prefix or id', () => {
    expect(nextGeneratedIndex(['boulangerie-dupre'])).toBe(1)
    expect(nextGeneratedIndex(['client-00042-martin', 'client-00007-roux', 'client-00050'])).toBe(51)
  })
})

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    const values = Array.from({ length: 100 }, () => a())
    expect(values).toEqual(Array.from({ length: 100 }, () => b()))
    expect(values.every(x => x >= 0 && x < 1)).toBe(true)
  })
})
