import type { TestGraph } from '../../../test-world/graph/testWorld'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isWrite } from '../../../test-world/graph/testWorld'
import { assertConforms } from '../../../test-world/graph/conformance'
import { verificationText } from '../../../test-world/graph/routes/domains'
import { isBackendError } from '../backend'
import { useTestGraph } from './testing'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

describe('Graph backend: custom domains', () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })

  it('adds a domain unverified, shows the TXT record Microsoft names, and verifies it once published', async () => {
    const domains = backend().domains
    const added = await domains.add(STANDARD.id, 'boulangerie-dupre.fr')
    expect(added.domains).toContainEqual({
      name: 'boulangerie-dupre.fr',
      isInitial: false,
      isDefault: false,
      verified: false,
    })
    assertConforms('domain', graph.server.requests.find(r => r.method === 'POST' && isWrite(r))!.body)
    const record = await domains.verificationRecord(STANDARD.id, 'boulangerie-dupre.fr')
    expect(record).toEqual({
      type: 'TXT',
      host: '@',
      value: verificationText(STANDARD.id, 'boulangerie-dupre.fr'),
      ttlSeconds: 3600,
    })

    const early = await domains.verify(STANDARD.id, 'boulangerie-dupre.fr').catch(e => e)
    expect(isBackendError(early, 'validation')).toBe(true)
    expect(early.issues).toEqual([
      { field: 'domainName', code: 'dnsRecordMissing', params: { domain: 'boulangerie-dupre.fr' } },
    ])

    graph.server.world().tenants.get(STANDARD.id)!.publishedTxt.add('boulangerie-dupre.fr')
    const verified = await domains.verify(STANDARD.id, 'boulangerie-dupre.fr')
    expect(verified.domains.find(d => d.name === 'boulangerie-dupre.fr')?.verified).toBe(true)

    // Its mail records are Microsoft 365's, as the admin center lists them.
    expect((await domains.mailRecords(STANDARD.id, 'boulangerie-dupre.fr')).map(r => [r.type, r.value])).toEqual([
      ['MX', 'boulangerie-dupre-fr.mail.protection.outlook.com'],
      ['CNAME', 'autodiscover.outlook.com'],
      ['TXT', 'v=spf1 include:spf.protection.outlook.com -all'],
    ])
  })

  it("refuses a bad name before asking Graph, a Deskless-only tenant, and what Graph can't do here", async () => {
    const domains = backend().domains
    const bad = await domains.add(STANDARD.id, 'Not a domain').catch(e => e)
    expect(isBackendError(bad, 'validation')).toBe(true)
    expect(isBackendError(await domains.add(DESKLESS.id, 'hotel-ecrins.fr').catch(e => e), 'consoleUnavailable')).toBe(
      true,
    )
    expect(
      isBackendError(await domains.setDefault(STANDARD.id, STANDARD.defaultDomain).catch(e => e), 'unsupported'),
    ).toBe(true)
    expect(graph.server.requests.filter(isWrite)).toEqual([])
  })
})
