import type { TenantDomain } from './tenant'
import { describe, expect, it } from 'vitest'
import { validateCustomDomain, validateDefaultDomain, validateDomainRemoval, verificationRecord } from './domains'

const NONE: ReadonlySet<string> = new Set()
const field = 'domainName'

describe('validateCustomDomain', () => {
  it.each([
    'dupre-boulangerie.fr',
    'mail.transports-lemoine.fr',
    'rochat-fiduciaire.ch',
    'xn--crperie-bya.fr',
    'a.paris',
    '3com.com',
  ])('accepts %s', name => {
    expect(validateCustomDomain(name, NONE)).toEqual([])
  })

  it('ignores surrounding spaces', () => {
    expect(validateCustomDomain('  dupre-boulangerie.fr ', NONE)).toEqual([])
  })

  it('requires a name', () => {
    expect(validateCustomDomain('  ', NONE)).toEqual([{ field, code: 'required' }])
  })

  it('suggests the lower-case form', () => {
    expect(validateCustomDomain('Dupre-Boulangerie.FR', NONE)).toEqual([
      { field, code: 'uppercase', params: { suggestion: 'dupre-boulangerie.fr' } },
    ])
  })

  it('says what is wrong with the lower-case form rather than suggesting a refused name', () => {
    expect(validateCustomDomain('CONTOSO', NONE)).toEqual([{ field, code: 'invalidDomain' }])
  })

  it.each(['boulangerie', 'dupre..fr', '.dupre.fr', 'dupre.fr.'])('wants at least two non-empty labels (%s)', name => {
    expect(validateCustomDomain(name, NONE)).toEqual([{ field, code: 'invalidDomain' }])
  })

  it.each(['dupré.fr', 'dupre boulangerie.fr', 'dupre_boulangerie.fr', 'jean@dupre.fr', 'https://dupre.fr'])(
    'refuses characters a DNS name has no room for (%s)',
    name => {
      expect(validateCustomDomain(name, NONE)).toEqual([{ field, code: 'invalidCharacters' }])
    },
  )

  it('refuses hyphens at the edge of a label', () => {
    expect(validateCustomDomain('-dupre.fr', NONE)).toEqual([{ field, code: 'hyphenAtEdge' }])
    expect(validateCustomDomain('dupre-.fr', NONE)).toEqual([{ field, code: 'hyphenAtEdge' }])
  })

  it('wants a top-level domain that looks real', () => {
    expect(validateCustomDomain('dupre.f', NONE)).toEqual([{ field, code: 'invalidTld', params: { tld: 'f' } }])
    expect(validateCustomDomain('dupre.123', NONE)).toEqual([{ field, code: 'invalidTld', params: { tld: '123' } }])
    expect(validateCustomDomain('dupre.f2', NONE)).toEqual([{ field, code: 'invalidTld', params: { tld: 'f2' } }])
  })

  it('keeps each label to 63 characters and the whole name to 253', () => {
    expect(validateCustomDomain(`${'a'.repeat(63)}.fr`, NONE)).toEqual([])
    expect(validateCustomDomain(`${'a'.repeat(64)}.fr`, NONE)).toEqual([
      { field, code: 'tooLong', params: { max: 63 } },
    ])
    const longest = `${['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(58)].join('.')}.fr`
    expect(longest).toHaveLength(253)
    expect(validateCustomDomain(longest, NONE)).toEqual([])
    expect(validateCustomDomain(`d${longest}`, NONE)).toEqual([{ field, code: 'tooLong', params: { max: 253 } }])
  })

  it("refuses Microsoft's own names", () => {
    expect(validateCustomDomain('microsoftonline.com', NONE)).toEqual([{ field, code: 'reservedDomain' }])
    expect(validateCustomDomain('dupre.microsoftonline.com', NONE)).toEqual([{ field, code: 'reservedDomain' }])
    expect(validateCustomDomain('dupre.onmicrosoft.com', NONE)).toEqual([{ field, code: 'reservedDomain' }])
    expect(validateCustomDomain('notmicrosoftonline.com', NONE)).toEqual([])
  })

  it("refuses a name already added to one of the partner's tenants", () => {
    expect(validateCustomDomain('dupre-boulangerie.fr', new Set(['dupre-boulangerie.fr']))).toEqual([
      { field, code: 'taken', params: { domain: 'dupre-boulangerie.fr' } },
    ])
  })
})

const initial: TenantDomain = {
  name: 'boulangerie-dupre.microsoftonline.com',
  isInitial: true,
  isDefault: false,
  verified: true,
}
const custom: TenantDomain = { name: 'dupre-boulangerie.fr', isInitial: false, isDefault: true, verified: true }
const pending: TenantDomain = { name: 'dupre.paris', isInitial: false, isDefault: false, verified: false }

describe('validateDefaultDomain', () => {
  it('takes verified domains only', () => {
    expect(validateDefaultDomain(initial)).toEqual([])
    expect(validateDefaultDomain(pending)).toEqual([
      { field, code: 'unverifiedDomain', params: { domain: 'dupre.paris' } },
    ])
  })
})

describe('validateDomainRemoval', () => {
  it('removes an unused custom domain that is not the default', () => {
    expect(validateDomainRemoval(pending, 0)).toEqual([])
  })

  it('keeps the initial domain, the default one, and one users sign in with', () => {
    expect(validateDomainRemoval(initial, 0)).toEqual([
      { field, code: 'initialDomain', params: { domain: initial.name } },
    ])
    expect(validateDomainRemoval(custom, 0)).toEqual([
      { field, code: 'defaultDomain', params: { domain: custom.name } },
    ])
    expect(validateDomainRemoval(pending, 3)).toEqual([
      { field, code: 'inUse', params: { domain: pending.name, count: 3 } },
    ])
  })
})

describe('verificationRecord', () => {
  it('is a TXT record on the domain itself, MS=ms and 8 digits', () => {
    const record = verificationRecord('tenant-dupre', 'dupre.paris')
    expect(record).toMatchObject({ type: 'TXT', host: '@', ttlSeconds: 3600 })
    expect(record.value).toMatch(/^MS=ms\d{8}$/)
  })

  it('is the same for the same tenant and domain, every time', () => {
    expect(verificationRecord('tenant-dupre', 'dupre.paris')).toEqual(verificationRecord('tenant-dupre', 'dupre.paris'))
    // Pinned: a change to the hash would send every pending verification back to the DNS host.
    expect(verificationRecord('tenant-dupre', 'dupre.paris').value).toBe('MS=ms36637071')
    expect(verificationRecord('tenant-aubert-nguyen', 'aubert-nguyen.fr').value).toBe('MS=ms96422972')
  })

  it('differs between domains and between tenants', () => {
    const values = new Set([
      verificationRecord('tenant-dupre', 'dupre.paris').value,
      verificationRecord('tenant-dupre', 'dupre.lyon').value,
      verificationRecord('tenant-tilleuls', 'dupre.paris').value,
    ])
    expect(values.size).toBe(3)
  })
})
