import type { Subscription, Tenant } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import {
  distributionListAddress,
  mailObjectsAvailability,
  uniqueMembers,
  validateDistributionList,
  validateListAlias,
  validateMailContact,
} from './exchange'

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

const NONE: ReadonlySet<string> = new Set()

describe('validateListAlias', () => {
  it('accepts a local part and compares it in lower case', () => {
    expect(validateListAlias('Equipe.Matin', NONE)).toEqual([])
    expect(validateListAlias('commandes_pro-2025', NONE)).toEqual([])
  })

  it('requires an alias of at most 64 characters', () => {
    expect(validateListAlias('  ', NONE)).toEqual([{ field: 'listAlias', code: 'required' }])
    expect(validateListAlias('a'.repeat(64), NONE)).toEqual([])
    expect(validateListAlias('a'.repeat(65), NONE)).toEqual([
      { field: 'listAlias', code: 'tooLong', params: { max: 64 } },
    ])
  })

  it.each(['équipe', 'equipe matin', 'equipe@matin', 'equipe(matin)'])(
    "refuses characters an address can't hold (%j)",
    alias => {
      expect(validateListAlias(alias, NONE)).toEqual([{ field: 'listAlias', code: 'invalidCharacters' }])
    },
  )

  it.each(['.equipe', 'equipe.', 'equipe..matin'])('keeps dots between characters (%j)', alias => {
    expect(validateListAlias(alias, NONE)).toEqual([{ field: 'listAlias', code: 'misplacedDot' }])
  })

  it('refuses an alias another list or a mailbox already uses', () => {
    expect(validateListAlias('Direction', new Set(['direction']))).toEqual([
      { field: 'listAlias', code: 'taken', params: { alias: 'direction' } },
    ])
  })
})

describe('validateDistributionList', () => {
  const context = { takenAliases: new Set(['direction']), userIds: new Set(['u1', 'u2']) }

  it("accepts a named list with an alias and members among the tenant's users", () => {
    expect(
      validateDistributionList(
        { displayName: 'Équipe du matin', alias: 'equipe-matin', memberIds: ['u1', 'u2'] },
        context,
      ),
    ).toEqual([])
    expect(validateDistributionList({ displayName: 'Vide', alias: 'vide', memberIds: [] }, context)).toEqual([])
  })

  it('says every problem at once: name, alias and a member from elsewhere', () => {
    expect(
      validateDistributionList({ displayName: ' ', alias: 'direction', memberIds: ['u1', 'someone-else'] }, context),
    ).toEqual([
      { field: 'listName', code: 'required' },
      { field: 'listAlias', code: 'taken', params: { alias: 'direction' } },
      { field: 'listMembers', code: 'unknown', params: { value: 'someone-else' } },
    ])
  })

  it('keeps the name to 64 characters', () => {
    expect(validateDistributionList({ displayName: 'é'.repeat(65), alias: 'x', memberIds: [] }, context)).toEqual([
      { field: 'listName', code: 'tooLong', params: { max: 64 } },
    ])
  })

  it('counts a member chosen twice once', () => {
    expect(uniqueMembers(['u2', 'u1', 'u2'])).toEqual(['u2', 'u1'])
  })
})

describe('distributionListAddress', () => {
  it("puts the alias on the tenant's default domain", () => {
    const tenant = {
      domains: [
        { name: 'boulangerie-dupre.microsoftonline.com', isInitial: true, isDefault: false, verified: true },
        { name: 'dupre-boulangerie.fr', isInitial: false, isDefault: true, verified: true },
      ],
    } as unknown as Tenant
    expect(distributionListAddress({ alias: 'commandes' }, tenant)).toBe('commandes@dupre-boulangerie.fr')
  })
})

describe('validateMailContact', () => {
  const context = {
    contactEmails: new Set(['compta@cabinet-roux.fr']),
    tenantDomains: ['dupre-boulangerie.fr', 'boulangerie-dupre.microsoftonline.com'],
  }

  it('accepts an outside person with a name and an address', () => {
    expect(
      validateMailContact({ displayName: 'Minoterie Girard', email: 'Commandes@Minoterie-Girard.fr' }, context),
    ).toEqual([])
  })

  it('requires a name and an address', () => {
    expect(validateMailContact({ displayName: '', email: '' }, context)).toEqual([
      { field: 'mailContactName', code: 'required' },
      { field: 'mailContactEmail', code: 'required' },
    ])
  })

  it("refuses an address that isn't one", () => {
    expect(validateMailContact({ displayName: 'Girard', email: 'girard.fr' }, context)).toEqual([
      { field: 'mailContactEmail', code: 'invalidEmail' },
    ])
  })

  it("refuses an address on the tenant's own domains: that person has a mailbox", () => {
    expect(validateMailContact({ displayName: 'Marc', email: 'marc@dupre-boulangerie.fr' }, context)).toEqual([
      { field: 'mailContactEmail', code: 'internalAddress', params: { domain: 'dupre-boulangerie.fr' } },
    ])
  })

  it('refuses a second contact with the same address, whatever its case', () => {
    expect(validateMailContact({ displayName: 'Cabinet Roux', email: 'COMPTA@cabinet-roux.fr' }, context)).toEqual([
      { field: 'mailContactEmail', code: 'taken', params: { email: 'compta@cabinet-roux.fr' } },
    ])
  })
})

describe('mailObjectsAvailability', () => {
  it('comes with any Exchange offer on a tenant with the console', () => {
    expect(mailObjectsAvailability([subscription('exchange-online')], today)).toEqual({ available: true })
    expect(mailObjectsAvailability([subscription('sharepoint-online')], today)).toMatchObject({
      available: false,
      reason: 'notInOffers',
    })
  })
})
