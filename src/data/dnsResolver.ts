import type { InjectionKey } from 'vue'
import type { DnsRecordType } from '@/domain/tenant/dnsRecords'
import { inject } from 'vue'

/** What the public DNS answered for a name and type: each record's data, or that it couldn't be asked. */
export type DnsAnswer = { readonly ok: true; readonly answers: readonly string[] } | { readonly ok: false }

/** Looks names up in the public DNS, from the browser: the domain checks depend on this and nothing else. */
export interface DnsResolver {
  lookup: (name: string, type: DnsRecordType) => Promise<DnsAnswer>
}

/**
 * Cloudflare's DNS over HTTPS (JSON API): no key, CORS open, answers as the DNS holds them. The
 * page's Content-Security-Policy lets it connect there (scripts/content-security-policy.ts).
 */
export const DNS_OVER_HTTPS_URL = 'https://cloudflare-dns.com/dns-query'

const TYPE_NUMBERS: Readonly<Record<DnsRecordType, number>> = { TXT: 16, MX: 15, CNAME: 5 }
const NO_ERROR = 0
const NO_SUCH_NAME = 3

interface DnsJson {
  readonly Status?: number
  readonly Answer?: readonly { readonly type?: number; readonly data?: string }[]
}

/**
 * The records of `type` in a DNS-over-HTTPS JSON answer; a name that doesn't exist has none. A
 * server failure (SERVFAIL, REFUSED) or a body that isn't such an answer is a failed lookup.
 */
export function readDnsJson(body: unknown, type: DnsRecordType): DnsAnswer {
  const json = body as DnsJson | null
  if (typeof json !== 'object' || json === null || typeof json.Status !== 'number') return { ok: false }
  if (json.Status === NO_SUCH_NAME) return { ok: true, answers: [] }
  if (json.Status !== NO_ERROR) return { ok: false }
  const answers = (json.Answer ?? [])
    .filter(answer => answer.type === TYPE_NUMBERS[type] && typeof answer.data === 'string')
    .map(answer => answer.data!)
  return { ok: true, answers }
}

/** A resolver asking `endpoint` (a DNS-over-HTTPS JSON API) through `fetcher`. */
export function dnsOverHttps(endpoint = DNS_OVER_HTTPS_URL, fetcher: typeof fetch = (...args) => fetch(...args)) {
  return {
    lookup: async (name: string, type: DnsRecordType): Promise<DnsAnswer> => {
      const url = `${endpoint}?name=${encodeURIComponent(name)}&type=${type}`
      try {
        const response = await fetcher(url, { headers: { accept: 'application/dns-json' } })
        return response.ok ? readDnsJson(await response.json(), type) : { ok: false }
      } catch {
        // Offline, or a network that blocks DNS over HTTPS: the check says it couldn't ask.
        return { ok: false }
      }
    },
  } satisfies DnsResolver
}

export const DNS_RESOLVER: InjectionKey<DnsResolver> = Symbol('dnsResolver')

/** The resolver the app provides (a test gives its own), else DNS over HTTPS. */
export function useDnsResolver(): DnsResolver {
  return inject(DNS_RESOLVER, () => dnsOverHttps(), true)
}
