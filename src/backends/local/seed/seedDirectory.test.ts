import { describe, expect, it } from 'vitest'
import { validateDistributionList, validateListAlias, validateMailContact } from '@/domain/console/exchange'
import { validateSenderEntry } from '@/domain/console/senders'
import { storageAllotmentMb, validateSite } from '@/domain/console/sharePoint'
import { tenantFeatures } from '@/domain/tenant/policy'
import { demoTenants } from './seed'
import { demoDirectory } from './seedDirectory'
import { demoUsers } from './seedUsers'

const today = '2025-03-10'
const tenants = demoTenants(today)
const directory = demoDirectory(tenants)

describe('demoDirectory', () => {
  it('gives the same objects for the same date', () => {
    expect(demoDirectory(demoTenants(today))).toEqual(directory)
  })

  it('gives every tenant with SharePoint Online a few sites, each within the rules and the storage', () => {
    for (const { tenant, subscriptions } of tenants) {
      const sites = directory.sites.filter(site => site.tenantId === tenant.id)
      if (!tenantFeatures(subscriptions, today).has('sharepoint.sites')) {
        expect(sites, tenant.id).toEqual([])
        continue
      }
      expect(sites.length, tenant.id).toBeGreaterThan(0)
      let leftMb = storageAllotmentMb(subscriptions, today)
      const takenPaths = new Set<string>()
      for (const site of sites) {
        expect(validateSite(site, { takenPaths, leftMb }), site.id).toEqual([])
        expect(site.usedMb).toBeLessThanOrEqual(site.quotaMb)
        expect(site.createdAt <= `${today}T23:59:59Z`).toBe(true)
        leftMb -= site.quotaMb
        takenPaths.add(site.path)
      }
    }
  })

  it('seeds sender lists, distribution lists and contacts that pass the rules, for tenants with Exchange', () => {
    const byTenant = new Map(tenants.map(seeded => [seeded.tenant.id, seeded]))
    for (const tenantId of new Set(directory.senders.map(entry => entry.tenantId))) {
      expect(tenantFeatures(byTenant.get(tenantId)!.subscriptions, today).has('exchange.filtering')).toBe(true)
      const earlier: { list: 'safe' | 'blocked'; value: string }[] = []
      for (const entry of directory.senders.filter(e => e.tenantId === tenantId)) {
        expect(validateSenderEntry(entry.value, entry.list, earlier), entry.id).toEqual([])
        earlier.push(entry)
      }
    }
    const users = demoUsers(tenants)
    const aliases = new Set<string>()
    for (const list of directory.distributionLists) {
      const tenantUsers = users.filter(user => user.tenantId === list.tenantId)
      expect(
        validateListAlias(list.alias, new Set([...aliases, ...tenantUsers.map(user => user.alias)])),
        list.id,
      ).toEqual([])
      expect(
        validateDistributionList(list, { takenAliases: aliases, userIds: new Set(tenantUsers.map(user => user.id)) }),
        list.id,
      ).toEqual([])
      expect(list.memberIds.length, list.id).toBeGreaterThan(0)
      aliases.add(list.alias)
    }
    for (const contact of directory.contacts) {
      const { tenant } = byTenant.get(contact.tenantId)!
      expect(
        validateMailContact(contact, { contactEmails: new Set(), tenantDomains: tenant.domains.map(d => d.name) }),
        contact.id,
      ).toEqual([])
    }
    expect(new Set(directory.senders.map(e => e.tenantId)).size).toBeGreaterThanOrEqual(2)
    expect(new Set(directory.contacts.map(c => c.tenantId)).size).toBeGreaterThanOrEqual(2)
  })
})
