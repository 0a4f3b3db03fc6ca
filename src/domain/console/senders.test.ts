import type { Subscription } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import { normalizeSender, senderListAvailability, validateSenderEntry } from './senders'

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
