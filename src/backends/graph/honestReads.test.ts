import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { Baseline } from '@/domain/console/baselines'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { TODAY, useTestGraph } from './testing'
import { baselineDriftOf } from '@/domain/console/baselines'
import { SETTING_KEYS } from '@/domain/console/settings'

const [STANDARD, , MIXED] = CLIENT_TENANTS
const today = TODAY.toISOString().slice(0, 10)

describe("Graph backend: what it can't read is unknown, never invented", () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })
  const directory = (tenantId: string) => graph.server.world().tenants.get(tenantId)!
  const assignLicense = () =>
    graph.server.requests.filter(r => r.method === 'POST' && r.path.endsWith('/assignLicense'))

  describe('settings', () => {
    it("names every setting unknown: Graph reads none for a partner technician (SharePoint's are refused over GDAP)", async () => {
      const { unknownSettings } = await backend().settings.get(STANDARD.id)
      expect([...unknownSettings!].sort()).toEqual([...SETTING_KEYS].sort())
      for (const configuration of await backend().settings.list())
        expect(configuration.unknownSettings).toEqual(unknownSettings)
    })

    it('gives no false drift: a baseline turning POP3 off is unknown there, not drifted from an invented default', async () => {
      const baseline: Pick<Baseline, 'settings'> = {
        settings: { 'exchange.pop3': false, 'communications.federation': true, 'sharepoint.externalSharing': 'off' },
      }
      const configuration = (await backend().settings.list()).find(c => c.tenantId === STANDARD.id)!
      const tenant = (await backend().tenants.get(STANDARD.id))!
      expect(
        baselineDriftOf(baseline, configuration.settings, tenant.subscriptions, today, configuration.unknownSettings),
      ).toEqual({
        changes: [],
        unknown: ['exchange.pop3', 'sharepoint.externalSharing', 'communications.federation'],
        compared: 0,
      })
    })

    it('previews a baseline without a change from a value it never read', async () => {
      const graphBackend = backend()
      const baseline = await graphBackend.baselines.create({
        name: 'Sans POP',
        description: '',
        settings: { 'exchange.pop3': false, 'sharepoint.externalSharing': 'externalUsers' },
      })
      const [preview] = await graphBackend.baselines.preview(baseline.id, [STANDARD.id])
      expect(preview!.plan.changes).toEqual([])
      expect(preview!.plan.skipped).toEqual([
        { key: 'exchange.pop3', reason: 'notOnThisBackend', because: 'exchangeAdmin' },
        { key: 'sharepoint.externalSharing', reason: 'notOnThisBackend', because: 'appOnly' },
      ])
    })
  })

  describe("users and today's licences", () => {
    it('reads a tenant buying Microsoft 365 Business Basic as Standard Suite, every service by its plan', async () => {
      directory(STANDARD.id).skus[0]!.skuPartNumber = 'O365_BUSINESS_ESSENTIALS'
      const tenant = (await backend().tenants.get(STANDARD.id))!
      expect(tenant.subscriptions.map(s => s.offerId)).toEqual(['standard-suite'])
      const licensed = (await backend().users.list(STANDARD.id)).filter(u => u.subscriptionId !== null)
      expect(licensed).toHaveLength(6)
      for (const user of licensed) {
        expect(user.services).toEqual({ exchange: true, sharepoint: true, communications: true, liveMeeting: true })
        expect(user.unknownServices).toBeUndefined()
      }
    })

    it('reads a "no Teams" E3 user\'s meetings as unknown, switches the rest by the E3 plan names, and refuses to switch meetings', async () => {
      const graphBackend = backend()
      const sku = directory(MIXED.id).skus.find(s => s.skuPartNumber === 'Office_365_E3_(no_Teams)')!
      const [user] = (await graphBackend.users.list(MIXED.id)).filter(u => u.subscriptionId === sku.skuId)
      expect(user).toMatchObject({
        services: { exchange: true, sharepoint: true, communications: true },
        unknownServices: ['liveMeeting'],
      })

      const refused = await graphBackend.users
        .setServices(MIXED.id, user!.id, { liveMeeting: false })
        .catch(error => error)
      expect(isBackendError(refused, 'featureUnavailable')).toBe(true)
      expect(refused.issues).toEqual([{ field: 'services.liveMeeting', code: 'servicePlanUnknown' }])
      expect(assignLicense()).toEqual([])

      const after = await graphBackend.users.setServices(MIXED.id, user!.id, { exchange: false })
      expect(after).toMatchObject({ services: { exchange: false }, unknownServices: ['liveMeeting'] })
      const exchangePlan = sku.servicePlans.find(p => p.servicePlanName === 'EXCHANGE_S_ENTERPRISE')!.servicePlanId
      expect(
        (assignLicense()[0]!.body as { addLicenses: { disabledPlans: string[] }[] }).addLicenses[0]!.disabledPlans,
      ).toEqual([exchangePlan])
    })

    it('lists users whose SKU lacks a mapped plan instead of failing: that service is unknown', async () => {
      const standard = directory(STANDARD.id).skus[0]!
      standard.servicePlans = standard.servicePlans.filter(plan => plan.servicePlanName !== 'MCOSTANDARD')
      const users = await backend().users.list(STANDARD.id)
      const licensed = users.filter(u => u.subscriptionId === standard.skuId)
      expect(licensed).toHaveLength(6)
      expect(licensed[0]).toMatchObject({
        services: { exchange: true, liveMeeting: true },
        unknownServices: ['communications'],
      })
    })

    it("reads every service of a user licensed only with a SKU the catalogue doesn't map as unknown", async () => {
      const flow = directory(STANDARD.id).skus.find(s => s.skuPartNumber === 'FLOW_FREE')!
      const unlicensed = directory(STANDARD.id).users.find(u => u.assignedLicenses.length === 0)!
      unlicensed.assignedLicenses = [{ skuId: flow.skuId, disabledPlans: [] }]
      const user = (await backend().users.list(STANDARD.id)).find(u => u.id === unlicensed.id)!
      expect(user).toMatchObject({
        subscriptionId: null,
        unknownServices: ['exchange', 'sharepoint', 'communications', 'liveMeeting'],
      })
    })
  })
})
