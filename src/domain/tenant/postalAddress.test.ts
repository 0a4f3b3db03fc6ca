import { describe, expect, it } from 'vitest'
import { addressLines, validateAgreement, validatePostalAddress } from './postalAddress'
import { TEST_ADDRESS, TEST_AGREEMENT } from './provisioningTesting'

const TODAY = '2026-03-02'

describe('validatePostalAddress', () => {
  it('takes a French address without a second line or a region', () => {
    expect(validatePostalAddress(TEST_ADDRESS, 'FR')).toEqual([])
  })

  it('requires the first line, the city and the postal code, trimmed', () => {
    expect(validatePostalAddress({ ...TEST_ADDRESS, addressLine1: ' ', city: '', postalCode: '  ' }, 'FR')).toEqual([
      { field: 'address.addressLine1', code: 'required' },
      { field: 'address.city', code: 'required' },
      { field: 'address.postalCode', code: 'required' },
    ])
  })

  it('requires a state only where Partner Center checks one: the United States, Canada, China and Mexico', () => {
    const noState = { ...TEST_ADDRESS, postalCode: '98052' }
    expect(validatePostalAddress(noState, 'US')).toEqual([{ field: 'address.state', code: 'required' }])
    expect(validatePostalAddress({ ...noState, postalCode: 'K1A 0B1' }, 'CA')).toEqual([
      { field: 'address.state', code: 'required' },
    ])
    expect(validatePostalAddress({ ...noState, postalCode: '100000' }, 'CN')).toEqual([
      { field: 'address.state', code: 'required' },
    ])
    expect(validatePostalAddress({ ...noState, state: 'WA' }, 'US')).toEqual([])
    expect(validatePostalAddress({ ...TEST_ADDRESS, state: '' }, 'FR')).toEqual([])
  })

  it('keeps each line to 100 characters, the city and the state to 60, counted in characters', () => {
    const accented = 'é'.repeat(100)
    expect(validatePostalAddress({ ...TEST_ADDRESS, addressLine1: accented, addressLine2: accented }, 'FR')).toEqual([])
    expect(
      validatePostalAddress(
        {
          ...TEST_ADDRESS,
          addressLine1: 'a'.repeat(101),
          addressLine2: 'b'.repeat(101),
          city: 'c'.repeat(61),
          state: 's'.repeat(61),
        },
        'FR',
      ),
    ).toEqual([
      { field: 'address.addressLine1', code: 'tooLong', params: { max: 100 } },
      { field: 'address.addressLine2', code: 'tooLong', params: { max: 100 } },
      { field: 'address.city', code: 'tooLong', params: { max: 60 } },
      { field: 'address.state', code: 'tooLong', params: { max: 60 } },
    ])
    expect(validatePostalAddress({ ...TEST_ADDRESS, city: 'c'.repeat(60) }, 'FR')).toEqual([])
  })

  it.each([
    ['FR', '38000', '3800', '75008'],
    ['FR', '38 000', '380000', '75008'],
    ['DE', '10115', '1011', '10115'],
    ['BE', '1000', '10000', '1000'],
    ['CH', '1204', '12045', '1204'],
    ['LU', 'L-1736', 'L-173', '1736'],
    ['MC', '98000', '06000', '98000'],
    ['NL', '1012 ab', '1012', '1012 AB'],
    ['GB', 'SW1A 1AA', 'SW1A', 'SW1A 1AA'],
    ['IE', 'D02 X285', 'D02', 'D02 X285'],
    ['CA', 'k1a 0b1', 'K1A 0D1X', 'K1A 0B1'],
    ['US', '98052-6399', '9805', '98052'],
    ['AT', '1010', '10100', '1010'],
  ])('in %s takes %s and refuses %s, showing %s', (country, good, bad, example) => {
    const address = { ...TEST_ADDRESS, state: 'WA' }
    expect(validatePostalAddress({ ...address, postalCode: good }, country)).toEqual([])
    expect(validatePostalAddress({ ...address, postalCode: bad }, country)).toEqual([
      { field: 'address.postalCode', code: 'invalidPostalCode', params: { example } },
    ])
  })

  it('takes any code of up to 20 characters in a country whose format it does not know', () => {
    expect(validatePostalAddress({ ...TEST_ADDRESS, postalCode: '1'.repeat(20) }, 'PT')).toEqual([])
    expect(validatePostalAddress({ ...TEST_ADDRESS, postalCode: '1'.repeat(21) }, 'PT')).toEqual([
      { field: 'address.postalCode', code: 'tooLong', params: { max: 20 } },
    ])
  })
})

describe('validateAgreement', () => {
  it("takes the contact's names, e-mail and acceptance today, without a phone", () => {
    expect(validateAgreement({ ...TEST_AGREEMENT, dateAgreed: TODAY }, TODAY)).toEqual([])
  })

  it('asks who accepted it, that they did and when, each beside its field', () => {
    expect(
      validateAgreement(
        { firstName: ' ', lastName: '', email: 'elodie@', phone: 'tomorrow', accepted: false, dateAgreed: '' },
        TODAY,
      ),
    ).toEqual([
      { field: 'agreement.firstName', code: 'required' },
      { field: 'agreement.lastName', code: 'required' },
      { field: 'agreement.email', code: 'invalidEmail' },
      { field: 'agreement.phone', code: 'invalidPhone' },
      { field: 'agreement.accepted', code: 'notAccepted' },
      { field: 'agreement.dateAgreed', code: 'required' },
    ])
  })

  it('keeps names to 64 characters', () => {
    expect(
      validateAgreement({ ...TEST_AGREEMENT, firstName: 'é'.repeat(64), lastName: 'x'.repeat(65) }, TODAY),
    ).toEqual([{ field: 'agreement.lastName', code: 'tooLong', params: { max: 64 } }])
  })

  it('refuses a day that is not in the calendar, and one after today', () => {
    expect(validateAgreement({ ...TEST_AGREEMENT, dateAgreed: '2026-02-30' }, TODAY)).toEqual([
      { field: 'agreement.dateAgreed', code: 'invalidDate' },
    ])
    expect(validateAgreement({ ...TEST_AGREEMENT, dateAgreed: '2026-03-03' }, TODAY)).toEqual([
      { field: 'agreement.dateAgreed', code: 'afterToday' },
    ])
    expect(validateAgreement({ ...TEST_AGREEMENT, dateAgreed: TODAY }, TODAY)).toEqual([])
  })
})

describe('addressLines', () => {
  it('writes the street lines, then the postal code and city, then the state, leaving out empty parts', () => {
    expect(addressLines(TEST_ADDRESS)).toEqual(['12 rue des Lilas', '38000 Grenoble'])
    expect(
      addressLines({
        addressLine1: ' 1 Microsoft Way ',
        addressLine2: 'Building 92',
        city: 'Redmond',
        state: 'WA',
        postalCode: '98052',
      }),
    ).toEqual(['1 Microsoft Way', 'Building 92', '98052 Redmond', 'WA'])
  })
})
