import { describe, expect, it } from 'vitest'
import { customerRequest, splitContactName } from './customerMapping'

describe('the customer Partner Center creates', () => {
  it('splits the contact into first and last names, the last word the family name', () => {
    expect(splitContactName('  Élodie  Dupré ')).toEqual({ firstName: 'Élodie', lastName: 'Dupré' })
    expect(splitContactName('Jean Marc de La Tour')).toEqual({ firstName: 'Jean Marc de La', lastName: 'Tour' })
    expect(splitContactName('Camille')).toEqual({ firstName: 'Camille', lastName: 'Camille' })
  })

  it('names the initial domain under onmicrosoft.com and the culture from language and country', () => {
    const request = customerRequest({
      companyName: ' Café Lyon ',
      contactName: 'Ana Lima',
      contactEmail: 'ana@cafe.fr ',
      contactPhone: '',
      country: 'BE',
      language: 'nl',
      domainPrefix: ' cafe-lyon ',
      lines: [],
      billing: 'paid',
    })
    expect(request.companyProfile.domain).toBe('cafe-lyon.onmicrosoft.com')
    expect(request.billingProfile).toMatchObject({
      companyName: 'Café Lyon',
      email: 'ana@cafe.fr',
      culture: 'nl-BE',
      language: 'nl',
    })
  })
})
