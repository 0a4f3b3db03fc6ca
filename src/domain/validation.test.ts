import { describe, expect, it } from 'vitest'
import {
  COMPANY_NAME_MAX,
  CONTACT_NAME_MAX,
  DNS_LABEL_MAX,
  EMAIL_MAX,
  isDomainName,
  isEmailAddress,
  validateCompanyName,
  validateContactName,
  validateDomainPrefix,
  validateEmail,
  validatePhone,
} from './validation'

const NONE: ReadonlySet<string> = new Set()

describe('validateCompanyName', () => {
  it('accepts a name', () => {
    expect(validateCompanyName('Société Générale de Plomberie')).toEqual([])
  })

  it.each(['', '   ', '\t\n'])('requires a name (%j)', value => {
    expect(validateCompanyName(value)).toEqual([{ field: 'companyName', code: 'required' }])
  })

  it('accepts 64 characters and refuses 65', () => {
    expect(COMPANY_NAME_MAX).toBe(64)
    expect(validateCompanyName('a'.repeat(64))).toEqual([])
    expect(validateCompanyName('a'.repeat(65))).toEqual([
      { field: 'companyName', code: 'tooLong', params: { max: 64 } },
    ])
  })

  it('does not count surrounding spaces', () => {
    expect(validateCompanyName(`  ${'a'.repeat(64)}  `)).toEqual([])
  })

  it('counts an accented letter as one character', () => {
    expect(validateCompanyName('é'.repeat(64))).toEqual([])
    expect(validateCompanyName('é'.repeat(65))).toEqual([
      { field: 'companyName', code: 'tooLong', params: { max: 64 } },
    ])
  })

  it('counts an emoji as one character, though it takes two UTF-16 units', () => {
    expect('😀'.repeat(64)).toHaveLength(128)
    expect(validateCompanyName('😀'.repeat(64))).toEqual([])
    expect(validateCompanyName('😀'.repeat(65))).toEqual([
      { field: 'companyName', code: 'tooLong', params: { max: 64 } },
    ])
  })

  it('accepts markup as a name: it is stored and shown as text, never as HTML', () => {
    expect(validateCompanyName('<img src=x onerror=alert(1)>')).toEqual([])
    expect(validateCompanyName('Smith & Sons "Ltd" <b>')).toEqual([])
  })
})

describe('validateContactName', () => {
  it('accepts a name, trimmed', () => {
    expect(validateContactName('  Élodie Martin ')).toEqual([])
  })

  it('requires a name', () => {
    expect(validateContactName(' ')).toEqual([{ field: 'contactName', code: 'required' }])
  })

  it('accepts 64 characters and refuses 65', () => {
    expect(CONTACT_NAME_MAX).toBe(64)
    expect(validateContactName('ç'.repeat(64))).toEqual([])
    expect(validateContactName('ç'.repeat(65))).toEqual([
      { field: 'contactName', code: 'tooLong', params: { max: 64 } },
    ])
  })
})

