import type { DomainRepository } from '../backend'
import type { GraphContext } from './graphContext'
import type { GraphCollection } from './graphTypes'
import type { Tenant } from '@/domain/tenant/tenant'
import { BackendError } from '../backend'
import { unsupported } from './capabilities'
import { GraphRequestError } from './graphClient'
import { graphCall } from './graphErrors'
import { mailRecords } from '@/domain/tenant/dnsRecords'
import { findDomain, validateCustomDomain } from '@/domain/tenant/domains'

interface GraphDnsRecord {
  readonly recordType: string | null
  readonly label: string
  readonly ttl: number
  readonly text?: string
}

/**
 * Custom domains through Graph's `/domains`: added unverified, their TXT record read from
 * `verificationDnsRecords` (Microsoft chooses its value), verified with `verify`.
 */
export function createDomainRepository(context: GraphContext): DomainRepository {
  const { client } = context
  const as = (tenantId: string) => ({ clientTenantId: tenantId })
  const path = (name: string) => `/domains/${encodeURIComponent(name.trim().toLowerCase())}`

  async function existing(tenantId: string, name: string): Promise<Tenant> {
    const { tenant } = await context.consoleTenant(tenantId)
    if (!findDomain(tenant, name.trim()))
      throw new BackendError('notFound', `${tenant.companyName} has no domain ${name}`)
    return tenant
  }

  return {
    add: async (tenantId, name) => {
      const { tenant } = await context.consoleTenant(tenantId)
      // Graph itself refuses a name another tenant holds; the console checks this tenant's own.
      const issues = validateCustomDomain(name, new Set(tenant.domains.map(domain => domain.name)))
      if (issues.length > 0) throw new BackendError('validation', 'The domain name breaks a rule', issues)
      await graphCall('add the domain', () => client.post(as(tenantId), '/domains', { id: name.trim() }))
      await context.log({ area: 'domain', action: 'domain.added', tenant, details: { domain: name.trim() } })
      return (await context.tenant(tenantId)).tenant
    },

    verificationRecord: async (tenantId, name) => {
      await existing(tenantId, name)
      const { value } = await graphCall("read the domain's DNS record", () =>
        client.get<GraphCollection<GraphDnsRecord>>(as(tenantId), `${path(name)}/verificationDnsRecords`),
      )
      const txt = value.find(record => record.recordType === 'Txt' && record.text)
      if (!txt) throw new BackendError('remote', `Microsoft 365 named no TXT record to verify ${name}`)
      return { type: 'TXT', host: '@', value: txt.text!, ttlSeconds: txt.ttl }
    },

    // Microsoft 365's records follow one documented pattern (the admin center's "Add DNS records" step).
    mailRecords: async (tenantId, name) => {
      await existing(tenantId, name)
      return mailRecords(name.trim(), 'microsoft365')
    },

    verify: async (tenantId, name) => {
      const tenant = await existing(tenantId, name)
      if (findDomain(tenant, name.trim())!.verified) return tenant
      try {
        await client.post(as(tenantId), `${path(name)}/verify`, {})
      } catch (error) {
        // Graph answers 400 while the record isn't published: say so next to the domain.
        if (error instanceof GraphRequestError && error.status === 400)
          throw new BackendError(
            'validation',
            error.message,
            [{ field: 'domainName', code: 'dnsRecordMissing', params: { domain: name } }],
            { cause: error },
          )
        throw await graphCall('verify the domain', () => Promise.reject(error))
      }
      const domain = findDomain(tenant, name.trim())!.name
      await context.log({
        area: 'domain',
        action: 'domain.verified',
        tenant,
        details: { domain },
        changes: [{ field: 'verified', before: false, after: true }],
      })
      return (await context.tenant(tenantId)).tenant
    },

    setDefault: () => unsupported('domains.setDefault'),
    remove: () => unsupported('domains.remove'),
  }
}
