import type { Catalogue } from '../../src/domain/catalogue'
import { createHash } from 'node:crypto'
import { readJson } from '../graph/readJson'

/**
 * Partner Center's new-commerce catalogue for license-based services, as the test server serves it: products, their
 * SKUs, and each SKU's availability per country, whose `catalogItemId` is `productId:skuId:availabilityId`
 * (https://learn.microsoft.com/partner-center/developer/purchase-new-commerce-license-based). Seeded with the console's
 * offers' real-world counterparts and the Microsoft 365 plans the console also recognises (`catalogue.json`'s
 * `alsoSoldAs`), by name.
 */

export interface CatalogueSku {
  readonly productId: string
  readonly skuId: string
  readonly title: string
  /** What Graph calls the licence it gives (`subscribedSku.skuPartNumber`). */
  readonly skuPartNumber: string
  readonly minimumQuantity: number
  readonly maximumQuantity: number
}

/**
 * Product names by string id, from "Product names and service plan identifiers for licensing"
 * (https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference). In new commerce a
 * Microsoft 365 product has one SKU of the same name.
 */
const NAMES: Readonly<Record<string, string>> = {
  STANDARDPACK: 'Office 365 E1',
  ENTERPRISEPACK: 'Office 365 E3',
  DESKLESSPACK: 'Office 365 F3',
  EXCHANGESTANDARD: 'Exchange Online (Plan 1)',
  EXCHANGEDESKLESS: 'Exchange Online Kiosk',
  SHAREPOINTSTANDARD: 'SharePoint Online (Plan 1)',
  SHAREPOINTDESKLESS: 'SharePoint Online Kiosk',
  MCOSTANDARD: 'Skype for Business Online (Plan 2)',
  MCOMEETADV: 'Microsoft 365 Audio Conferencing',
  O365_BUSINESS_ESSENTIALS: 'Microsoft 365 Business Basic',
  O365_BUSINESS_PREMIUM: 'Microsoft 365 Business Standard',
  SPB: 'Microsoft 365 Business Premium',
}

/**
 * Product and SKU ids of the plans the console recognises but sells under another offer. Business Basic's is the
 * purchase page's own example (`CFQ7TTC0LH18:0001`); the others only need to be distinct here.
 */
const OTHER_IDS: Readonly<Record<string, string>> = {
  O365_BUSINESS_ESSENTIALS: 'CFQ7TTC0LH18:0001',
  O365_BUSINESS_PREMIUM: 'CFQ7TTC0LDPB:0001',
  SPB: 'CFQ7TTC0LCHC:0002',
  ENTERPRISEPACK: 'CFQ7TTC0LF8R:0001',
}

/** Microsoft 365 Business plans hold at most 300 users (their service description); other SKUs get a high cap. */
const BUSINESS_MAXIMUM = 300

const catalogue = readJson<Catalogue>(new URL('../../src/domain/catalogue.json', import.meta.url))

function skuOf(partnerCenterId: string, skuPartNumber: string): CatalogueSku {
  const [productId, skuId] = partnerCenterId.split(':') as [string, string]
  const business = ['O365_BUSINESS_ESSENTIALS', 'O365_BUSINESS_PREMIUM', 'SPB'].includes(skuPartNumber)
  return {
    productId,
    skuId,
    title: NAMES[skuPartNumber] ?? skuPartNumber,
    skuPartNumber,
    minimumQuantity: 1,
    maximumQuantity: business ? BUSINESS_MAXIMUM : 10_000,
  }
}

export const CATALOGUE_SKUS: readonly CatalogueSku[] = [
  ...catalogue.offers.map(offer => skuOf(offer.partnerCenterOfferId, offer.skuPartNumber)),
  ...Object.entries(OTHER_IDS).map(([skuPartNumber, id]) => skuOf(id, skuPartNumber)),
]

/**
 * The markets this catalogue sells in, with their currency. Partner Center sells in many more; which country a
 * request may name is not listed on the catalogue pages, so the test world refuses any other.
 */
export const MARKETS: Readonly<Record<string, { code: string; symbol: string }>> = {
  FR: { code: 'EUR', symbol: '€' },
  BE: { code: 'EUR', symbol: '€' },
  LU: { code: 'EUR', symbol: '€' },
  DE: { code: 'EUR', symbol: '€' },
  ES: { code: 'EUR', symbol: '€' },
  IT: { code: 'EUR', symbol: '€' },
  NL: { code: 'EUR', symbol: '€' },
  CH: { code: 'CHF', symbol: 'CHF' },
  GB: { code: 'GBP', symbol: '£' },
  US: { code: 'USD', symbol: '$' },
  CA: { code: 'CAD', symbol: '$' },
}

/**
 * A SKU's availability id in a country. "Availability IDs are mutable and dynamic" and differ by market
 * (https://learn.microsoft.com/partner-center/developer/get-an-availability-by-id): here one per SKU and country, so
 * a client that hard-codes one, or reuses another country's, is refused.
 */
export function availabilityId(sku: CatalogueSku, country: string): string {
  const digest = createHash('sha256').update(`${sku.productId}:${sku.skuId}:${country}`).digest('hex')
  return `CFQ7TTC0${digest.slice(0, 4).toUpperCase()}`
}

/** The terms a new-commerce license-based availability offers: a month or a year, billed monthly or yearly. */
export const TERMS = [
  { duration: 'P1M', billingCycle: 'monthly', description: 'One-Month commitment for monthly/recurring billing' },
  { duration: 'P1Y', billingCycle: 'monthly', description: 'One-Year commitment for monthly/recurring billing' },
  { duration: 'P1Y', billingCycle: 'annual', description: 'One-Year commitment for annual/prepaid billing' },
] as const

/** The SKU and country a three-part catalogue item id stands for, if this catalogue sells it. */
export function catalogueItem(catalogItemId: string): { sku: CatalogueSku; country: string } | undefined {
  const [productId, skuId, availability, ...rest] = catalogItemId.toUpperCase().split(':')
  if (!productId || !skuId || !availability || rest.length > 0) return undefined
  const sku = CATALOGUE_SKUS.find(s => s.productId === productId && s.skuId === skuId)
  const country = sku && Object.keys(MARKETS).find(c => availabilityId(sku, c) === availability)
  return sku && country ? { sku, country } : undefined
}
