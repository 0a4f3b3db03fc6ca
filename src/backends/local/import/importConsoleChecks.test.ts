import { describe, expect, it } from 'vitest'
import { isBackendError } from '../../backend'
import { failure, makeLocal } from '../testing'
import type { ConsoleExport } from './exportFormat'

/** A deep copy of the demo export, to spoil one thing at a time. */
async function demoExport(): Promise<ConsoleExport> {
  return structuredClone(await makeLocal().dataAdmin.exportAll())
}

async function refusal(document: ConsoleExport): Promise<string[]> {
  const target = makeLocal()
  const before = await target.dataAdmin.exportAll()
  const error = await failure(target.dataAdmin.importAll(document))
  expect(isBackendError(error, 'invalidImport')).toBe(true)
  // Refused whole: the target's data are as they were.
  expect({ ...(await target.dataAdmin.exportAll()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' })
  return (error as { issues: { field: string; code: string }[] }).issues.map(issue => `${issue.field}:${issue.code}`)
}

describe("import of the console's data (export version 2)", () => {
  it('brings back users, settings, sites, lists, contacts, senders and baselines', async () => {
    const source = makeLocal()
    await source.settings.update('tenant-dupre', { 'exchange.activeSync': false })
    const document = JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())) as ConsoleExport
    expect(document.users.length).toBeGreaterThan(500)
    expect(document.sites.length).toBeGreaterThan(0)

    const target = makeLocal()
    await target.dataAdmin.importAll(document)
    expect(await target.users.list('tenant-dupre')).toEqual(await source.users.list('tenant-dupre'))
    expect(await target.sharePoint.listSites('tenant-dupre')).toEqual(await source.sharePoint.listSites('tenant-dupre'))
    expect((await target.settings.get('tenant-dupre')).settings['exchange.activeSync']).toBe(false)
    expect(await target.baselines.list()).toEqual(await source.baselines.list())
  })

  it('refuses a licence from another tenant, naming the user', async () => {
    const document = await demoExport()
    const foreign = document.tenants.find(t => t.tenant.id === 'tenant-rochat')!.subscriptions[0]!.id
    const index = document.users.findIndex(user => user.tenantId === 'tenant-dupre')
    document.users[index] = { ...document.users[index]!, subscriptionId: foreign }
    expect(await refusal(document)).toContain(`users[${index}].subscriptionId:unknown`)
  })

  it("refuses seat counters that don't match the users holding the licences", async () => {
    const document = await demoExport()
    const [first] = document.tenants
    const [subscription, ...others] = first!.subscriptions
    document.tenants[0] = {
      ...first!,
      subscriptions: [{ ...subscription!, assignedSeats: subscription!.assignedSeats + 1 }, ...others],
    }
    expect(await refusal(document)).toEqual(['tenants[0].subscriptions[0].assignedSeats:unknown'])
  })

  it('refuses records of unknown tenants, duplicate site paths and unknown baselines', async () => {
    const document = await demoExport()
    document.sites.push({ ...document.sites[0]!, id: 'another-site' })
    document.contacts.push({
      id: 'contact-x',
      tenantId: 'tenant-nowhere',
      displayName: 'X',
      email: 'x@example.fr',
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    document.configurations[0] = { ...document.configurations[0]!, baselineId: 'baseline-nowhere' }
    const issues = await refusal(document)
    expect(issues).toContain(`sites[${document.sites.length - 1}].path:taken`)
    expect(issues).toContain(`contacts[${document.contacts.length - 1}].tenantId:unknown`)
    expect(issues).toContain('configurations[0].baselineId:unknown')
  })

  it('brings services back, and refuses one of an unknown tenant, a duplicate id or a broken rule', async () => {
    const source = makeLocal()
    const target = makeLocal()
    await target.dataAdmin.importAll(JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())))
    expect(await target.services.list()).toEqual(await source.services.list())

    const document = await demoExport()
    const [first] = document.services
    document.services.push(
      { ...first!, tenantId: 'tenant-nowhere', id: 'service-x' },
      { ...first! },
      { ...first!, id: 'service-y', quantity: 0 },
      { ...first!, id: 'service-z', status: 'accepted', endedOn: '2025-06-30' },
    )
    const n = document.services.length
    expect(await refusal(document)).toEqual([
      `services[${n - 4}].tenantId:unknown`,
      `services[${n - 3}].id:taken`,
      `services[${n - 2}].quantity:belowMinimum`,
      `services[${n - 1}].endedOn:notEnded`,
    ])
  })

  it('takes a version 2 file written before the services ledger, with no services', async () => {
    const { services, ...older } = await demoExport()
    expect(services.length).toBeGreaterThan(0)
    const target = makeLocal()
    await target.dataAdmin.importAll(older)
    expect(await target.services.list()).toEqual([])
  })
})
