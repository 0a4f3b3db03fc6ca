import { describe, expect, it } from 'vitest'
import { TRIAL_MAX_SEATS } from '@/domain/catalogue'
import { addDays } from '@/domain/dates'
import { consoleAccess, tenantStatus } from '@/domain/tenant/policy'
import { PROVISIONING_COUNTRIES, TENANT_LANGUAGES, validateSeats } from '@/domain/tenant/provisioning'
import { initialDomainPrefix, primaryDomain } from '@/domain/tenant/tenant'
import {
  validateCompanyName,
  validateContactName,
  validateDomainPrefix,
  validateEmail,
  validatePhone,
} from '@/domain/validation'
import { demoActivity, demoPartner, demoTenants } from './seed'

const today = '2025-03-10'
const tenants = demoTenants(today)
const byId = new Map(tenants.map(t => [t.tenant.id, t]))

describe('demoTenants', () => {
  it('gives the same data for the same date', () => {
    expect(demoTenants(today)).toEqual(tenants)
    expect(demoActivity(demoTenants(today))).toEqual(demoActivity(tenants))
  })

  it('moves its dates with today, keeping the offsets', () => {
    const later = demoTenants(addDays(today, 7))
    expect(later.map(t => t.tenant.id)).toEqual(tenants.map(t => t.tenant.id))
    expect(later[0]?.subscriptions[0]?.startedOn).toBe(addDays(tenants[0]!.subscriptions[0]!.startedOn, 7))
  })

  it('holds about a dozen French small businesses of 10 to 250 seats', () => {
    expect(tenants).toHaveLength(12)
    expect(byId.get('tenant-dupre')?.tenant.companyName).toBe('Boulangerie Dupré & Fils')
    for (const { tenant, subscriptions } of tenants) {
      const live = subscriptions.filter(s => s.state !== 'cancelled').reduce((total, s) => total + s.seats, 0)
      expect(live, tenant.id).toBeGreaterThanOrEqual(10)
      expect(live, tenant.id).toBeLessThanOrEqual(250)
      expect(tenant.language).toBe('fr')
    }
    expect(tenants.filter(t => t.tenant.country === 'FR')).toHaveLength(10)
    expect(tenants.filter(t => t.tenant.country === 'BE')).toHaveLength(1)
    expect(tenants.filter(t => t.tenant.country === 'CH')).toHaveLength(1)
    expect(primaryDomain(byId.get('tenant-dupre')!.tenant)).toBe('dupre-boulangerie.fr')
  })

  it('passes the domain rules the console keeps for tenants it creates', () => {
    const seen = new Set<string>()
    for (const { tenant, subscriptions } of tenants) {
      const prefix = initialDomainPrefix(tenant)
      expect(
        [
          ...validateCompanyName(tenant.companyName),
          ...validateContactName(tenant.contact.name),
          ...validateEmail(tenant.contact.email),
          ...validatePhone(tenant.contact.phone),
          ...validateDomainPrefix(prefix, seen),
          ...subscriptions.flatMap(s => validateSeats(s, s.state === 'trial' ? 'trial' : 'paid')),
        ],
        tenant.id,
      ).toEqual([])
      expect(PROVISIONING_COUNTRIES).toContain(tenant.country)
      expect(TENANT_LANGUAGES).toContain(tenant.language)
      expect(tenant.domains.filter(d => d.isInitial)).toHaveLength(1)
      expect(tenant.domains.filter(d => d.isDefault)).toHaveLength(1)
      for (const s of subscriptions) {
        expect(s.assignedSeats).toBeLessThanOrEqual(s.seats)
        expect(s.tenantId).toBe(tenant.id)
      }
      seen.add(prefix)
    }
  })

  it('mixes offers and states: deskless-only, stand-alone, trials, an expired trial, a cancellation', () => {
    const desklessOnly = tenants.filter(t => {
      const access = consoleAccess(t.subscriptions, today)
      return !access.available && access.reason === 'desklessOnly'
    })
    expect(desklessOnly.map(t => t.tenant.id)).toEqual(['tenant-ecrins', 'tenant-gresivaudan', 'tenant-nira'])

    const statuses = tenants.map(t => [t.tenant.id, tenantStatus(t.subscriptions, today)])
    expect(statuses.filter(([, status]) => status === 'trial').map(([id]) => id)).toEqual([
      'tenant-vieux-moulin',
      'tenant-aubert-nguyen',
    ])
    expect(statuses.filter(([, status]) => status === 'trialExpired').map(([id]) => id)).toEqual(['tenant-lefevre'])

    for (const id of ['tenant-vieux-moulin', 'tenant-aubert-nguyen']) {
      for (const s of byId.get(id)!.subscriptions) {
        expect(s.trialEndsOn).toBe(addDays(s.startedOn, 29))
        expect(s.trialEndsOn! >= today && s.trialEndsOn! <= addDays(today, 30)).toBe(true)
        expect(s.seats).toBeLessThanOrEqual(TRIAL_MAX_SEATS)
      }
    }

    const sni = byId.get('tenant-sni')!.subscriptions
    expect(sni.filter(s => s.state === 'cancelled').map(s => s.offerId)).toEqual(['live-meeting'])
    expect(tenantStatus(sni, today)).toBe('active')
    expect(byId.get('tenant-saint-gilles')!.subscriptions.map(s => s.offerId)).toEqual([
      'exchange-online',
      'sharepoint-online',
    ])
    expect(tenants.filter(t => t.subscriptions.some(s => s.offerId === 'standard-suite')).length).toBeGreaterThan(
      tenants.length / 2,
    )
  })

  it('logs one provisioning per tenant at its creation, oldest first', () => {
    const activity = demoActivity(tenants)
    expect(activity).toHaveLength(tenants.length)
    expect(activity.every(e => e.action === 'tenant.provisioned' && e.actor === demoPartner.actor)).toBe(true)
    expect(activity.map(e => e.at)).toEqual([...activity.map(e => e.at)].sort())
    expect(activity.find(e => e.tenantId === 'tenant-lemoine')?.details).toEqual({
      companyName: 'Transports Lemoine',
      offers: 'standard-suite',
      seats: 25,
    })
  })
})
