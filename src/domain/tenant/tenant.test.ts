import type { Tenant, TenantDomain } from './tenant'
import { describe, expect, it } from 'vitest'
import { initialDomainPrefix, primaryDomain } from './tenant'

function withDomains(domains: TenantDomain[]): Tenant {
  return {
    id: 't',
    companyName: 'Contoso',
    contact: { name: 'A', email: 'a@contoso.fr', phone: '' },
    country: 'FR',
    language: 'fr',
    domains,
    createdAt: '2010-01-04T09:00:00Z',
  }
}

const initial: TenantDomain = { name: 'contoso.microsoftonline.com', isInitial: true, isDefault: false, verified: true }
const custom: TenantDomain = { name: 'contoso.fr', isInitial: false, isDefault: true, verified: true }
const other: TenantDomain = { name: 'contoso.com', isInitial: false, isDefault: false, verified: false }

describe('primaryDomain', () => {
  it('is the default domain first, then the initial one, then the first listed', () => {
    expect(primaryDomain(withDomains([initial, other, custom]))).toBe('contoso.fr')
    expect(primaryDomain(withDomains([other, initial]))).toBe('contoso.microsoftonline.com')
    expect(primaryDomain(withDomains([other]))).toBe('contoso.com')
    expect(primaryDomain(withDomains([]))).toBe('')
  })
})

describe('initialDomainPrefix', () => {
  it('is the first label of the initial domain', () => {
    expect(initialDomainPrefix(withDomains([custom, initial]))).toBe('contoso')
    expect(initialDomainPrefix(withDomains([custom]))).toBe('')
  })
})
