import type { QuoteConversion } from '../backend'
import type { QuoteInput } from '@/domain/quotes/quotes'
import { withoutVersion } from './versions'
import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '../backend'
import { failure, freshDb, makeLocal, TODAY } from './testing'
import type { ConsoleExport } from './import/exportFormat'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'
import { TEST_QUOTE_INPUT } from '@/domain/quotes/quoteTesting'

const input: QuoteInput = {
  ...TEST_QUOTE_INPUT,
  services: [
    ...TEST_QUOTE_INPUT.services,
    {
      kind: 'maintenance',
      description: 'Maintenance mensuelle',
      quantity: 2,
      unit: 'users',
      unitPriceMinor: 9_000,
      billing: 'monthly',
      mailSource: null,
    },
  ],
  createdOn: TODAY,
}

const conversion: QuoteConversion = {
  companyName: 'Menuiserie Garnier',
  contactName: 'Luc Garnier',
  contactEmail: 'luc@menuiserie-garnier.fr',
  contactPhone: '',
  country: 'FR',
  address: TEST_ADDRESS,
  agreement: TEST_AGREEMENT,
  language: 'fr',
  domainPrefix: 'menuiserie-garnier',
}

/** Everything stored, to compare before and after a refused write. */
async function snapshot(backend: ReturnType<typeof makeLocal>) {
  return { ...(await backend.dataAdmin.exportAll()), exportedAt: '' }
}

describe('local backend: quotes', () => {
  it('lists the demo quotes, newest first after a new one', async () => {
    const backend = makeLocal()
    const demo = await backend.quotes.list()
    expect(demo.map(quote => quote.prospect.companyName)).toContain('Cabinet Morel Architectes')
    const quote = await backend.quotes.create(input)
    expect((await backend.quotes.list()).map(q => q.id)).toEqual([quote.id, ...demo.map(q => q.id)])
  })
})

describe('local backend: converting a quote', () => {
  it("provisions the tenant with the quote's offers, records its services as accepted and marks the quote, at once", async () => {
    const backend = makeLocal()
    const quote = await backend.quotes.create(input)
    const { quote: converted, tenant } = await backend.quotes.convert(quote.id, conversion)

    expect(tenant.tenant).toMatchObject({
      companyName: 'Menuiserie Garnier',
      country: 'FR',
      contact: { email: 'luc@menuiserie-garnier.fr' },
    })
    expect(tenant.tenant.domains[0]?.name).toBe('menuiserie-garnier.microsoftonline.com')
    expect(tenant.subscriptions.map(s => [s.offerId, s.seats, s.state])).toEqual([['standard-suite', 45, 'active']])
    expect(converted).toMatchObject({ status: 'converted', tenantId: tenant.tenant.id })
    expect(await backend.quotes.get(quote.id)).toEqual(converted)

    // In the quote's order.
    const services = await backend.services.list({ tenantId: tenant.tenant.id })
    expect(
      services.map(s => [s.description, s.status, s.quantity, s.unitPriceMinor, s.billing, s.currency, s.quotedOn]),
    ).toEqual([
      ['Migration des boîtes POP3', 'accepted', 45, 4_000, 'oneOff', 'USD', TODAY],
      ['Maintenance mensuelle', 'accepted', 2, 9_000, 'monthly', 'USD', TODAY],
    ])
    const entries = await backend.activity.list({ tenantId: tenant.tenant.id })
    expect(entries.map(entry => entry.action)).toEqual(['quote.converted', 'tenant.provisioned'])
  })

  it('refuses a second conversion or any change once converted', async () => {
    const backend = makeLocal()
    const quote = await backend.quotes.create(input)
    await backend.quotes.convert(quote.id, conversion)
    for (const attempt of [
      backend.quotes.convert(quote.id, { ...conversion, domainPrefix: 'another-prefix' }),
      backend.quotes.update(quote.id, input),
      backend.quotes.remove(quote.id),
    ]) {
      const error = await failure(attempt)
      expect(isBackendError(error, 'validation')).toBe(true)
      expect((error as { issues: unknown[] }).issues).toEqual([
        { field: 'status', code: 'closed', params: { status: 'converted' } },
      ])
    }
    expect((await backend.tenants.listing()).tenants).toHaveLength(13)
  })

  it('leaves everything as it was when provisioning refuses (a prefix already taken, no contact e-mail)', async () => {
    const backend = makeLocal()
    const quote = await backend.quotes.create(input)
    const before = await snapshot(backend)
    const error = await failure(
      backend.quotes.convert(quote.id, { ...conversion, domainPrefix: 'boulangerie-dupre', contactEmail: '' }),
    )
    expect(isBackendError(error, 'validation')).toBe(true)
    expect(
      (error as { issues: { field: string; code: string }[] }).issues.map(issue => `${issue.field}:${issue.code}`),
    ).toEqual(['contactEmail:required', 'domainPrefix:taken'])
    expect(await snapshot(backend)).toEqual(before)
  })

  it('leaves everything as it was when the browser refuses a write half-way', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const quote = await backend.quotes.create(input)
    const before = await snapshot(backend)
    // The tenant and its subscriptions are written by then; the services are refused.
    vi.spyOn(db.services, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(isBackendError(await failure(backend.quotes.convert(quote.id, conversion)), 'storage')).toBe(true)
    vi.restoreAllMocks()
    expect(await snapshot(backend)).toEqual(before)
    expect((await backend.quotes.get(quote.id))?.status).toBe('sent')
  })
})

