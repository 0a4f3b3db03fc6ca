import type { Tenant, TenantDomain } from '@/domain/tenant/tenant'
import type { DomainRepository } from '../backend'
import type { ActivityDraft } from '../records/activity'
import type { LocalContext } from './context'
import Dexie from 'dexie'
import {
  findDomain,
  validateCustomDomain,
  validateDefaultDomain,
  validateDomainRemoval,
  verificationRecord,
} from '@/domain/tenant/domains'
import { mailRecords } from '@/domain/tenant/dnsRecords'
import { BackendError } from '../backend'
import { refuseInvalid } from '../records/checks'

/** The domains as they become and the activity entry that says so; null when nothing changes. */
type DomainWrite = {
  readonly domains: readonly TenantDomain[]
  readonly activity: Omit<ActivityDraft, 'area' | 'tenant'>
} | null

function domainOf(tenant: Tenant, name: string): TenantDomain {
  const domain = findDomain(tenant, name.trim())
  if (!domain) throw new BackendError('notFound', `${tenant.companyName} has no domain ${name}`)
  return domain
}

/** Every domain write is a console write: a Deskless-only tenant is refused `consoleUnavailable`. */
export function createDomainRepository(context: LocalContext): DomainRepository {
  const { db, run } = context

  function write(
    operation: string,
    tenantId: string,
    change: (tenant: Tenant) => Promise<DomainWrite>,
  ): Promise<Tenant> {
    return run(operation, () =>
      db.transaction('rw', [db.tenants, db.subscriptions, db.users, db.activity, db.meta], async () => {
        const { tenant } = await context.loadConsoleTenant(tenantId)
        const written = await change(tenant)
        if (!written) return tenant
        await db.tenants.update(tenantId, { domains: written.domains })
        await context.log({ ...written.activity, area: 'domain', tenant }, context.now())
        return (await context.loadTenant(tenantId)).tenant
      }),
    )
  }

  return {
    // Derived from the tenant and the name, so it reads the same after a reload or in another tab.
    verificationRecord: async (tenantId, name) => verificationRecord(tenantId, name.trim()),

    // The demo is BPOS: mail went through Forefront Online Protection for Exchange.
    mailRecords: async (_tenantId, name) => mailRecords(name.trim(), 'bpos'),

    add: (tenantId, name) =>
      write('add the domain', tenantId, async tenant => {
        // Read inside the transaction, so a name added in another tab meanwhile is still refused.
        const taken = new Set((await db.tenants.toArray()).flatMap(record => record.domains.map(domain => domain.name)))
        refuseInvalid(validateCustomDomain(name, taken), 'The domain name breaks a rule')
        const added: TenantDomain = { name: name.trim(), isInitial: false, isDefault: false, verified: false }
        return {
          domains: [...tenant.domains, added],
          activity: { action: 'domain.added', details: { domain: added.name } },
        }
      }),

    verify: (tenantId, name) =>
      write('verify the domain', tenantId, async tenant => {
        const domain = domainOf(tenant, name)
        if (domain.verified) return null
        return {
          domains: tenant.domains.map(d => (d === domain ? { ...d, verified: true } : d)),
          activity: {
            action: 'domain.verified',
            details: { domain: domain.name },
            changes: [{ field: 'verified', before: false, after: true }],
          },
        }
      }),

    setDefault: (tenantId, name) =>
      write('change the default domain', tenantId, async tenant => {
        const domain = domainOf(tenant, name)
        refuseInvalid(validateDefaultDomain(domain), 'Only a verified domain can be the default')
        if (domain.isDefault) return null
        // Logged as `isDefault` (the log reads it "Default domain"), from the previous default's name to this one's.
        const previous = tenant.domains.find(d => d.isDefault)?.name ?? null
        return {
          domains: tenant.domains.map(d => ({ ...d, isDefault: d === domain })),
          activity: {
            action: 'domain.defaultChanged',
            details: { domain: domain.name },
            changes: [{ field: 'isDefault', before: previous, after: domain.name }],
          },
        }
      }),

    remove: (tenantId, name) =>
      write('remove the domain', tenantId, async tenant => {
        const domain = domainOf(tenant, name)
        const users = await db.users
          .where('[tenantId+domain+alias]')
          .between([tenantId, domain.name, Dexie.minKey], [tenantId, domain.name, Dexie.maxKey])
          .count()
        refuseInvalid(validateDomainRemoval(domain, users), 'This domain cannot be removed')
        return {
          domains: tenant.domains.filter(d => d !== domain),
          activity: { action: 'domain.removed', details: { domain: domain.name } },
        }
      }),
  }
}
