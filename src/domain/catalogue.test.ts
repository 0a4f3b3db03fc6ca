import type { FeatureId, OfferId, WorkloadId } from './catalogue'
import { describe, expect, it } from 'vitest'
import {
  catalogue,
  findOffer,
  findOfferByPartnerCenterId,
  findOfferBySku,
  findSku,
  getOffer,
  INITIAL_DOMAIN_SUFFIX,
  isOfferId,
  MAX_SEATS,
  offerSkus,
  TRIAL_DAYS,
  TRIAL_MAX_SEATS,
} from './catalogue'
import skuReference from './sources/microsoft-365-skus.json'

const OFFER_IDS: readonly OfferId[] = [
  'standard-suite',
  'deskless-suite',
  'exchange-online',
  'sharepoint-online',
  'communications-online',
  'live-meeting',
  'exchange-deskless',
  'sharepoint-deskless',
]

const SERVICE_IDS: readonly WorkloadId[] = ['exchange', 'sharepoint', 'communications', 'liveMeeting']

/** The service a feature switch belongs to. */
const FEATURE_SERVICE: Readonly<Record<FeatureId, WorkloadId>> = {
  'exchange.owa': 'exchange',
  'exchange.outlookAnywhere': 'exchange',
  'exchange.activeSync': 'exchange',
  'exchange.pop3': 'exchange',
  'exchange.imap4': 'exchange',
  'exchange.filtering': 'exchange',
  'sharepoint.sites': 'sharepoint',
  'sharepoint.read': 'sharepoint',
  'sharepoint.externalSharing': 'sharepoint',
  'sharepoint.workflows': 'sharepoint',
  'communications.im': 'communications',
  'communications.federation': 'communications',
  'communications.liveMeeting': 'liveMeeting',
}