describe('local backend: quotes in the export', () => {
  it('round-trips quotes, converted ones included, through an export', async () => {
    const source = makeLocal()
    const quote = await source.quotes.create(input)
    await source.quotes.convert(quote.id, conversion)
    const exported = JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())) as ConsoleExport
    expect(exported.version).toBe(3)
    expect(exported.quotes).toHaveLength(3 + 1)

    const target = makeLocal()
    await target.dataAdmin.importAll(exported)
    // The quotes as they were, each starting its change count afresh in the browser that imported it.
    expect(await target.quotes.list()).toEqual((await source.quotes.list()).map(withoutVersion))
    expect((await target.quotes.get(quote.id))?.status).toBe('converted')
  })

  it('still imports a version 2 file, which has no quotes', async () => {
    const source = makeLocal()
    const older = JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())) as Record<string, unknown>
    delete older.quotes
    const target = makeLocal()
    expect(await target.dataAdmin.importAll({ ...older, version: 2 })).toEqual({ tenants: 12 })
    expect(await target.quotes.list()).toEqual([])
  })

  it('refuses quotes that break the quote rules or point at a tenant the file lacks', async () => {
    const backend = makeLocal()
    const document = JSON.parse(JSON.stringify(await backend.dataAdmin.exportAll())) as Omit<
      ConsoleExport,
      'quotes'
    > & { quotes: Record<string, unknown>[] }
    document.quotes[0]!.validUntil = '1999-01-01'
    document.quotes[1] = { ...document.quotes[1], status: 'converted', tenantId: 'tenant-nowhere' }
    document.quotes[2] = { ...document.quotes[2], id: document.quotes[0]!.id }
    const before = await snapshot(backend)
    const error = await failure(backend.dataAdmin.importAll(document))
    expect(isBackendError(error, 'invalidImport')).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'quotes[0].validUntil', code: 'beforeStart' }),
        { field: 'quotes[1].tenantId', code: 'unknown', params: { value: 'tenant-nowhere' } },
        expect.objectContaining({ field: 'quotes[2].id', code: 'taken' }),
      ]),
    )
    expect(await snapshot(backend)).toEqual(before)
  })

  it('clears them on reset, which brings the demo quotes back', async () => {
    const backend = makeLocal()
    await backend.quotes.create(input)
    await backend.dataAdmin.resetToDemo()
    expect((await backend.quotes.list()).map(quote => quote.id).sort()).toEqual([
      'quote-girard',
      'quote-morel',
      'quote-pharmacie-lac',
    ])
  })
})