describe('validateEmail', () => {
  it.each([
    'elodie.martin@contoso.fr',
    'ELODIE@CONTOSO.FR',
    'e+bpos@mail.contoso.co.uk',
    "o'brien@example.ie",
    'a@b.cd',
    '  elodie@contoso.fr  ',
    'admin@contoso.microsoftonline.com',
    'x@my-company.museum',
  ])('accepts %j', value => {
    expect(validateEmail(value)).toEqual([])
  })

  it.each([
    'elodie',
    'elodie@',
    '@contoso.fr',
    'elodie@contoso',
    'elodie@@contoso.fr',
    'elo@die@contoso.fr',
    'élodie martin@contoso.fr',
    'elodie@contoso .fr',
    'elodie@contoso..fr',
    'elodie@.contoso.fr',
    'elodie@contoso.fr.',
    'elodie@-contoso.fr',
    'elodie@contoso-.fr',
    'elodie@con_toso.fr',
    'elodie@contoso.f',
    'elodie@contoso.123',
    'elodie@société.fr',
    // What the HTML standard's rule refuses in the local part (reliability review L4).
    '<img/src=x/onerror=alert(1)>@evil.com',
    'javascript:alert(1)@a.com',
    'pat\u200B@probe.fr',
    'élodie@contoso.fr',
  ])('refuses %j', value => {
    expect(validateEmail(value)).toEqual([{ field: 'contactEmail', code: 'invalidEmail' }])
  })

  it('requires an address', () => {
    expect(validateEmail('  ')).toEqual([{ field: 'contactEmail', code: 'required' }])
  })

  it('accepts 254 characters and refuses 255', () => {
    expect(EMAIL_MAX).toBe(254)
    const domain = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.fr` // 186 characters
    const at254 = `${'x'.repeat(254 - 1 - domain.length)}@${domain}`
    expect(at254).toHaveLength(254)
    expect(validateEmail(at254)).toEqual([])
    expect(validateEmail(`x${at254}`)).toEqual([{ field: 'contactEmail', code: 'tooLong', params: { max: 254 } }])
  })

  it('refuses a domain label longer than 63 characters', () => {
    expect(validateEmail(`x@${'a'.repeat(63)}.fr`)).toEqual([])
    expect(validateEmail(`x@${'a'.repeat(64)}.fr`)).toEqual([{ field: 'contactEmail', code: 'invalidEmail' }])
  })

  it('names the field it is asked to', () => {
    expect(validateEmail('nope', 'billingEmail')).toEqual([{ field: 'billingEmail', code: 'invalidEmail' }])
  })
})

describe('validatePhone', () => {
  it.each([
    '',
    '   ',
    '+33 1 23 45 67 89',
    '01 23 45 67 89',
    '01.23.45.67.89',
    '+1 (425) 882-8080',
    '+33 (0)1 23 45 67 89',
    '123456',
  ])('accepts %j (it is optional)', value => {
    expect(validatePhone(value)).toEqual([])
  })

  it.each([
    '12345',
    'call me',
    '+33 1 23 45 67 89 ext. 12',
    '01-23-45-67-89-01-23-4',
    '++33123456789',
    '33+123456789',
    '------',
    '(  ) - .',
    '12 - 34 - 5',
  ])('refuses %j', value => {
    expect(validatePhone(value)).toEqual([{ field: 'contactPhone', code: 'invalidPhone' }])
  })
})

describe('validateDomainPrefix', () => {
  it.each(['contoso', 'contoso-ltd', 'societe-generale-2010', 'a', '3com', 'x1', 'a-b-c'])('accepts %j', value => {
    expect(validateDomainPrefix(value, NONE)).toEqual([])
  })

  it('ignores surrounding spaces', () => {
    expect(validateDomainPrefix('  contoso ', NONE)).toEqual([])
  })

  it('requires a prefix', () => {
    expect(validateDomainPrefix('', NONE)).toEqual([{ field: 'domainPrefix', code: 'required' }])
    expect(validateDomainPrefix('   ', NONE)).toEqual([{ field: 'domainPrefix', code: 'required' }])
  })

  it('accepts a 63-character DNS label and refuses 64', () => {
    expect(DNS_LABEL_MAX).toBe(63)
    expect(validateDomainPrefix('a'.repeat(63), NONE)).toEqual([])
    expect(validateDomainPrefix('a'.repeat(64), NONE)).toEqual([
      { field: 'domainPrefix', code: 'tooLong', params: { max: 63 } },
    ])
  })

  it('refuses upper case, suggesting the lower-case prefix', () => {
    expect(validateDomainPrefix('Contoso', NONE)).toEqual([
      { field: 'domainPrefix', code: 'uppercase', params: { suggestion: 'contoso' } },
    ])
    expect(validateDomainPrefix('CONTOSO-LTD', NONE)).toEqual([
      { field: 'domainPrefix', code: 'uppercase', params: { suggestion: 'contoso-ltd' } },
    ])
  })

  it('suggests no lower-case prefix that would be refused in turn', () => {
    expect(validateDomainPrefix('Contoso_Ltd', NONE)).toEqual([{ field: 'domainPrefix', code: 'invalidCharacters' }])
    expect(validateDomainPrefix('-Contoso', NONE)).toEqual([{ field: 'domainPrefix', code: 'hyphenAtEdge' }])
    // DNS ignores case, so "Contoso" is the same domain as a taken "contoso".
    expect(validateDomainPrefix('Contoso', new Set(['contoso']))).toEqual([
      { field: 'domainPrefix', code: 'taken', params: { prefix: 'contoso' } },
    ])
  })

  it.each(['contoso_ltd', 'contoso.fr', 'contoso ltd', 'société', 'contoso!', 'con/toso', '<img>', 'contoso@fr'])(
    'refuses %j: invalid characters',
    value => {
      expect(validateDomainPrefix(value, NONE)).toEqual([{ field: 'domainPrefix', code: 'invalidCharacters' }])
    },
  )

  it.each(['-contoso', 'contoso-', '-', '--'])('refuses %j: hyphen at an edge', value => {
    expect(validateDomainPrefix(value, NONE)).toEqual([{ field: 'domainPrefix', code: 'hyphenAtEdge' }])
  })

  it('accepts inner double hyphens', () => {
    expect(validateDomainPrefix('contoso--ltd', NONE)).toEqual([])
  })

  it.each(['2010', '0', '12345678'])('refuses %j: all digits', value => {
    expect(validateDomainPrefix(value, NONE)).toEqual([{ field: 'domainPrefix', code: 'allDigits' }])
  })

  it('refuses a prefix another tenant has, naming it', () => {
    const taken = new Set(['contoso', 'fabrikam'])
    expect(validateDomainPrefix('contoso', taken)).toEqual([
      { field: 'domainPrefix', code: 'taken', params: { prefix: 'contoso' } },
    ])
    expect(validateDomainPrefix(' fabrikam ', taken)).toEqual([
      { field: 'domainPrefix', code: 'taken', params: { prefix: 'fabrikam' } },
    ])
    expect(validateDomainPrefix('contoso2', taken)).toEqual([])
  })
})

describe('isDomainName and isEmailAddress', () => {
  it.each(['fournisseur.fr', 'mail.boulangerie-dupre.fr', 'a.co', 'xn--crperie-dya.fr'])(
    'accept the domain %s',
    value => {
      expect(isDomainName(value)).toBe(true)
    },
  )

  it.each([
    'fournisseur',
    '-fournisseur.fr',
    'fournisseur-.fr',
    'four nisseur.fr',
    'fournisseur.f',
    'fournisseur.123',
    'fournisseur..fr',
    `${'a'.repeat(64)}.fr`,
  ])('refuse the domain %j', value => {
    expect(isDomainName(value)).toBe(false)
  })

  it.each(['commandes@fournisseur.fr', 'jean.marc+factures@dupre-boulangerie.fr', "o'neil@example.ie"])(
    'accept the address %s',
    value => {
      expect(isEmailAddress(value)).toBe(true)
    },
  )

  it.each([
    '@fournisseur.fr',
    'commandes@',
    'a@b@fournisseur.fr',
    '.commandes@fournisseur.fr',
    'com..mandes@fournisseur.fr',
    'com mandes@fournisseur.fr',
    'commandes@fournisseur',
    `${'a'.repeat(65)}@fournisseur.fr`,
  ])('refuse the address %j', value => {
    expect(isEmailAddress(value)).toBe(false)
  })
})
