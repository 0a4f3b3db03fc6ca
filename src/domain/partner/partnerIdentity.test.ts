import type { PartnerIdentity } from './partnerIdentity'
import { describe, expect, it } from 'vitest'
import { isSiret, isVatNumber, normalizePartnerIdentity, readDataUrl, validatePartnerIdentity } from './partnerIdentity'

const alpine: PartnerIdentity = {
  legalName: 'Alpine Conseil Informatique SARL',
  address: '12 rue des Alpes\n38000 Grenoble',
  country: 'FR',
  registrationNumber: '732 829 320 00074',
  vatNumber: 'FR 44 732829320',
  phone: '+33 4 76 00 00 00',
  email: 'contact@alpine-conseil.fr',
  logo: null,
}

const fields = (identity: PartnerIdentity) => validatePartnerIdentity(identity).map(i => `${i.field}:${i.code}`)

describe('partner identity', () => {
  it('takes a French partner with its SIRET and VAT number', () => {
    expect(fields(alpine)).toEqual([])
  })

  it('checks a SIRET by INSEE key, spaces allowed', () => {
    expect(isSiret('73282932000074')).toBe(true)
    expect(isSiret('73282932000075')).toBe(false)
    expect(isSiret('7328293200007')).toBe(false)
    expect(fields({ ...alpine, registrationNumber: '123' })).toEqual(['registrationNumber:invalidSiret'])
  })

  it("takes another country's company number as written", () => {
    expect(fields({ ...alpine, country: 'DE', registrationNumber: 'HRB 12345', vatNumber: 'DE123456789' })).toEqual([])
  })

  it('checks the VAT number against the country', () => {
    expect(isVatNumber('FR44732829320', 'FR')).toBe(true)
    expect(isVatNumber('DE123456789', 'FR')).toBe(false)
    expect(isVatNumber('EL123456789', 'GR')).toBe(true)
    expect(fields({ ...alpine, vatNumber: 'FR12' })).toEqual(['vatNumber:invalidVatNumber'])
  })

  it('asks for a name, an address, a phone and an e-mail', () => {
    expect(fields({ ...alpine, legalName: ' ', address: '', phone: '', email: '' })).toEqual([
      'legalName:required',
      'address:required',
      'phone:required',
      'email:required',
    ])
  })

  it('takes a small PNG logo and refuses a large one or another format', () => {
    const png = `data:image/png;base64,${btoa('x'.repeat(300))}`
    expect(readDataUrl(png)).toEqual({ type: 'image/png', bytes: 300 })
    expect(fields({ ...alpine, logo: png })).toEqual([])
    expect(fields({ ...alpine, logo: `data:image/png;base64,${btoa('x'.repeat(40_001))}` })).toEqual([
      'logo:fileTooLarge',
    ])
    expect(fields({ ...alpine, logo: `data:image/svg+xml;base64,${btoa('<svg/>')}` })).toEqual(['logo:invalidImage'])
    expect(fields({ ...alpine, logo: 'javascript:alert(1)' })).toEqual(['logo:invalidImage'])
  })

  it('stores the VAT number compact and the address line by line', () => {
    const stored = normalizePartnerIdentity({ ...alpine, address: ' 12 rue des Alpes \n\n 38000 Grenoble ' })
    expect(stored.vatNumber).toBe('FR44732829320')
    expect(stored.address).toBe('12 rue des Alpes\n38000 Grenoble')
  })
})
