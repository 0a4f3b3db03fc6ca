import type { ValidationIssue } from '../validation'
import type { Tenant, TenantDomain } from './tenant'
import { INITIAL_DOMAIN_SUFFIX } from '../catalogue'
import { DNS_LABEL_MAX } from '../validation'

export const DOMAIN_NAME_MAX = 253

/** Microsoft's own names: a tenant gets one of these as its initial domain, never adds one. */
export const RESERVED_DOMAIN_SUFFIXES: readonly string[] = [INITIAL_DOMAIN_SUFFIX, 'onmicrosoft.com']

// Letters, digits, inner hyphens: one DNS label.
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/
// A top-level domain looks known when it is all letters (fr, com, paris) or an IDN's punycode.
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/

function isReserved(name: string): boolean {
  return RESERVED_DOMAIN_SUFFIXES.some(suffix => name === suffix || name.endsWith(`.${suffix}`))
}

/**
 * A custom domain the tenant proves it owns: a lower-case DNS name of at least two labels
 * (`dupre-boulangerie.fr`), with a known-looking top-level domain, at most 253 characters,
 * not one of Microsoft's own names, and not already added to one of the partner's tenants.
 */
export function validateCustomDomain(value: string, takenNames: ReadonlySet<string>): ValidationIssue[] {
  const field = 'domainName'
  const name = value.trim()
  if (name === '') return [{ field, code: 'required' }]
  if (name.length > DOMAIN_NAME_MAX) return [{ field, code: 'tooLong', params: { max: DOMAIN_NAME_MAX } }]
  if (/[A-Z]/.test(name)) {
    // Suggest the lower-case form only when it would be accepted; otherwise say what is wrong with it.
    const suggestion = name.toLowerCase()
    const issues = validateCustomDomain(suggestion, takenNames)
    return issues.length > 0 ? issues : [{ field, code: 'uppercase', params: { suggestion } }]
  }
  if (!/^[a-z0-9.-]+$/.test(name)) return [{ field, code: 'invalidCharacters' }]
  const labels = name.split('.')
  if (labels.length < 2 || labels.includes('')) return [{ field, code: 'invalidDomain' }]
  if (labels.some(label => label.length > DNS_LABEL_MAX))
    return [{ field, code: 'tooLong', params: { max: DNS_LABEL_MAX } }]
  if (labels.some(label => !LABEL.test(label))) return [{ field, code: 'hyphenAtEdge' }]
  if (!TLD.test(labels.at(-1)!)) return [{ field, code: 'invalidTld', params: { tld: labels.at(-1)! } }]
  if (isReserved(name)) return [{ field, code: 'reservedDomain' }]
  if (takenNames.has(name)) return [{ field, code: 'taken', params: { domain: name } }]
  return []
}

export function findDomain(tenant: Tenant, name: string): TenantDomain | undefined {
  return tenant.domains.find(domain => domain.name === name)
}

/** Only a verified domain can be the one new users get. */
export function validateDefaultDomain(domain: TenantDomain): ValidationIssue[] {
  return domain.verified ? [] : [{ field: 'domainName', code: 'unverifiedDomain', params: { domain: domain.name } }]
}

/**
 * A custom domain can go when nothing depends on it: not the initial microsoftonline.com one
 * (Microsoft keeps it), not the default, and no user signing in with it.
 */
export function validateDomainRemoval(domain: TenantDomain, usersOnDomain: number): ValidationIssue[] {
  const field = 'domainName'
  if (domain.isInitial) return [{ field, code: 'initialDomain', params: { domain: domain.name } }]
  if (domain.isDefault) return [{ field, code: 'defaultDomain', params: { domain: domain.name } }]
  if (usersOnDomain > 0) return [{ field, code: 'inUse', params: { domain: domain.name, count: usersOnDomain } }]
  return []
}

/** The DNS record that proves a domain is the tenant's. */
export interface VerificationRecord {
  readonly type: 'TXT'
  /** `@`: the record goes on the domain itself. */
  readonly host: '@'
  readonly value: string
  readonly ttlSeconds: number
}

// 32-bit FNV-1a: small, well spread, and the same in every browser and backend.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The TXT record to create for a domain, `MS=ms` and 8 digits, as Microsoft asked for. It is
 * derived from the tenant and the domain, never random, so it reads the same after a reload,
 * in another tab, and to whoever checks it later.
 */
export function verificationRecord(tenantId: string, domainName: string): VerificationRecord {
  const digits = String(fnv1a(`${tenantId}\n${domainName}`) % 100_000_000).padStart(8, '0')
  return { type: 'TXT', host: '@', value: `MS=ms${digits}`, ttlSeconds: 3600 }
}
