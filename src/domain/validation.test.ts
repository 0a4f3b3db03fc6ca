import type { ProvisionRequest } from './provisioning'
import { describe, expect, it } from 'vitest'
import {
  COMPANY_NAME_MAX,
  CONTACT_NAME_MAX,
  DNS_LABEL_MAX,
  EMAIL_MAX,
  validateCompanyName,
  validateContactName,
  validateDomainPrefix,
  validateEmail,
  validateOfferLines,
  validatePhone,
  validateProvisionRequest,
  validateSeats,
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

describe('validateSeats', () => {
  const standard = (seats: number) => ({ offerId: 'standard-suite' as const, seats })

  it('accepts the minimum, 45 seats and the maximum, when paid', () => {
    expect(validateSeats(standard(5), 'paid')).toEqual([])
    expect(validateSeats(standard(45), 'paid')).toEqual([])
    expect(validateSeats(standard(10_000), 'paid')).toEqual([])
  })

  it('requires a number: a blank field arrives as NaN or an empty string', () => {
    expect(validateSeats(standard(Number.NaN), 'paid')).toEqual([{ field: 'seats.standard-suite', code: 'required' }])
    expect(validateSeats(standard('' as unknown as number), 'paid')).toEqual([
      { field: 'seats.standard-suite', code: 'required' },
    ])
    expect(validateSeats(standard(Number.POSITIVE_INFINITY), 'paid')).toEqual([
      { field: 'seats.standard-suite', code: 'required' },
    ])
  })

  it('refuses a fraction of a seat', () => {
    expect(validateSeats(standard(5.5), 'paid')).toEqual([{ field: 'seats.standard-suite', code: 'notWholeNumber' }])
  })

  it('refuses fewer than 5 seats, naming the minimum', () => {
    expect(validateSeats(standard(4), 'paid')).toEqual([
      { field: 'seats.standard-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
    expect(validateSeats(standard(0), 'paid')).toEqual([
      { field: 'seats.standard-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
    expect(validateSeats(standard(-5), 'trial')).toEqual([
      { field: 'seats.standard-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
  })

  it('refuses more than 10,000 seats', () => {
    expect(validateSeats(standard(10_001), 'paid')).toEqual([
      { field: 'seats.standard-suite', code: 'aboveMaximum', params: { max: 10_000 } },
    ])
  })

  it('allows 20 licences on a trial, not 21', () => {
    expect(validateSeats(standard(20), 'trial')).toEqual([])
    expect(validateSeats(standard(21), 'trial')).toEqual([
      { field: 'seats.standard-suite', code: 'aboveTrialMaximum', params: { max: 20 } },
    ])
    expect(validateSeats(standard(21), 'paid')).toEqual([])
  })

  it('names the offer in the field', () => {
    expect(validateSeats({ offerId: 'deskless-suite', seats: 3 }, 'paid')).toEqual([
      { field: 'seats.deskless-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
  })

  it('refuses an unknown offer', () => {
    expect(validateSeats({ offerId: 'office-365-e3' as 'standard-suite', seats: 10 }, 'paid')).toEqual([
      { field: 'offers', code: 'unknown', params: { value: 'office-365-e3' } },
    ])
  })
})

describe('validateOfferLines', () => {
  it('requires an offer', () => {
    expect(validateOfferLines([], 'paid')).toEqual([{ field: 'offers', code: 'noOffer' }])
  })

  it('accepts several different offers', () => {
    expect(
      validateOfferLines(
        [
          { offerId: 'standard-suite', seats: 40 },
          { offerId: 'deskless-suite', seats: 5 },
        ],
        'paid',
      ),
    ).toEqual([])
  })

  it('refuses the same offer twice, once per repeat', () => {
    expect(
      validateOfferLines(
        [
          { offerId: 'standard-suite', seats: 10 },
          { offerId: 'standard-suite', seats: 10 },
          { offerId: 'deskless-suite', seats: 10 },
          { offerId: 'standard-suite', seats: 10 },
        ],
        'paid',
      ),
    ).toEqual([
      { field: 'offers', code: 'duplicateOffer', params: { value: 'standard-suite' } },
      { field: 'offers', code: 'duplicateOffer', params: { value: 'standard-suite' } },
    ])
  })

  it('checks the seats of every line', () => {
    expect(
      validateOfferLines(
        [
          { offerId: 'standard-suite', seats: 25 },
          { offerId: 'deskless-suite', seats: 4 },
          { offerId: 'live-meeting', seats: 10 },
        ],
        'trial',
      ),
    ).toEqual([
      { field: 'seats.standard-suite', code: 'aboveTrialMaximum', params: { max: 20 } },
      { field: 'seats.deskless-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
  })
})

describe('validateProvisionRequest', () => {
  const request: ProvisionRequest = {
    companyName: 'Société Générale de Plomberie',
    contactName: 'Élodie Martin',
    contactEmail: 'elodie.martin@sgp.fr',
    contactPhone: '+33 1 23 45 67 89',
    country: 'FR',
    language: 'fr',
    domainPrefix: 'sgp',
    lines: [{ offerId: 'standard-suite', seats: 45 }],
    billing: 'paid',
  }

  it('accepts a complete request', () => {
    expect(validateProvisionRequest(request, new Set(['contoso']))).toEqual([])
  })

  it('accepts a trial of 20 licences without a phone', () => {
    expect(
      validateProvisionRequest(
        { ...request, contactPhone: '', billing: 'trial', lines: [{ offerId: 'standard-suite', seats: 20 }] },
        NONE,
      ),
    ).toEqual([])
  })

  it('collects every issue at once, in form order', () => {
    expect(
      validateProvisionRequest(
        {
          companyName: ' ',
          contactName: 'Élodie Martin',
          contactEmail: 'elodie@',
          contactPhone: 'tomorrow',
          country: '',
          language: 'xx',
          domainPrefix: 'sgp',
          lines: [
            { offerId: 'standard-suite', seats: 21 },
            { offerId: 'standard-suite', seats: 4 },
          ],
          billing: 'trial',
        },
        new Set(['sgp']),
      ),
    ).toEqual([
      { field: 'companyName', code: 'required' },
      { field: 'contactEmail', code: 'invalidEmail' },
      { field: 'contactPhone', code: 'invalidPhone' },
      { field: 'country', code: 'required' },
      { field: 'language', code: 'unknown', params: { value: 'xx' } },
      { field: 'domainPrefix', code: 'taken', params: { prefix: 'sgp' } },
      { field: 'seats.standard-suite', code: 'aboveTrialMaximum', params: { max: 20 } },
      { field: 'offers', code: 'duplicateOffer', params: { value: 'standard-suite' } },
      { field: 'seats.standard-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
  })

  it('refuses a country and a billing choice it does not offer', () => {
    expect(validateProvisionRequest({ ...request, country: 'JP', billing: 'free' as 'paid' }, NONE)).toEqual([
      { field: 'country', code: 'unknown', params: { value: 'JP' } },
      { field: 'billing', code: 'unknown', params: { value: 'free' } },
    ])
  })

  it('requires an offer', () => {
    expect(validateProvisionRequest({ ...request, lines: [] }, NONE)).toEqual([{ field: 'offers', code: 'noOffer' }])
  })
})
