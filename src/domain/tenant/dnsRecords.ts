import type { VerificationRecord } from './domains'

// The DNS records a custom domain needs, and how what the DNS answers compares with them.

export type DnsRecordPurpose = 'verification' | 'mail' | 'autodiscover' | 'spf'
export type DnsRecordType = 'TXT' | 'MX' | 'CNAME'

export interface DnsRecord {
  readonly purpose: DnsRecordPurpose
  readonly type: DnsRecordType
  /** `@` for the domain itself, else the name under it (`autodiscover`). */
  readonly host: string
  readonly value: string
  /** An MX record's preference: the lowest is tried first. */
  readonly priority?: number
  readonly ttlSeconds: number
}

/**
 * Whose mail service the records point at: BPOS (the demo) took mail through Forefront Online
 * Protection for Exchange and published Autodiscover and SPF under outlook.com; Microsoft 365
 * takes it at `<domain-with-dashes>.mail.protection.outlook.com`, as its admin center lists.
 */
export type MailService = 'bpos' | 'microsoft365'

const HOUR = 3600

/** The records that route a domain's mail to the service, let Outlook find the mailbox, and vouch for its senders. */
export function mailRecords(domain: string, service: MailService): DnsRecord[] {
  const bpos = service === 'bpos'
  return [
    {
      purpose: 'mail',
      type: 'MX',
      host: '@',
      value: bpos ? 'mail.global.frontbridge.com' : `${domain.replace(/\./g, '-')}.mail.protection.outlook.com`,
      priority: bpos ? 10 : 0,
      ttlSeconds: HOUR,
    },
    {
      purpose: 'autodiscover',
      type: 'CNAME',
      host: 'autodiscover',
      value: 'autodiscover.outlook.com',
      ttlSeconds: HOUR,
    },
    {
      purpose: 'spf',
      type: 'TXT',
      host: '@',
      value: bpos ? 'v=spf1 include:outlook.com ~all' : 'v=spf1 include:spf.protection.outlook.com -all',
      ttlSeconds: HOUR,
    },
  ]
}

/** The verification TXT record among the others, in the shape they share. */
export function verificationDnsRecord(record: VerificationRecord): DnsRecord {
  return { purpose: 'verification', ...record }
}

/** The name the DNS is asked about for a record: the domain itself, or the name under it. */
export function recordName(record: Pick<DnsRecord, 'host'>, domain: string): string {
  return record.host === '@' ? domain : `${record.host}.${domain}`
}

/** Found as it should be, absent, or present with another value (an old MX, an SPF without the service). */
export type RecordCheck = 'found' | 'missing' | 'different'

/** A DNS answer as compared: quotes and the split of long TXT strings gone, no final dot, lower case. */
function normalise(answer: string): string {
  const unquoted = /^".*"$/s.test(answer.trim()) ? answer.trim().slice(1, -1).split(/"\s*"/).join('') : answer.trim()
  return unquoted.replace(/\.$/, '').toLowerCase()
}

/** An MX answer is "<preference> <host>": the host is what must match. */
function mxHost(answer: string): string {
  return normalise(answer.trim().split(/\s+/).at(-1) ?? '')
}

/**
 * How the DNS answers for the record's name and type (`answers`, as DNS over HTTPS gives them)
 * compare with the record. A domain has one SPF record: any other `v=spf1` answer makes it
 * `different`, as does an MX or CNAME pointing elsewhere; a TXT verification value is found among
 * the domain's other TXT records.
 */
export function checkRecord(record: DnsRecord, answers: readonly string[]): RecordCheck {
  const expected = normalise(record.value)
  if (record.type === 'MX') {
    if (answers.length === 0) return 'missing'
    return answers.some(answer => mxHost(answer) === expected) ? 'found' : 'different'
  }
  const values = answers.map(normalise)
  if (record.purpose === 'spf') {
    const spf = values.filter(value => value.startsWith('v=spf1'))
    if (spf.length === 0) return 'missing'
    const include = expected.split(' ').find(term => term.startsWith('include:'))
    return spf.length === 1 && include !== undefined && spf[0]!.split(' ').includes(include) ? 'found' : 'different'
  }
  if (values.includes(expected)) return 'found'
  // Other TXT records (a site's verification for another service) don't make the TXT one different.
  return record.type === 'CNAME' && values.length > 0 ? 'different' : 'missing'
}
