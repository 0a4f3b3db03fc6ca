// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useActivityChangeText } from './useActivityChangeText'
import { inComponent } from '@/locales/testing'

describe('activityChangeText', () => {
  const en = inComponent(useActivityChangeText, 'en')
  const fr = inComponent(useActivityChangeText, 'fr')

  it('says a setting changed from a value the backend could not read as not known', () => {
    expect(en.change({ field: 'sharepoint.externalSharing', before: null, after: 'off' })).toBe(
      'External sharing: not known → Off: only people in the company',
    )
    expect(fr.change({ field: 'exchange.pop3', before: null, after: false })).toBe('POP3 : inconnu → Désactivé')
  })

  it('names a setting by its label and a switch On or Off', () => {
    expect(en.change({ field: 'communications.federation', before: false, after: true })).toBe(
      'External federation: Off → On',
    )
    expect(fr.change({ field: 'communications.federation', before: true, after: false })).toBe(
      'Fédération externe : Activé → Désactivé',
    )
  })

  it('writes mailbox sizes in MB under a gigabyte, else in GB, as the language writes them', () => {
    expect(en.change({ field: 'exchange.defaultMailboxMb', before: 500, after: 25600 })).toBe(
      'Default mailbox size: 500 MB → 25 GB',
    )
    expect(en.value('mailboxMb', 1536)).toBe('1.5 GB')
    expect(fr.value('exchange.defaultMailboxMb', 1536)).toBe('1,5\u202FGo') // French puts a narrow no-break space before the unit
  })

  it("writes a service's dates as the language writes them, and an empty one as none", () => {
    expect(en.change({ field: 'service.endedOn', before: null, after: '2026-11-26' })).toBe(
      'Ended on: none → Nov 26, 2026',
    )
    expect(fr.change({ field: 'service.deliveredOn', before: null, after: '2026-11-26' })).toBe(
      'Livrée le : aucun → 26 nov. 2026',
    )
  })

  it('names sharing levels and offers', () => {
    expect(en.value('sharepoint.externalSharing', 'off')).toBe('Off: only people in the company')
    expect(en.change({ field: 'offerId', before: 'deskless-suite', after: 'standard-suite' })).toBe(
      'Offer: Deskless Worker Suite → Standard Suite',
    )
    expect(en.change({ field: 'licence', before: null, after: 'deskless-suite' })).toBe(
      'Licence: none → Deskless Worker Suite',
    )
  })

  it("names a service's status, kind and unit", () => {
    expect(en.change({ field: 'service.status', before: 'inProgress', after: 'delivered' })).toBe(
      'Status: In progress → Delivered',
    )
    expect(fr.change({ field: 'service.kind', before: 'training', after: 'mailMigration' })).toBe(
      'Type : Formation → Migration de messagerie',
    )
    expect(en.change({ field: 'service.unit', before: 'days', after: 'hours' })).toBe('Unit: days → hours')
  })

  it("names subscription states, countries, and the other areas' objects", () => {
    expect(en.change({ field: 'state', before: 'trial', after: 'active' })).toBe('State: Trial → Active')
    expect(fr.change({ field: 'usageLocation', before: 'FR', after: 'BE' })).toBe(
      "Pays d'utilisation : France → Belgique",
    )
    expect(en.change({ field: 'services.liveMeeting', before: true, after: false })).toBe('Live Meeting: On → Off')
    expect(en.change({ field: 'exchange.mailboxMb', before: null, after: 2048 })).toBe('Mailbox size: none → 2 GB')
    expect(en.change({ field: 'senders.blocked', before: null, after: 'spam.example' })).toBe(
      'Blocked senders: none → spam.example',
    )
  })

  it("labels other known fields generically, formats numbers, and keeps an unknown field's code", () => {
    expect(en.change({ field: 'seats', before: 1200, after: 1500 })).toBe('Seats: 1,200 → 1,500')
    expect(fr.field('seats')).toBe('Licences')
    expect(en.change({ field: 'displayName', before: 'Lea Roux', after: 'Léa Roux' })).toBe(
      'Display name: Lea Roux → Léa Roux',
    )
    expect(en.change({ field: 'subscriptionId', before: null, after: 'sub-1' })).toBe('subscriptionId: none → sub-1')
  })
})
