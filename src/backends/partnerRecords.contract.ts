import type { AddOnInput } from '@/domain/ledger/addOns'
import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { PriceList } from '@/domain/pricing/pricing'
import type { QuoteInput } from '@/domain/quotes/quotes'
import type { Backend, BackendError } from './backend'
import type { TenantFixture } from './backend.contract'
import { describe, expect, it } from 'vitest'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { identityFields } from '@/domain/partner/partnerIdentity'
import { TEST_QUOTE_INPUT } from '@/domain/quotes/quoteTesting'
import { isBackendError } from './backend'

/** A service every adapter's tests record. */
export const migration: AddOnInput = {
  kind: 'mailMigration',
  description: 'Migration des boîtes POP3 vers Exchange Online',
  quantity: 12,
  unit: 'mailboxes',
  unitPriceMinor: 4_500,
  billing: 'oneOff',
  mailSource: 'pop3',
  quotedOn: '2025-03-01',
  startOn: null,
  deliveredOn: null,
  technician: 'Julien Marchand',
  notes: '',
}

const euros: PriceList = { currency: 'EUR', prices: { ...cataloguePriceList().prices, 'standard-suite': 1250 } }

async function failure(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => expect.fail('expected the backend to refuse'),
    (caught: unknown) => caught,
  )
  expect(isBackendError(error), `expected a BackendError, got ${String(error)}`).toBe(true)
  return error as BackendError
}

/**
 * The partner's own records (services ledger, price list, activity log), whichever adapter keeps
 * them: the same rules, the same entries in the log, the same refusals leaving nothing behind.
 */
