import type { DnsRecord } from '@/domain/tenant/dnsRecords'
import type { VerificationRecord } from '@/domain/tenant/domains'
import type { Tenant } from '@/domain/tenant/tenant'

/** Custom domains; each call returns the tenant as it now is. */
export interface DomainRepository {
  add: (tenantId: string, name: string) => Promise<Tenant>
  /** The DNS record the tenant's owner publishes to prove the domain is theirs. */
  verificationRecord: (tenantId: string, name: string) => Promise<VerificationRecord>
  /**
   * The records that bring the domain's mail to the service (MX, the Autodiscover CNAME, SPF), as this backend's
   * service names them: BPOS's in the demo, Microsoft 365's on Graph.
   */
  mailRecords: (tenantId: string, name: string) => Promise<DnsRecord[]>
  /** Marks a domain verified once its DNS record is in place (`validation`, code `dnsRecordMissing`, when it isn't). */
  verify: (tenantId: string, name: string) => Promise<Tenant>
  /** The domain new users get by default; it must be verified. */
  setDefault: (tenantId: string, name: string) => Promise<Tenant>
  /**
   * Removes a custom domain no user uses; the initial domain stays (BPOS's `microsoftonline.com`
   * in the demo, `onmicrosoft.com` on Microsoft 365).
   */
  remove: (tenantId: string, name: string) => Promise<Tenant>
}
