import { describe, expect, it } from 'vitest'
import { checkRecord, mailRecords, recordName, verificationDnsRecord } from './dnsRecords'
import { verificationRecord } from './domains'

const [mx, autodiscover, spf] = mailRecords('dupre.paris', 'bpos')

describe('the records a custom domain needs', () => {
  it('routes BPOS mail through Forefront, and Microsoft 365 mail to the domain’s own protection host', () => {
    expect(mailRecords('dupre.paris', 'bpos')).toEqual([
      { purpose: 'mail', type: 'MX', host: '@', value: 'mail.global.frontbridge.com', priority: 10, ttlSeconds: 3600 },
      {
        purpose: 'autodiscover',
        type: 'CNAME',
        host: 'autodiscover',
        value: 'autodiscover.outlook.com',
        ttlSeconds: 3600,
      },
      { purpose: 'spf', type: 'TXT', host: '@', value: 'v=spf1 include:outlook.com ~all', ttlSeconds: 3600 },
    ])
    const [m365mx, , m365spf] = mailRecords('dupre.paris', 'microsoft365')
    expect(m365mx).toMatchObject({ value: 'dupre-paris.mail.protection.outlook.com', priority: 0 })
    expect(m365spf!.value).toBe('v=spf1 include:spf.protection.outlook.com -all')
  })

  it('asks the DNS about the domain itself, or the name under it', () => {
    expect(recordName(mx!, 'dupre.paris')).toBe('dupre.paris')
    expect(recordName(autodiscover!, 'dupre.paris')).toBe('autodiscover.dupre.paris')
  })
})

describe('checking what the DNS answers', () => {
  const verification = verificationDnsRecord(verificationRecord('tenant-dupre', 'dupre.paris'))

  it('finds the verification value among the TXT records, quoted as DNS over HTTPS gives it', () => {
    expect(checkRecord(verification, [`"google-site-verification=abc"`, `"${verification.value}"`])).toBe('found')
    expect(checkRecord(verification, [`"google-site-verification=abc"`])).toBe('missing')
    expect(checkRecord(verification, [])).toBe('missing')
  })

  it('reads an MX answer as preference and host, final dot and case aside', () => {
    expect(checkRecord(mx!, ['10 Mail.Global.Frontbridge.com.'])).toBe('found')
    expect(checkRecord(mx!, ['10 mx.ovh.net.'])).toBe('different')
    expect(checkRecord(mx!, [])).toBe('missing')
  })

  it('says a CNAME pointing elsewhere is different', () => {
    expect(checkRecord(autodiscover!, ['autodiscover.outlook.com.'])).toBe('found')
    expect(checkRecord(autodiscover!, ['mail.ovh.net.'])).toBe('different')
  })

  it('wants one SPF record, including the service: two, or one without it, are different', () => {
    expect(checkRecord(spf!, ['"v=spf1 include:outlook.com ~all"', `"${verification.value}"`])).toBe('found')
    // A long TXT record comes back split in quoted strings: they read as one.
    expect(checkRecord(spf!, ['"v=spf1 include:_spf.ovh.com " "include:outlook.com ~all"'])).toBe('found')
    expect(checkRecord(spf!, ['"v=spf1 include:mx.ovh.com ~all"'])).toBe('different')
    expect(checkRecord(spf!, ['"v=spf1 include:outlook.com ~all"', '"v=spf1 a -all"'])).toBe('different')
    expect(checkRecord(spf!, [`"${verification.value}"`])).toBe('missing')
  })
})
