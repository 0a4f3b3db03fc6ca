import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { Backend, BackendAction, BackendError } from './backend'
import { describe, expect, it } from 'vitest'
import { TRIAL_DAYS } from '@/domain/catalogue'
import { addDays } from '@/domain/dates'
import { initialDomainPrefix } from '@/domain/tenant/tenant'
import { isBackendError } from './backend'
import { describePartnerRecordsContract } from './partnerRecords.contract'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'

/** A prefix no adapter has seen: random, lower case, never all digits. */
function freshPrefix(label: string): string {
  return `contract-${label}-${crypto.randomUUID().slice(0, 8)}`
}

function request(overrides: Partial<ProvisionRequest> = {}): ProvisionRequest {
  return {
    companyName: 'Menuiserie Garnier',
    contactName: 'Luc Garnier',
    contactEmail: 'luc@menuiserie-garnier.fr',
    contactPhone: '+33 4 76 00 11 22',
    country: 'FR',
    address: TEST_ADDRESS,
    agreement: TEST_AGREEMENT,
    language: 'fr',
    domainPrefix: freshPrefix('garnier'),
    lines: [{ offerId: 'standard-suite', seats: 12 }],
    billing: 'paid',
    ...overrides,
  }
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(isBackendError(error, 'validation'), `expected a validation error, got ${String(error)}`).toBe(true)
  return error as BackendError
}

async function refusedAs(code: BackendError['code'], promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => expect.fail(`expected the backend to refuse with ${code}`),
    (error: unknown) => error,
  )
  expect(isBackendError(error, code), `expected ${code}, got ${String(error)}`).toBe(true)
}

/** What a tenant needs for a test: its offers and seats. */
export type TenantFixture = (backend: Backend, lines: ProvisionRequest['lines']) => Promise<TenantWithSubscriptions>

/** Where the backend can provision, tests make their tenants the way a person would. */
const provisioned: TenantFixture = (backend, lines) => backend.tenants.provision(request({ lines }))

/**
 * What every adapter promises the interface, run against each of them so they behave alike.
 * `makeBackend` must give a backend whose data no other test shares. A backend that can't
 * provision (Microsoft 365: that is Partner Center's) gives `tenantWith` to make test tenants
 * another way, and its provisioning tests check that it refuses as its capabilities say.
 */
