import type { ProvisionRequest } from './provisioning'
import { describe, expect, it } from 'vitest'
import { validateOfferLines, validateProvisionRequest, validateSeats } from './provisioning'
import { TEST_ADDRESS, TEST_AGREEMENT } from './provisioningTesting'

const NONE: ReadonlySet<string> = new Set()
const TODAY = '2026-03-02'

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
    address: TEST_ADDRESS,
    agreement: TEST_AGREEMENT,
    language: 'fr',
    domainPrefix: 'sgp',
    lines: [{ offerId: 'standard-suite', seats: 45 }],
    billing: 'paid',
  }

  it('accepts a complete request', () => {
    expect(validateProvisionRequest(request, new Set(['contoso']), TODAY)).toEqual([])
  })

  it('accepts a trial of 20 licences without a phone', () => {
    expect(
      validateProvisionRequest(
        { ...request, contactPhone: '', billing: 'trial', lines: [{ offerId: 'standard-suite', seats: 20 }] },
        NONE,
        TODAY,
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
          address: { ...TEST_ADDRESS, city: '' },
          agreement: { ...TEST_AGREEMENT, accepted: false },
          language: 'xx',
          domainPrefix: 'sgp',
          lines: [
            { offerId: 'standard-suite', seats: 21 },
            { offerId: 'standard-suite', seats: 4 },
          ],
          billing: 'trial',
        },
        new Set(['sgp']),
        TODAY,
      ),
    ).toEqual([
      { field: 'companyName', code: 'required' },
      { field: 'contactEmail', code: 'invalidEmail' },
      { field: 'contactPhone', code: 'invalidPhone' },
      { field: 'country', code: 'required' },
      { field: 'address.city', code: 'required' },
      { field: 'agreement.accepted', code: 'notAccepted' },
      { field: 'language', code: 'unknown', params: { value: 'xx' } },
      { field: 'domainPrefix', code: 'taken', params: { prefix: 'sgp' } },
      { field: 'seats.standard-suite', code: 'aboveTrialMaximum', params: { max: 20 } },
      { field: 'offers', code: 'duplicateOffer', params: { value: 'standard-suite' } },
      { field: 'seats.standard-suite', code: 'belowMinimum', params: { min: 5 } },
    ])
  })

  it('takes any country a quote can name, such as Austria', () => {
    expect(
      validateProvisionRequest(
        { ...request, country: 'AT', address: { ...TEST_ADDRESS, postalCode: '1010' } },
        NONE,
        TODAY,
      ),
    ).toEqual([])
  })

  it('refuses a country and a billing choice it does not offer', () => {
    expect(validateProvisionRequest({ ...request, country: 'EU', billing: 'free' as 'paid' }, NONE, TODAY)).toEqual([
      { field: 'country', code: 'unknown', params: { value: 'EU' } },
      { field: 'billing', code: 'unknown', params: { value: 'free' } },
    ])
  })

  it('requires an offer', () => {
    expect(validateProvisionRequest({ ...request, lines: [] }, NONE, TODAY)).toEqual([
      { field: 'offers', code: 'noOffer' },
    ])
  })
})
