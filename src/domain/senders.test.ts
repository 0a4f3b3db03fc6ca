import type { Subscription } from './tenant'
import { describe, expect, it } from 'vitest'
import { isDomainName, isEmailAddress, normalizeSender, senderListAvailability, validateSenderEntry } from './senders'

const today = '2025-03-10'

function subscription(offerId: Subscription['offerId']): Subscription {
  return {
    id: `sub-${offerId}`,
    tenantId: 't',
    offerId,
    seats: 10,
    assignedSeats: 0,
    state: 'active',
    startedOn: '2024-01-01',
    trialEndsOn: null,
    cancelledOn: null,
  }
}

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

describe('validateSenderEntry', () => {
  const existing = [
    { list: 'safe' as const, value: 'minoterie-girard.fr' },
    { list: 'blocked' as const, value: 'promo@spam-discount.biz' },
  ]

  it('accepts an address or a domain, whatever its case and surrounding spaces', () => {
    expect(validateSenderEntry('  Commandes@Fournisseur.FR ', 'safe', existing)).toEqual([])
    expect(validateSenderEntry('fournisseur.fr', 'blocked', existing)).toEqual([])
    expect(normalizeSender('  Commandes@Fournisseur.FR ')).toBe('commandes@fournisseur.fr')
  })

  it('requires a value', () => {
    expect(validateSenderEntry('   ', 'safe', existing)).toEqual([{ field: 'sender', code: 'required' }])
  })

  it('judges a value with an @ as an address, and one without as a domain', () => {
    expect(validateSenderEntry('commandes@fournisseur', 'safe', existing)).toEqual([
      { field: 'sender', code: 'invalidEmail' },
    ])
    expect(validateSenderEntry('fournisseur', 'safe', existing)).toEqual([{ field: 'sender', code: 'invalidDomain' }])
    expect(validateSenderEntry('*.fournisseur.fr', 'safe', existing)).toEqual([
      { field: 'sender', code: 'invalidDomain' },
    ])
  })

  it('refuses more than 254 characters', () => {
    expect(validateSenderEntry(`${'a'.repeat(250)}.fr.fr`, 'safe', existing)).toEqual([
      { field: 'sender', code: 'tooLong', params: { max: 254 } },
    ])
  })

  it('refuses a sender already on the same list, or on the other one', () => {
    expect(validateSenderEntry('Minoterie-Girard.fr', 'safe', existing)).toEqual([
      { field: 'sender', code: 'alreadyListed', params: { value: 'minoterie-girard.fr' } },
    ])
    expect(validateSenderEntry('minoterie-girard.fr', 'blocked', existing)).toEqual([
      { field: 'sender', code: 'onOtherList', params: { value: 'minoterie-girard.fr' } },
    ])
  })
})

describe('senderListAvailability', () => {
  it('follows spam and virus filtering: a Standard Suite or stand-alone Exchange tenant has the lists', () => {
    expect(senderListAvailability([subscription('standard-suite')], today)).toEqual({ available: true })
    expect(senderListAvailability([subscription('exchange-online')], today)).toEqual({ available: true })
  })

  it('is closed without Exchange, and on a tenant with no console', () => {
    expect(senderListAvailability([subscription('sharepoint-online')], today)).toMatchObject({
      available: false,
      reason: 'notInOffers',
    })
    expect(senderListAvailability([subscription('deskless-suite')], today)).toEqual({
      available: false,
      reason: 'noConsole',
    })
  })
})