export function describeBackendContract(
  name: string,
  makeBackend: () => Promise<Backend>,
  tenantWith: TenantFixture = provisioned,
): void {
  /** Runs `test` where the backend provisions tenants; elsewhere checks that it refuses to, as unsupported. */
  async function whereProvisioning(backend: Backend, test: () => Promise<void>): Promise<void> {
    if (backend.capabilities.action('tenants.provision').available) return test()
    const tenantsBefore = (await backend.tenants.listing()).tenants
    await refusedAs('unsupported', backend.tenants.provision(request()))
    expect((await backend.tenants.listing()).tenants).toEqual(tenantsBefore)
  }

  describe(`Backend contract: ${name}`, () => {
    it('names a partner with an actor for the activity log', async () => {
      const partner = await (await makeBackend()).partner.get()
      expect(partner.name).not.toBe('')
      expect(partner.actor).not.toBe('')
    })

    it("lists each client tenant once, read or named with why it can't be, and never fails for one", async () => {
      const backend = await makeBackend()
      const { tenants, unreadable } = await backend.tenants.listing()
      const ids = [...tenants.map(t => t.tenant.id), ...unreadable.map(t => t.tenantId)]
      expect(new Set(ids).size).toBe(ids.length)
      for (const { companyName, problem } of unreadable) {
        expect(companyName).not.toBe('')
        expect(['signInNeeded', 'consentNeeded', 'noRole']).toContain(problem.kind)
      }
      // The plain list is the tenants read; the directory names every one, and reads them as asked.
      expect((await backend.tenants.listing()).tenants.map(t => t.tenant.id)).toEqual(tenants.map(t => t.tenant.id))
      const { names } = await backend.tenants.directory()
      expect(names.map(n => n.tenantId).sort()).toEqual([...ids].sort())
      const some = names.slice(0, 3).map(n => n.tenantId)
      const read = await backend.tenants.read(some)
      expect([...read.tenants.map(t => t.tenant.id), ...read.unreadable.map(t => t.tenantId)].sort()).toEqual(
        [...some].sort(),
      )
      for (const readTenant of read.tenants)
        expect(readTenant).toEqual(tenants.find(t => t.tenant.id === readTenant.tenant.id))
    })

    it('lists tenants, each one readable by id with the same content', async () => {
      const backend = await makeBackend()
      const tenants = (await backend.tenants.listing()).tenants
      for (const listed of tenants.slice(0, 5)) expect(await backend.tenants.get(listed.tenant.id)).toEqual(listed)
      const prefixes = await backend.tenants.domainPrefixes()
      expect(prefixes.size).toBe(tenants.length)
      for (const { tenant } of tenants) expect(prefixes.has(initialDomainPrefix(tenant))).toBe(true)
    })

    it('answers undefined for an unknown tenant id', async () => {
      expect(await (await makeBackend()).tenants.get('no-such-tenant')).toBeUndefined()
    })

    it('provisions a tenant with its initial domain, subscriptions and trimmed details', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const before = (await backend.tenants.listing()).tenants
        const prefix = freshPrefix('happy')
        const created = await backend.tenants.provision(
          request({
            companyName: '  Menuiserie Garnier  ',
            contactName: ' Luc Garnier ',
            domainPrefix: prefix,
            lines: [
              { offerId: 'standard-suite', seats: 12 },
              { offerId: 'deskless-suite', seats: 30 },
            ],
          }),
        )

        expect(created.tenant.companyName).toBe('Menuiserie Garnier')
        expect(created.tenant.contact.name).toBe('Luc Garnier')
        expect(created.tenant.domains).toEqual([
          { name: `${prefix}.microsoftonline.com`, isInitial: true, isDefault: true, verified: true },
        ])
        expect(created.subscriptions.map(s => [s.offerId, s.seats, s.assignedSeats, s.state])).toEqual([
          ['standard-suite', 12, 0, 'active'],
          ['deskless-suite', 30, 0, 'active'],
        ])
        expect(created.subscriptions.every(s => s.tenantId === created.tenant.id && s.trialEndsOn === null)).toBe(true)
        const { administrator, ...tenant } = created
        expect(await backend.tenants.get(created.tenant.id)).toEqual(tenant)
        // Where the backend hands the first administrator over, it signs in at the initial domain.
        if (administrator) {
          expect(administrator.userName).toBe(`admin@${prefix}.microsoftonline.com`)
          expect(administrator.temporaryPassword).toMatch(/^\S{8,}$/)
        }
        expect((await backend.tenants.listing()).tenants).toHaveLength(before.length + 1)
        expect((await backend.tenants.domainPrefixes()).has(prefix)).toBe(true)
      })
    })

    it('starts a trial whose last day is the 30th, counting the start day', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const { subscriptions } = await backend.tenants.provision(
          request({ billing: 'trial', lines: [{ offerId: 'standard-suite', seats: 10 }] }),
        )
        const [trial] = subscriptions
        expect(trial?.state).toBe('trial')
        expect(trial?.trialEndsOn).toBe(addDays(trial!.startedOn, TRIAL_DAYS - 1))
      })
    })

    it('refuses an invalid request with its issues, creating nothing', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const before = (await backend.tenants.listing()).tenants
        const activityBefore = await backend.activity.list()
        const error = await refusal(
          backend.tenants.provision(
            request({
              companyName: '   ',
              domainPrefix: 'BadPrefix',
              lines: [{ offerId: 'standard-suite', seats: 2 }],
            }),
          ),
        )
        expect(error.issues).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ field: 'companyName', code: 'required' }),
            expect.objectContaining({ field: 'domainPrefix', code: 'uppercase' }),
            expect.objectContaining({ field: 'seats.standard-suite', code: 'belowMinimum' }),
          ]),
        )
        expect((await backend.tenants.listing()).tenants).toEqual(before)
        expect(await backend.activity.list()).toEqual(activityBefore)
      })
    })

    it('refuses a request without the address and agreement Partner Center needs, each beside its field', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const before = (await backend.tenants.listing()).tenants
        const error = await refusal(
          backend.tenants.provision(
            request({
              address: { ...TEST_ADDRESS, addressLine1: ' ', postalCode: '3800' },
              agreement: { ...TEST_AGREEMENT, accepted: false },
            }),
          ),
        )
        expect(error.issues).toEqual([
          { field: 'address.addressLine1', code: 'required' },
          { field: 'address.postalCode', code: 'invalidPostalCode', params: { example: '75008' } },
          { field: 'agreement.accepted', code: 'notAccepted' },
        ])
        expect((await backend.tenants.listing()).tenants).toEqual(before)
      })
    })

    it('refuses a prefix another tenant already uses', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const prefix = freshPrefix('twice')
        await backend.tenants.provision(request({ domainPrefix: prefix }))
        const count = (await backend.tenants.listing()).tenants.length
        const error = await refusal(
          backend.tenants.provision(request({ companyName: 'Another company', domainPrefix: prefix })),
        )
        expect(error.issues).toEqual([{ field: 'domainPrefix', code: 'taken', params: { prefix } }])
        expect((await backend.tenants.listing()).tenants).toHaveLength(count)
      })
    })

    it('appends to the activity log, newest first, filterable by tenant', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const first = await backend.tenants.provision(request({ companyName: 'Premier Client' }))
        const second = await backend.tenants.provision(request({ companyName: 'Second Client' }))
        const [newest, previous] = await backend.activity.list({ limit: 2 })
        expect(newest).toMatchObject({
          tenantId: second.tenant.id,
          area: 'tenant',
          action: 'tenant.provisioned',
          actor: (await backend.partner.get()).actor,
        })
        expect(newest?.details).toMatchObject({ companyName: 'Second Client', seats: 12 })
        expect(previous).toMatchObject({ tenantId: first.tenant.id, action: 'tenant.provisioned' })
        const own = await backend.activity.list({ tenantId: first.tenant.id })
        expect(own.map(entry => entry.tenantId)).toEqual([first.tenant.id])
        expect(await backend.activity.list({ limit: 1 })).toHaveLength(1)
      })
    })

    it('stores an untrusted company name exactly as typed', async () => {
      const backend = await makeBackend()
      await whereProvisioning(backend, async () => {
        const companyName = '<img src=x onerror=alert(1)> & "Fils" d\'Été'
        const created = await backend.tenants.provision(request({ companyName }))
        expect(created.tenant.companyName).toBe(companyName)
        expect((await backend.tenants.get(created.tenant.id))?.tenant.companyName).toBe(companyName)
        expect((await backend.activity.list({ tenantId: created.tenant.id }))[0]?.tenantName).toBe(companyName)
      })
    })

    describe('offer-level restrictions, enforced by the backend', () => {
      const user = (subscriptionId: string | null) => ({
        firstName: 'Lina',
        lastName: 'Roche',
        alias: `lina.${crypto.randomUUID().slice(0, 6)}`,
        domain: '',
        usageLocation: 'FR',
        subscriptionId,
      })

      /** The activity of a tenant, where the backend keeps one. */
      const activityOf = (backend: Backend, tenantId: string) =>
        backend.capabilities.action('activity.list').available
          ? backend.activity.list({ tenantId })
          : Promise.resolve([])

      it('refuses every console write on a Deskless-only tenant with a typed error, and logs nothing', async () => {
        const backend = await makeBackend()
        const { tenant, subscriptions } = await tenantWith(backend, [{ offerId: 'deskless-suite', seats: 20 }])
        const before = await activityOf(backend, tenant.id)
        const initial = tenant.domains[0]!.name
        const writes: [BackendAction, () => Promise<unknown>][] = [
          [
            'settings.update',
            () => backend.settings.update(tenant.id, { 'sharepoint.externalSharing': 'externalUsers' }),
          ],
          ['users.create', () => backend.users.create(tenant.id, { ...user(subscriptions[0]!.id), domain: initial })],
          ['domains.add', () => backend.domains.add(tenant.id, `${freshPrefix('deskless')}.fr`)],
          [
            'exchange.senders.add',
            () => backend.exchange.senders.add(tenant.id, { list: 'safe', value: 'partenaire.fr' }),
          ],
          [
            'sharePoint.createSite',
            () =>
              backend.sharePoint.createSite(tenant.id, {
                title: 'Projets',
                path: 'projets',
                template: 'team',
                quotaMb: 500,
              }),
          ],
        ]
        // What the backend can't do at all it refuses as such; the rest, for want of a console.
        for (const [action, write] of writes)
          await refusedAs(backend.capabilities.action(action).available ? 'consoleUnavailable' : 'unsupported', write())
        expect(await activityOf(backend, tenant.id)).toEqual(before)
      })

      it('moving the Deskless Worker Suite to the Standard Suite opens the console', async () => {
        const backend = await makeBackend()
        const { tenant, subscriptions } = await tenantWith(backend, [{ offerId: 'deskless-suite', seats: 20 }])
        if (!backend.capabilities.action('subscriptions.move').available) {
          await refusedAs('unsupported', backend.subscriptions.move(tenant.id, subscriptions[0]!.id, 'standard-suite'))
          expect(await backend.tenants.get(tenant.id)).toEqual({ tenant, subscriptions })
          return
        }
        await backend.subscriptions.move(tenant.id, subscriptions[0]!.id, 'standard-suite')
        const { settings } = await backend.settings.update(tenant.id, { 'sharepoint.externalSharing': 'externalUsers' })
        expect(settings['sharepoint.externalSharing']).toBe('externalUsers')
      })

      it("refuses a setting the tenant's offers don't include", async () => {
        const backend = await makeBackend()
        const { tenant } = await tenantWith(backend, [{ offerId: 'exchange-online', seats: 10 }])
        await refusedAs(
          'featureUnavailable',
          backend.settings.update(tenant.id, { 'sharepoint.externalSharing': 'externalUsers' }),
        )
      })

      it('refuses a licence past the seats, saying how many are left', async () => {
        const backend = await makeBackend()
        const { tenant, subscriptions } = await tenantWith(backend, [{ offerId: 'standard-suite', seats: 5 }])
        const licence = subscriptions[0]!.id
        const domain = tenant.domains[0]!.name
        for (let created = 0; created < 5; created++)
          await backend.users.create(tenant.id, { ...user(licence), domain })
        const error = await refusal(backend.users.create(tenant.id, { ...user(licence), domain }))
        expect(error.issues).toContainEqual(
          expect.objectContaining({ code: 'noSeatsLeft', params: expect.objectContaining({ left: 0 }) }),
        )
        // The five licensed ones: a tenant may also hold its unlicensed first administrator.
        expect((await backend.users.list(tenant.id)).filter(u => u.subscriptionId === licence)).toHaveLength(5)
      })
    })

    describePartnerRecordsContract(makeBackend, tenantWith)
  })
}
