import type { DnsRecord, RecordCheck } from '@/domain/tenant/dnsRecords'
import { ref } from 'vue'
import { useDnsResolver } from '@/data/dnsResolver'
import { checkRecord, recordName } from '@/domain/tenant/dnsRecords'

/** One record as the DNS has it: found, missing, different, or `failed` when the DNS couldn't be asked. */
export interface RecordResult {
  readonly record: DnsRecord
  readonly check: RecordCheck | 'failed'
}

/**
 * Checks a domain's records against the public DNS, each name and type asked once, and keeps the
 * last results for the page to show beside each record.
 */
export function useDnsCheck() {
  const resolver = useDnsResolver()
  const results = ref<readonly RecordResult[] | null>(null)
  const checking = ref(false)

  async function check(domain: string, records: readonly DnsRecord[]): Promise<readonly RecordResult[]> {
    checking.value = true
    try {
      const asked = new Map<string, ReturnType<typeof resolver.lookup>>()
      const lookup = (record: DnsRecord) => {
        const name = recordName(record, domain)
        const key = `${name} ${record.type}`
        if (!asked.has(key)) asked.set(key, resolver.lookup(name, record.type))
        return asked.get(key)!
      }
      const checked = await Promise.all(
        records.map(async (record): Promise<RecordResult> => {
          const answer = await lookup(record)
          return { record, check: answer.ok ? checkRecord(record, answer.answers) : 'failed' }
        }),
      )
      results.value = checked
      return checked
    } finally {
      checking.value = false
    }
  }

  return { results, checking, check }
}
