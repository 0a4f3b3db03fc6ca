import { describe, expect, it } from 'vitest'
import { dnsOverHttps, readDnsJson } from './dnsResolver'

describe('DNS over HTTPS answers', () => {
  it('keeps the records of the type asked, and reads a name that does not exist as none', () => {
    const body = {
      Status: 0,
      Answer: [
        { name: 'dupre.paris', type: 5, data: 'elsewhere.example.' },
        { name: 'dupre.paris', type: 16, data: '"MS=ms12345678"' },
      ],
    }
    expect(readDnsJson(body, 'TXT')).toEqual({ ok: true, answers: ['"MS=ms12345678"'] })
    expect(readDnsJson({ Status: 3 }, 'MX')).toEqual({ ok: true, answers: [] })
    expect(readDnsJson({ Status: 0 }, 'MX')).toEqual({ ok: true, answers: [] })
  })

  it('says it could not ask when the server fails or the body is something else', () => {
    expect(readDnsJson({ Status: 2 }, 'TXT')).toEqual({ ok: false })
    expect(readDnsJson('<html>', 'TXT')).toEqual({ ok: false })
    expect(readDnsJson(null, 'TXT')).toEqual({ ok: false })
  })

  it('asks the endpoint for the name and type in JSON, and turns a network failure into a failed lookup', async () => {
    const asked: string[] = []
    const resolver = dnsOverHttps('https://dns.test/dns-query', async (url, init) => {
      asked.push(`${String(url)} ${new Headers(init?.headers).get('accept')}`)
      return new Response(JSON.stringify({ Status: 0, Answer: [{ type: 15, data: '10 mx.test.' }] }))
    })
    expect(await resolver.lookup('dupre.paris', 'MX')).toEqual({ ok: true, answers: ['10 mx.test.'] })
    expect(asked).toEqual(['https://dns.test/dns-query?name=dupre.paris&type=MX application/dns-json'])
    const offline = dnsOverHttps('https://dns.test/dns-query', () => Promise.reject(new TypeError('offline')))
    expect(await offline.lookup('dupre.paris', 'TXT')).toEqual({ ok: false })
  })
})