describe('catalogue', () => {
  it('sells the eight BPOS offers, in USD, once each', () => {
    expect(catalogue.currency).toBe('USD')
    expect(catalogue.offers.map(offer => offer.id)).toEqual(OFFER_IDS)
    expect(new Set(catalogue.offers.map(offer => offer.id)).size).toBe(catalogue.offers.length)
  })

  it('names its sources', () => {
    expect(catalogue.source).toContain('BPOS.md')
  })

  it('keeps the BPOS limits: 5 seats minimum, 10,000 maximum, 30-day trials of 20 licences', () => {
    expect(MAX_SEATS).toBe(10_000)
    expect(TRIAL_DAYS).toBe(30)
    expect(TRIAL_MAX_SEATS).toBe(20)
    expect(INITIAL_DOMAIN_SUFFIX).toBe('microsoftonline.com')
  })

  describe.each(catalogue.offers.map(offer => [offer.id, offer] as const))('%s', (_id, offer) => {
    it('needs at least 5 seats', () => {
      expect(offer.minimumSeats).toBe(5)
    })

    it('stands for a Microsoft 365 SKU', () => {
      expect(offer.skuPartNumber).toMatch(/^[A-Z0-9_]+$/)
    })

    it('has a whole, positive list price in cents', () => {
      expect(Number.isSafeInteger(offer.listPriceMinor)).toBe(true)
      expect(offer.listPriceMinor).toBeGreaterThan(0)
    })

    it('grants the console and needs Office Pro exactly when it is not Deskless', () => {
      const standard = offer.tier === 'standard'
      expect(offer.grantsConsole).toBe(standard)
      expect(offer.needsOfficePro).toBe(standard)
    })

    it('has known services, one suite of several or one standalone service', () => {
      for (const service of offer.services) expect(SERVICE_IDS).toContain(service)
      expect(new Set(offer.services).size).toBe(offer.services.length)
      if (offer.kind === 'standalone') expect(offer.services).toHaveLength(1)
      else expect(offer.services.length).toBeGreaterThan(1)
    })

    it('has only features of the services it includes, each once', () => {
      expect(new Set(offer.features).size).toBe(offer.features.length)
      for (const feature of offer.features) {
        expect(Object.keys(FEATURE_SERVICE)).toContain(feature)
        expect(offer.services).toContain(FEATURE_SERVICE[feature])
      }
      // …and every service it includes has at least one feature.
      for (const service of offer.services)
        expect(offer.features.some(feature => FEATURE_SERVICE[feature] === service)).toBe(true)
    })

    it('has mailbox settings exactly when it includes Exchange', () => {
      expect(offer.exchange !== null).toBe(offer.services.includes('exchange'))
      if (offer.exchange) expect(offer.exchange.defaultMailboxMb).toBeLessThanOrEqual(offer.exchange.maxMailboxMb)
    })

    it('has SharePoint settings exactly when it includes SharePoint', () => {
      expect(offer.sharePoint !== null).toBe(offer.services.includes('sharepoint'))
    })

    it('is found by its id', () => {
      expect(getOffer(offer.id)).toBe(offer)
      expect(findOffer(offer.id)).toBe(offer)
      expect(isOfferId(offer.id)).toBe(true)
    })
  })

  it('gives each offer its own SKU', () => {
    const skus = catalogue.offers.map(offer => offer.skuPartNumber)
    expect(new Set(skus).size).toBe(skus.length)
  })

  it('maps offers to the Microsoft 365 SKUs in BPOS.md', () => {
    expect(getOffer('standard-suite').skuPartNumber).toBe('STANDARDPACK')
    expect(getOffer('deskless-suite').skuPartNumber).toBe('DESKLESSPACK')
    expect(getOffer('exchange-online').skuPartNumber).toBe('EXCHANGESTANDARD')
    expect(getOffer('exchange-deskless').skuPartNumber).toBe('EXCHANGEDESKLESS')
  })

  it('gives each offer its own Partner Center offer, found again by its id whatever its case', () => {
    const ids = catalogue.offers.map(offer => offer.partnerCenterOfferId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const offer of catalogue.offers) {
      expect(offer.partnerCenterOfferId).toMatch(/^[A-Z0-9]{12}:\d{4}$/)
      expect(findOfferByPartnerCenterId(offer.partnerCenterOfferId.toLowerCase())).toBe(offer)
    }
    expect(findOfferByPartnerCenterId('CFQ7TTC0ZZZZ:0001')).toBeUndefined()
  })

  it('finds an offer by its SKU, and none for a SKU it does not sell', () => {
    expect(findOfferBySku('DESKLESSPACK')?.id).toBe('deskless-suite')
    expect(findOfferBySku('FLOW_FREE')).toBeUndefined()
  })

  it('maps the SKUs Microsoft sells today with the same services to the same offers', () => {
    for (const sku of [
      'ENTERPRISEPACK',
      'Office_365_E1_(no_Teams)',
      'Office_365_E3_(no_Teams)',
      'O365_BUSINESS_ESSENTIALS',
      'O365_BUSINESS_PREMIUM',
      'SPB',
    ])
      expect(findOfferBySku(sku)?.id, sku).toBe('standard-suite')
    for (const sku of ['SPE_F1', 'M365_F1_COMM']) expect(findOfferBySku(sku)?.id, sku).toBe('deskless-suite')
    expect(findOfferBySku('EXCHANGEDESKLESS')?.id).toBe('exchange-deskless')
    expect(findSku('ENTERPRISEPACK')?.sku.servicePlans).toEqual({
      exchange: 'EXCHANGE_S_ENTERPRISE',
      sharepoint: 'SHAREPOINTENTERPRISE',
      communications: 'MCOSTANDARD',
      liveMeeting: 'TEAMS1',
    })
  })

  it('names only real part numbers and plans, each SKU mapped once, each plan in that SKU as Microsoft lists it', () => {
    const reference = new Map(skuReference.products.map(product => [product.skuPartNumber, product]))
    const mapped = catalogue.offers.flatMap(offer => offerSkus(offer).map(sku => ({ offer, sku })))
    expect(new Set(mapped.map(m => m.sku.skuPartNumber)).size).toBe(mapped.length)
    for (const { offer, sku } of mapped) {
      // SHAREPOINTDESKLESS is not a product of its own in Microsoft's list.
      if (sku.skuPartNumber === 'SHAREPOINTDESKLESS') continue
      const product = reference.get(sku.skuPartNumber)
      expect(product, sku.skuPartNumber).toBeDefined()
      for (const [service, plan] of Object.entries(sku.servicePlans)) {
        expect(offer.services, `${sku.skuPartNumber} ${service}`).toContain(service)
        expect(Object.keys(product!.servicePlans), `${sku.skuPartNumber} ${plan}`).toContain(plan)
      }
    }
  })

  it('says why a SKU carries no plan for a service its offer includes', () => {
    for (const offer of catalogue.offers) {
      for (const sku of offerSkus(offer)) {
        if (offer.services.some(service => sku.servicePlans[service] === undefined))
          expect(sku.note, sku.skuPartNumber).toMatch(/Teams/)
      }
    }
  })

  it('names the service plan carrying each service an offer includes, and no other', () => {
    for (const offer of catalogue.offers)
      expect(Object.keys(offer.servicePlans).sort()).toEqual([...offer.services].sort())
    expect(getOffer('standard-suite').servicePlans.exchange).toBe('EXCHANGE_S_STANDARD')
    expect(getOffer('deskless-suite').servicePlans).toEqual({
      exchange: 'EXCHANGE_S_DESKLESS',
      sharepoint: 'SHAREPOINTDESKLESS',
    })
  })

  it('lists the BPOS prices per user per month, in cents', () => {
    const prices = Object.fromEntries(catalogue.offers.map(offer => [offer.id, offer.listPriceMinor]))
    expect(prices).toEqual({
      'standard-suite': 1000, // $10.00 from November 2009
      'deskless-suite': 300, // $3.00
      'exchange-online': 1000, // $10.00
      'sharepoint-online': 725, // $7.25
      'communications-online': 250, // $2.50
      'live-meeting': 450, // $4.50
      'exchange-deskless': 200, // $2.00
      'sharepoint-deskless': 200, // $2.00
    })
  })

  it('puts the Deskless Worker Suite and its two parts in the Deskless tier, and nothing else', () => {
    const deskless = catalogue.offers.filter(offer => offer.tier === 'deskless').map(offer => offer.id)
    expect(deskless).toEqual(['deskless-suite', 'exchange-deskless', 'sharepoint-deskless'])
  })

  it('gives Standard Suite Exchange, SharePoint, Communications and Live Meeting, with the console', () => {
    const standard = getOffer('standard-suite')
    expect(standard.kind).toBe('suite')
    expect(standard.services).toEqual(['exchange', 'sharepoint', 'communications', 'liveMeeting'])
    expect(standard.grantsConsole).toBe(true)
    expect(standard.needsOfficePro).toBe(true)
    expect(standard.exchange).toEqual({ defaultMailboxMb: 5120, maxMailboxMb: 25600 })
    expect(standard.sharePoint?.access).toBe('full')
  })

  it('makes each suite the union of its standalone parts', () => {
    const union = (...ids: OfferId[]) => new Set(ids.flatMap(id => getOffer(id).features))
    expect(new Set(getOffer('standard-suite').features)).toEqual(
      union('exchange-online', 'sharepoint-online', 'communications-online', 'live-meeting'),
    )
    expect(new Set(getOffer('deskless-suite').features)).toEqual(union('exchange-deskless', 'sharepoint-deskless'))
  })

  describe('Deskless tier', () => {
    const deskless = catalogue.offers.filter(offer => offer.tier === 'deskless')

    it('caps mailboxes at 500 MB', () => {
      for (const offer of deskless.filter(o => o.exchange))
        expect(offer.exchange).toEqual({ defaultMailboxMb: 500, maxMailboxMb: 500 })
    })

    it('gives Outlook Web Access only: no desktop Outlook, no mobile sync, no POP or IMAP', () => {
      for (const offer of deskless) {
        expect(offer.features).not.toContain('exchange.outlookAnywhere')
        expect(offer.features).not.toContain('exchange.activeSync')
        expect(offer.features).not.toContain('exchange.pop3')
        expect(offer.features).not.toContain('exchange.imap4')
      }
      expect(getOffer('deskless-suite').features).toContain('exchange.owa')
    })

    it('gives SharePoint read-only, with no storage of its own', () => {
      for (const offer of deskless.filter(o => o.sharePoint)) {
        expect(offer.sharePoint).toEqual({ baseStorageMb: 0, storagePerSeatMb: 0, access: 'readOnly' })
        expect(offer.features).toEqual(expect.arrayContaining(['sharepoint.read']))
        expect(offer.features).not.toContain('sharepoint.sites')
        expect(offer.features).not.toContain('sharepoint.workflows')
      }
    })

    it('includes no Communications or Live Meeting', () => {
      for (const offer of deskless) {
        expect(offer.services).not.toContain('communications')
        expect(offer.services).not.toContain('liveMeeting')
      }
    })
  })

  it('has no Exchange feature on offers without Exchange (e.g. SharePoint Online)', () => {
    expect(getOffer('sharepoint-online').features.filter(f => f.startsWith('exchange.'))).toEqual([])
    expect(getOffer('live-meeting').features).toEqual(['communications.liveMeeting'])
  })

  it('refuses unknown offer ids', () => {
    expect(findOffer('office-365-e3')).toBeUndefined()
    expect(findOffer('')).toBeUndefined()
    expect(isOfferId('Standard-Suite')).toBe(false)
    expect(isOfferId('toString')).toBe(false)
    expect(() => getOffer('nope' as OfferId)).toThrow('Unknown offer nope')
  })
})