export function describePartnerRecordsContract(makeBackend: () => Promise<Backend>, tenantWith: TenantFixture): void {
  async function withTenant() {
    const backend = await makeBackend()
    const { tenant } = await tenantWith(backend, [{ offerId: 'standard-suite', seats: 10 }])
    return { backend, tenantId: tenant.id, actor: (await backend.partner.get()).actor }
  }

  describe('services ledger', () => {
    it("records a quoted service at the price list's currency, lists it and logs who did it", async () => {
      const { backend, tenantId, actor } = await withTenant()
      const service = await backend.services.create(tenantId, {
        ...migration,
        description: `  ${migration.description}  `,
      })
      expect(service).toMatchObject({ tenantId, status: 'quoted', currency: 'USD', description: migration.description })
      expect(await backend.services.list({ tenantId, kind: 'mailMigration', status: 'quoted' })).toEqual([service])
      expect(await backend.services.list()).toContainEqual(service)
      const [entry] = await backend.activity.list({ tenantId, limit: 1 })
      expect(entry).toMatchObject({
        actor,
        tenantId,
        area: 'service',
        action: 'service.created',
        details: { description: migration.description },
      })
    })

    it('records services for a Deskless-only tenant: they are not console writes', async () => {
      const backend = await makeBackend()
      const { tenant } = await tenantWith(backend, [{ offerId: 'deskless-suite', seats: 20 }])
      const service = await backend.services.create(tenant.id, {
        ...migration,
        kind: 'training',
        unit: 'days',
        quantity: 1,
        mailSource: null,
      })
      expect(service.tenantId).toBe(tenant.id)
    })

    it('refuses an invalid service field by field and stores nothing', async () => {
      const { backend, tenantId } = await withTenant()
      const before = { services: await backend.services.list(), activity: await backend.activity.list() }
      const error = await failure(
        backend.services.create(tenantId, { ...migration, description: '', unit: 'days', unitPriceMinor: -100 }),
      )
      expect(isBackendError(error, 'validation')).toBe(true)
      expect(error.issues.map(issue => issue.field)).toEqual(['description', 'unit', 'unitPrice'])
      expect(await backend.services.list()).toEqual(before.services)
      expect(await backend.activity.list()).toEqual(before.activity)
    })

    it('moves through the allowed steps, stamps the delivery and refuses a skipped one', async () => {
      const { backend, tenantId } = await withTenant()
      const { id } = await backend.services.create(tenantId, migration)
      const skipped = await failure(backend.services.setStatus(tenantId, id, 'delivered'))
      expect(skipped.issues).toEqual([
        { field: 'status', code: 'transitionNotAllowed', params: { from: 'quoted', to: 'delivered' } },
      ])
      for (const status of ['accepted', 'scheduled', 'inProgress', 'delivered'] as const)
        await backend.services.setStatus(tenantId, id, status)
      const [delivered] = await backend.services.list({ tenantId, status: 'delivered' })
      expect(delivered?.deliveredOn).not.toBeNull()
      const [entry] = await backend.activity.list({ tenantId, limit: 1 })
      expect(entry).toMatchObject({
        action: 'service.status.delivered',
        changes: [
          { field: 'service.status', before: 'inProgress', after: 'delivered' },
          { field: 'service.deliveredOn', before: null, after: delivered!.deliveredOn },
        ],
      })
    })

    it('ends a running monthly contract on the day it is cancelled, and one that never ran without an end', async () => {
      const { backend, tenantId } = await withTenant()
      const maintenance: AddOnInput = {
        ...migration,
        kind: 'maintenance',
        unit: 'months',
        mailSource: null,
        billing: 'monthly',
        quantity: 1,
        unitPriceMinor: 12_000,
        startOn: '2025-03-01',
      }
      const running = await backend.services.create(tenantId, maintenance)
      await backend.services.setStatus(tenantId, running.id, 'accepted')
      const ended = await backend.services.setStatus(tenantId, running.id, 'cancelled')
      expect(ended.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const [entry] = await backend.activity.list({ tenantId, limit: 1 })
      expect(entry).toMatchObject({
        action: 'service.status.cancelled',
        changes: [
          { field: 'service.status', before: 'accepted', after: 'cancelled' },
          { field: 'service.endedOn', before: null, after: ended.endedOn },
        ],
      })
      const quoted = await backend.services.create(tenantId, maintenance)
      expect((await backend.services.setStatus(tenantId, quoted.id, 'cancelled')).endedOn).toBeNull()
      const stored = new Map(
        (await backend.services.list({ tenantId, status: 'cancelled' })).map(service => [
          service.id,
          service.endedOn ?? null,
        ]),
      )
      expect(stored).toEqual(
        new Map([
          [running.id, ended.endedOn],
          [quoted.id, null],
        ]),
      )
    })

    it('keeps invoiced services as history: no edit, no deletion', async () => {
      const { backend, tenantId } = await withTenant()
      const { id } = await backend.services.create(tenantId, migration)
      for (const status of ['accepted', 'scheduled', 'inProgress', 'delivered', 'invoiced'] as const)
        await backend.services.setStatus(tenantId, id, status)
      for (const attempt of [
        () => backend.services.update(tenantId, id, migration),
        () => backend.services.remove(tenantId, id),
      ])
        expect((await failure(attempt())).issues).toEqual([
          { field: 'status', code: 'closed', params: { status: 'invoiced' } },
        ])
      expect((await backend.services.list({ tenantId })).map(service => service.status)).toEqual(['invoiced'])
    })

    it('logs an edit with what moved, and a deletion', async () => {
      const { backend, tenantId } = await withTenant()
      const { id } = await backend.services.create(tenantId, migration)
      const edited = await backend.services.update(tenantId, id, { ...migration, quantity: 14, unitPriceMinor: 5_000 })
      expect(edited).toMatchObject({ id, quantity: 14, unitPriceMinor: 5_000 })
      expect(await backend.services.list({ tenantId })).toEqual([edited])
      const [entry] = await backend.activity.list({ tenantId, limit: 1 })
      expect(entry).toMatchObject({
        action: 'service.updated',
        changes: [
          { field: 'service.quantity', before: 12, after: 14 },
          { field: 'service.unitPrice', before: '45.00 USD', after: '50.00 USD' },
        ],
      })
      await backend.services.remove(tenantId, id)
      expect(await backend.services.list({ tenantId })).toEqual([])
      expect((await backend.activity.list({ tenantId, limit: 1 }))[0]).toMatchObject({
        action: 'service.removed',
        changes: [{ field: 'service.description', before: migration.description, after: null }],
      })
    })

    it("refuses another tenant's service, or one that doesn't exist, as not found", async () => {
      const { backend, tenantId } = await withTenant()
      const other = (await tenantWith(backend, [{ offerId: 'standard-suite', seats: 10 }])).tenant.id
      const { id } = await backend.services.create(tenantId, migration)
      expect(isBackendError(await failure(backend.services.setStatus(other, id, 'accepted')), 'notFound')).toBe(true)
      expect(isBackendError(await failure(backend.services.remove(tenantId, 'no-such-service')), 'notFound')).toBe(true)
    })

    it('drafts one Office Pro deployment per tenant, priced from the price list, and refuses a second by hand', async () => {
      const { backend, tenantId } = await withTenant()
      await backend.pricing.update({ ...cataloguePriceList(), officeProDeploymentMinor: 5_500 })
      const request = { workstations: 8, description: 'Office Pro deployment on 8 workstations' }
      const first = await backend.services.draftOfficeProDeployment(tenantId, request)
      expect(first.reused).toBe(false)
      expect(first.service).toMatchObject({
        kind: 'officeProDeployment',
        status: 'quoted',
        quantity: 8,
        unit: 'workstations',
        unitPriceMinor: 5_500,
        currency: 'USD',
      })
      // Drafting again gives the same deployment back, unchanged; nothing is recorded or logged.
      const entries = await backend.activity.list({ tenantId })
      const again = await backend.services.draftOfficeProDeployment(tenantId, { ...request, workstations: 9 })
      expect(again).toEqual({ service: first.service, reused: true })
      expect(await backend.activity.list({ tenantId })).toEqual(entries)
      const deployment: AddOnInput = {
        ...migration,
        kind: 'officeProDeployment',
        unit: 'workstations',
        mailSource: null,
      }
      const error = await failure(backend.services.create(tenantId, deployment))
      expect(error.issues).toEqual([{ field: 'kind', code: 'duplicate' }])
      expect(await backend.services.list({ tenantId, kind: 'officeProDeployment' })).toHaveLength(1)
      // Delivered, it leaves room for the next one.
      for (const status of ['accepted', 'scheduled', 'inProgress', 'delivered'] as const)
        await backend.services.setStatus(tenantId, first.service.id, status)
      expect((await backend.services.create(tenantId, deployment)).kind).toBe('officeProDeployment')
    })

    it('refuses to draft an Office Pro deployment at no price: the list saved without one asks for it', async () => {
      const { backend, tenantId } = await withTenant()
      await backend.pricing.update({ currency: 'EUR', prices: euros.prices })
      const error = await failure(
        backend.services.draftOfficeProDeployment(tenantId, { workstations: 4, description: 'Office Pro' }),
      )
      expect(error.issues).toEqual([{ field: 'officeProDeployment', code: 'required' }])
      expect(await backend.services.list({ tenantId })).toEqual([])
    })
  })

  describe('price list', () => {
    it('changes currency by converting the list and the ledger at the rate, never relabelling, and logs it', async () => {
      const { backend, tenantId } = await withTenant()
      const service = await backend.services.create(tenantId, migration)
      const refused = await failure(backend.pricing.changeCurrency({ currency: 'EUR', rate: '0' }))
      expect(refused.issues).toEqual([{ field: 'rate', code: 'invalidRate' }])
      expect((await backend.pricing.get()).currency).toBe('USD')

      const done = await backend.pricing.changeCurrency({ currency: 'EUR', rate: '0,92' })
      expect(done.priceList).toMatchObject({ currency: 'EUR', prices: { 'standard-suite': 920 } })
      expect(done.services).toBeGreaterThanOrEqual(1)
      expect((await backend.pricing.get()).prices['standard-suite']).toBe(920)
      const [converted] = await backend.services.list({ tenantId })
      expect(converted).toMatchObject({ id: service.id, currency: 'EUR', unitPriceMinor: 4_140 })
      const [entry] = await backend.activity.list({ limit: 1 })
      expect(entry).toMatchObject({
        action: 'data.currencyChanged',
        details: { from: 'USD', to: 'EUR', rate: '0.92' },
      })
      expect(
        isBackendError(await failure(backend.pricing.changeCurrency({ currency: 'EUR', rate: '1' })), 'validation'),
      ).toBe(true)
    })

    it("starts on the catalogue's prices, saves a euro list for everyone, and prices new services in it", async () => {
      const { backend, tenantId } = await withTenant()
      expect(await backend.pricing.get()).toEqual(cataloguePriceList())
      const before = await backend.services.create(tenantId, migration)
      // The backend may stamp a version on what it keeps (see versions.test.ts): the prices are what was sent.
      expect(await backend.pricing.update(euros)).toMatchObject(euros)
      expect(await backend.pricing.get()).toMatchObject(euros)
      const [entry] = await backend.activity.list({ limit: 1 })
      expect(entry).toMatchObject({
        area: 'data',
        action: 'data.priceListChanged',
        tenantId: null,
        details: { currency: 'EUR' },
      })
      expect(entry?.changes?.slice(0, 2)).toEqual([
        { field: 'currency', before: 'USD', after: 'EUR' },
        { field: 'prices.standard-suite', before: '10.00 USD', after: '12.50 EUR' },
      ])
      const after = await backend.services.create(tenantId, migration)
      expect([before.currency, after.currency]).toEqual(['USD', 'EUR'])
    })

    it('refuses a bad price field by field and stores nothing; logs nothing when nothing changes', async () => {
      const backend = await makeBackend()
      const before = await backend.activity.list()
      const error = await failure(
        backend.pricing.update({ currency: 'EUR', prices: { ...euros.prices, 'deskless-suite': 2.5 } }),
      )
      expect(error.issues).toEqual([{ field: 'prices.deskless-suite', code: 'notWholeNumber' }])
      expect(await backend.pricing.get()).toEqual(cataloguePriceList())
      await backend.pricing.update(cataloguePriceList())
      expect(await backend.activity.list()).toEqual(before)
    })
  })
  describe('workstation counts', () => {
    it("records a tenant's count, shows it on the tenant and the list, and logs it before → after", async () => {
      const { backend, tenantId } = await withTenant()
      expect((await backend.tenants.get(tenantId))?.tenant.workstations).toBeUndefined()
      const updated = await backend.tenants.updateWorkstations(tenantId, { workstations: 15, withOfficePro: 6 })
      expect(updated.tenant.workstations).toEqual({ workstations: 15, withOfficePro: 6 })
      expect((await backend.tenants.get(tenantId))?.tenant.workstations).toEqual({ workstations: 15, withOfficePro: 6 })
      expect(
        (await backend.tenants.listing()).tenants.find(t => t.tenant.id === tenantId)?.tenant.workstations,
      ).toEqual({
        workstations: 15,
        withOfficePro: 6,
      })
      await backend.tenants.updateWorkstations(tenantId, { workstations: 15, withOfficePro: 9 })
      const [latest, first] = await backend.activity.list({ tenantId, limit: 2 })
      expect(first).toMatchObject({
        area: 'tenant',
        action: 'tenant.workstationsChanged',
        changes: [
          { field: 'workstations', before: null, after: 15 },
          { field: 'withOfficePro', before: null, after: 6 },
        ],
      })
      expect(latest?.changes).toEqual([{ field: 'withOfficePro', before: 6, after: 9 }])
    })

    it('is not a console write: a Deskless-only tenant records its workstations too', async () => {
      const backend = await makeBackend()
      const { tenant } = await tenantWith(backend, [{ offerId: 'deskless-suite', seats: 20 }])
      const updated = await backend.tenants.updateWorkstations(tenant.id, { workstations: 60, withOfficePro: 0 })
      expect(updated.tenant.workstations).toEqual({ workstations: 60, withOfficePro: 0 })
    })

    it('refuses more Office Pro than workstations, or an unknown tenant, and stores nothing', async () => {
      const { backend, tenantId } = await withTenant()
      const before = await backend.activity.list()
      const error = await failure(backend.tenants.updateWorkstations(tenantId, { workstations: 5, withOfficePro: 6 }))
      expect(error.issues).toEqual([{ field: 'withOfficePro', code: 'aboveMaximum', params: { max: 5 } }])
      expect((await backend.tenants.get(tenantId))?.tenant.workstations).toBeUndefined()
      expect(await backend.activity.list()).toEqual(before)
      expect(
        isBackendError(
          await failure(backend.tenants.updateWorkstations('tenant-nobody', { workstations: 1, withOfficePro: 0 })),
          'notFound',
        ),
      ).toBe(true)
    })
  })

  describe('the activity of console writes', () => {
    it('logs a new user and a workstation count, naming who made them, newest first', async () => {
      const { backend, tenantId, actor } = await withTenant()
      const { tenant, subscriptions } = (await backend.tenants.get(tenantId))!
      const { user } = await backend.users.create(tenantId, {
        firstName: 'Lina',
        lastName: 'Roche',
        alias: 'lina.roche',
        domain: tenant.domains[0]!.name,
        usageLocation: 'FR',
        subscriptionId: subscriptions[0]!.id,
      })
      await backend.tenants.updateWorkstations(tenantId, { workstations: 12, withOfficePro: 5 })
      const [changed, created] = await backend.activity.list({ tenantId, limit: 2 })
      expect(created).toMatchObject({
        actor,
        tenantId,
        area: 'user',
        action: 'user.created',
        details: { displayName: user.displayName },
      })
      expect(changed).toMatchObject({
        actor,
        area: 'tenant',
        action: 'tenant.workstationsChanged',
        changes: [
          { field: 'workstations', after: 12 },
          { field: 'withOfficePro', after: 5 },
        ],
      })
      expect(await backend.activity.list({ tenantId, area: 'user' })).toEqual([created])
    })

    it('reads the log page by page, newest first, each page going on where the last stopped', async () => {
      const { backend, tenantId } = await withTenant()
      for (const quantity of [1, 2, 3]) await backend.services.create(tenantId, { ...migration, quantity })
      const whole = await backend.activity.list({ tenantId })
      const first = await backend.activity.page({ tenantId, limit: 2 })
      expect(first.entries).toEqual(whole.slice(0, 2))
      expect(first.cursor).not.toBeNull()
      const rest: typeof whole = []
      let cursor = first.cursor
      while (cursor !== null) {
        const next = await backend.activity.page({ tenantId, limit: 2, cursor })
        rest.push(...next.entries)
        cursor = next.cursor
      }
      expect([...first.entries, ...rest]).toEqual(whole)
      expect((await backend.activity.page({ limit: 1 })).entries).toEqual(await backend.activity.list({ limit: 1 }))
    })
  })
  describe('partner identity', () => {
    const identity: PartnerIdentity = {
      legalName: 'Alpine Conseil Informatique SARL',
      address: '12 rue des Alpes\n38000 Grenoble',
      country: 'FR',
      registrationNumber: '732 829 320 00074',
      vatNumber: 'fr 44 732829320',
      phone: '+33 4 76 00 00 00',
      email: 'contact@alpine-conseil.fr',
      logo: `data:image/png;base64,${btoa('logo')}`,
    }

    it('gives the saved identity back as stored for every proposal, and logs it', async () => {
      const backend = await makeBackend()
      const saved = await backend.partner.saveIdentity(identity)
      // Its fields as stored; a backend may count its changes beside them (`version`).
      expect(identityFields(saved)).toEqual({ ...identity, vatNumber: 'FR44732829320' })
      expect(await backend.partner.identity()).toEqual(saved)
      const [entry] = await backend.activity.list({ limit: 1 })
      expect(entry).toMatchObject({ area: 'data', action: 'data.partnerIdentityChanged', tenantId: null })
      expect(entry?.changes).toContainEqual({ field: 'identity.logo', before: null, after: 'image/png, 4 bytes' })
    })

    it('refuses a wrong SIRET or a logo of another kind field by field, and keeps the stored one', async () => {
      const backend = await makeBackend()
      const saved = await backend.partner.saveIdentity(identity)
      const error = await failure(
        backend.partner.saveIdentity({ ...identity, registrationNumber: '123', logo: 'data:text/html;base64,PGI+' }),
      )
      expect(error.issues.map(issue => `${issue.field}:${issue.code}`)).toEqual([
        'registrationNumber:invalidSiret',
        'logo:invalidImage',
      ])
      expect(await backend.partner.identity()).toEqual(saved)
    })
  })

  describe('quotes', () => {
    const quoteInput = (): QuoteInput => TEST_QUOTE_INPUT

    it("saves a quote priced at the partner's price list, lists it, and logs it", async () => {
      const backend = await makeBackend()
      const quote = await backend.quotes.create(quoteInput())
      expect(quote).toMatchObject({
        prospect: { companyName: 'Menuiserie Garnier', employees: 45 },
        lines: [{ offerId: 'standard-suite', seats: 45, unitPriceMinor: 1_000 }],
        currency: 'USD',
        status: 'sent',
        tenantId: null,
      })
      expect(await backend.quotes.list()).toContainEqual(quote)
      expect(await backend.quotes.get(quote.id)).toEqual(quote)
      const [entry] = await backend.activity.list({ limit: 1 })
      expect(entry).toMatchObject({
        area: 'quote',
        action: 'quote.created',
        tenantId: null,
        details: { companyName: 'Menuiserie Garnier' },
      })
    })

    it('refuses a bad quote field by field and stores nothing', async () => {
      const backend = await makeBackend()
      const before = { quotes: await backend.quotes.list(), activity: await backend.activity.list() }
      const error = await failure(
        backend.quotes.create({
          ...quoteInput(),
          prospect: { ...quoteInput().prospect, companyName: '', employees: 0 },
          lines: [{ offerId: 'standard-suite', seats: 2 }],
        }),
      )
      expect(error.issues.map(issue => issue.field)).toEqual(['companyName', 'employees', 'seats.standard-suite'])
      expect(await backend.quotes.list()).toEqual(before.quotes)
      expect(await backend.activity.list()).toEqual(before.activity)
    })

    it('keeps a half-built quote as a draft; sent, the same quote is refused for what it lacks', async () => {
      const backend = await makeBackend()
      const halfBuilt: QuoteInput = {
        ...quoteInput(),
        prospect: { ...quoteInput().prospect, contactName: '' },
        lines: [],
        services: [{ ...quoteInput().services[0]!, description: '', mailSource: null }],
        status: 'draft',
      }
      const draft = await backend.quotes.create(halfBuilt)
      expect(draft).toMatchObject({ status: 'draft', lines: [], prospect: { companyName: 'Menuiserie Garnier' } })
      expect(await backend.quotes.get(draft.id)).toEqual(draft)

      const sent = await failure(backend.quotes.update(draft.id, { ...halfBuilt, status: 'sent' }))
      expect(sent.issues.map(issue => issue.field)).toEqual([
        'offers',
        'services[0].description',
        'services[0].mailSource',
      ])
      // Even a draft needs its company, and numbers that are numbers.
      const nameless = await failure(
        backend.quotes.create({
          ...halfBuilt,
          prospect: { ...halfBuilt.prospect, companyName: ' ', employees: Number.NaN },
        }),
      )
      expect(nameless.issues.map(issue => issue.field)).toEqual(['companyName', 'employees'])
      expect(await backend.quotes.get(draft.id)).toEqual(draft)
    })

    it('numbers quotes one after the other in the year of their date; a refused one uses no number', async () => {
      const backend = await makeBackend()
      const first = await backend.quotes.create(quoteInput())
      await failure(backend.quotes.create({ ...quoteInput(), prospect: { ...quoteInput().prospect, companyName: '' } }))
      const second = await backend.quotes.create(quoteInput())
      const otherYear = await backend.quotes.create({
        ...quoteInput(),
        createdOn: '2019-06-03',
        validUntil: '2019-07-03',
      })
      // The demo's seeded quotes may come first in the series: numbers follow on from whatever was last.
      const [year, sequence] = (first.number ?? '').split('-').map(Number)
      expect(year).toBe(2025)
      expect(second.number).toBe(`2025-${String(sequence! + 1).padStart(4, '0')}`)
      expect(otherYear.number).toBe('2019-0001')
      expect((await backend.quotes.get(second.id))?.number).toBe(second.number)
      const updated = await backend.quotes.update(first.id, { ...quoteInput(), status: 'accepted' })
      expect(updated.number).toBe(first.number)
    })

    it("re-prices offers at today's price list on update, logs what moved, and deletes with an entry", async () => {
      const backend = await makeBackend()
      const quote = await backend.quotes.create(quoteInput())
      await backend.pricing.update({
        currency: 'EUR',
        prices: { ...(await backend.pricing.get()).prices, 'standard-suite': 899 },
      })
      const updated = await backend.quotes.update(quote.id, { ...quoteInput(), status: 'accepted' })
      expect(updated).toMatchObject({
        currency: 'EUR',
        lines: [{ unitPriceMinor: 899 }],
        status: 'accepted',
        createdAt: quote.createdAt,
      })
      expect(await backend.quotes.get(quote.id)).toEqual(updated)
      const [entry] = await backend.activity.list({ limit: 1 })
      expect(entry?.changes).toEqual(
        expect.arrayContaining([
          { field: 'quote.currency', before: 'USD', after: 'EUR' },
          { field: 'quote.status', before: 'sent', after: 'accepted' },
        ]),
      )
      await backend.quotes.remove(quote.id)
      expect(await backend.quotes.get(quote.id)).toBeUndefined()
      expect((await backend.activity.list({ limit: 1 }))[0]).toMatchObject({ action: 'quote.removed' })
      expect(isBackendError(await failure(backend.quotes.remove(quote.id)), 'notFound')).toBe(true)
    })
  })

  describe('baselines', () => {
    const sharing = (name: string) => ({
      name,
      description: 'Sharing with known guests only; no POP3.',
      settings: { 'sharepoint.externalSharing': 'existingExternalUsers', 'exchange.pop3': false } as const,
    })

    it('refuses a nameless, empty or duplicate baseline, whatever its case', async () => {
      const backend = await makeBackend()
      const name = `Partage maîtrisé ${crypto.randomUUID().slice(0, 4)}`
      await backend.baselines.create(sharing(name))
      const before = await backend.baselines.list()
      const error = await failure(
        backend.baselines.create({ name: ` ${name.toUpperCase()} `, description: '', settings: {} }),
      )
      expect(error.issues.map(i => `${i.field}:${i.code}`)).toEqual(['baselineName:taken', 'baselineSettings:required'])
      expect(await backend.baselines.list()).toEqual(before)
    })

    it('previews, applies tenant by tenant with the reasons for what it skips, logs it, and is left by removal', async () => {
      const { backend, tenantId } = await withTenant()
      const deskless = (await tenantWith(backend, [{ offerId: 'deskless-suite', seats: 20 }])).tenant.id
      const baseline = await backend.baselines.create(sharing(`Partage ${crypto.randomUUID().slice(0, 4)}`))
      expect((await backend.baselines.list()).map(b => b.id)).toContain(baseline.id)
      // Each setting is changed where the backend can change it, skipped with its reason where it can't.
      const pop3 = backend.capabilities.setting('exchange.pop3')
      const sharingLevel = backend.capabilities.setting('sharepoint.externalSharing')
      const sharingChange = { key: 'sharepoint.externalSharing', before: 'off', after: 'existingExternalUsers' }
      const expected = {
        changes: [
          ...(pop3.available ? [{ key: 'exchange.pop3', before: true, after: false }] : []),
          ...(sharingLevel.available ? [sharingChange] : []),
        ],
        skipped: [
          ...(pop3.available ? [] : [{ key: 'exchange.pop3', reason: 'notOnThisBackend', because: pop3.reason }]),
          ...(sharingLevel.available
            ? []
            : [{ key: 'sharepoint.externalSharing', reason: 'notOnThisBackend', because: sharingLevel.reason }]),
        ],
      }
      const sharedAfter = sharingLevel.available ? 'existingExternalUsers' : 'off'
      const before = await backend.settings.get(tenantId)
      expect(await backend.baselines.preview(baseline.id, [tenantId])).toEqual([{ tenantId, plan: expected }])
      expect(await backend.settings.get(tenantId)).toEqual(before)

      const outcomes = await backend.baselines.apply(baseline.id, [tenantId, deskless, 'no-such-tenant'])
      expect(outcomes).toEqual([
        { tenantId, status: expected.changes.length > 0 ? 'applied' : 'unchanged', ...expected },
        { tenantId: deskless, status: 'skipped', reason: 'noConsole' },
        { tenantId: 'no-such-tenant', status: 'skipped', reason: 'notFound' },
      ])
      expect(await backend.settings.get(tenantId)).toMatchObject({
        baselineId: baseline.id,
        settings: { 'sharepoint.externalSharing': sharedAfter },
      })
      expect((await backend.settings.list()).find(c => c.tenantId === tenantId)?.baselineId).toBe(baseline.id)
      const [entry] = await backend.activity.list({ tenantId, limit: 1 })
      expect(entry).toMatchObject({
        area: 'baseline',
        action: 'baseline.applied',
        details: { baseline: baseline.name, count: expected.changes.length },
      })
      expect((await backend.baselines.apply(baseline.id, [tenantId]))[0]).toMatchObject({
        status: 'unchanged',
        changes: [],
      })

      const renamed = await backend.baselines.update(baseline.id, { ...sharing(`${baseline.name} (v2)`) })
      expect(renamed).toMatchObject({ id: baseline.id, name: `${baseline.name} (v2)` })
      await backend.baselines.remove(baseline.id)
      expect((await backend.baselines.list()).map(b => b.id)).not.toContain(baseline.id)
      expect(await backend.settings.get(tenantId)).toMatchObject({
        baselineId: null,
        settings: { 'sharepoint.externalSharing': sharedAfter },
      })
      expect((await backend.activity.list({ area: 'baseline', limit: 1 }))[0]).toMatchObject({
        action: 'baseline.removed',
      })
    })
  })
}
