import type { PartnerCenter } from './client.js'
import { RelayError } from '../http.js'

/**
 * The console's offers and the Partner Center product and SKU each buys, by their names in Partner Center's catalogue
 * (the names "Product names and service plan identifiers for licensing" gives,
 * https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference). Ids are never written here: the
 * availability, and so the catalogue item, changes over time and by country
 * (https://learn.microsoft.com/partner-center/developer/get-an-availability-by-id), so it is read at run time.
 */
export const OFFER_PRODUCTS: Readonly<Record<string, { readonly product: string; readonly sku: string }>> = {
  'standard-suite': { product: 'Office 365 E1', sku: 'Office 365 E1' },
  'deskless-suite': { product: 'Office 365 F3', sku: 'Office 365 F3' },
  'exchange-online': { product: 'Exchange Online (Plan 1)', sku: 'Exchange Online (Plan 1)' },
  'sharepoint-online': { product: 'SharePoint Online (Plan 1)', sku: 'SharePoint Online (Plan 1)' },
  'communications-online': {
    product: 'Skype for Business Online (Plan 2)',
    sku: 'Skype for Business Online (Plan 2)',
  },
  'live-meeting': { product: 'Microsoft 365 Audio Conferencing', sku: 'Microsoft 365 Audio Conferencing' },
  'exchange-deskless': { product: 'Exchange Online Kiosk', sku: 'Exchange Online Kiosk' },
  'sharepoint-deskless': { product: 'SharePoint Online Kiosk', sku: 'SharePoint Online Kiosk' },
}

/** One offer's catalogue item in a country, with what a cart line needs to be accepted. */
export interface CatalogueItem {
  readonly offerId: string
  readonly catalogItemId: string
  readonly productId: string
  readonly skuId: string
  readonly availabilityId: string
  readonly title: string
  readonly minimumQuantity: number
  readonly maximumQuantity: number
  readonly terms: readonly { readonly duration: string; readonly billingCycle: string }[]
  readonly currency?: string
}

export interface CountryCatalogue {
  readonly country: string
  readonly items: readonly CatalogueItem[]
  /** Offers Partner Center doesn't sell there (or under that name any more), each with why. */
  readonly unavailable: readonly { readonly offerId: string; readonly reason: string }[]
}

interface Collection<T> {
  readonly items?: readonly T[]
}
interface Product {
  readonly id: string
  readonly title: string
}
interface Sku {
  readonly id: string
  readonly title: string
  readonly minimumQuantity?: number
  readonly maximumQuantity?: number
}
interface Availability {
  readonly id: string
  readonly catalogItemId: string
  readonly isPurchasable?: boolean
  readonly terms?: readonly { readonly duration: string; readonly billingCycle: string }[]
  readonly defaultCurrency?: { readonly code?: string }
}

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0

/**
 * Reads a country's catalogue the way the new-commerce purchase page says
 * (https://learn.microsoft.com/partner-center/developer/purchase-new-commerce-license-based): products of the
 * OnlineServices view, then the SKUs of the products the offers name, then each SKU's availabilities, keeping the
 * first purchasable one's `catalogItemId`.
 */
export async function readCatalogue(partnerCenter: PartnerCenter, country: string): Promise<CountryCatalogue> {
  const query = `country=${encodeURIComponent(country)}`
  const products = await partnerCenter<Collection<Product>>('GET', `/products?${query}&targetView=OnlineServices`)
  const items: CatalogueItem[] = []
  const unavailable: { offerId: string; reason: string }[] = []
  const skusOf = new Map<string, Promise<Collection<Sku>>>()
  for (const [offerId, names] of Object.entries(OFFER_PRODUCTS)) {
    const product = products.items?.find(p => same(p.title, names.product))
    if (!product) {
      unavailable.push({ offerId, reason: `Partner Center sells no product named ${names.product} in ${country}.` })
      continue
    }
    if (!skusOf.has(product.id))
      skusOf.set(product.id, partnerCenter('GET', `/products/${encodeURIComponent(product.id)}/skus?${query}`))
    const sku = (await skusOf.get(product.id)!).items?.find(s => same(s.title, names.sku))
    if (!sku) {
      unavailable.push({ offerId, reason: `${names.product} has no SKU named ${names.sku} in ${country}.` })
      continue
    }
    const availabilities = await partnerCenter<Collection<Availability>>(
      'GET',
      `/products/${encodeURIComponent(product.id)}/skus/${encodeURIComponent(sku.id)}/availabilities?${query}`,
    )
    const availability = availabilities.items?.find(a => a.isPurchasable !== false)
    if (!availability) {
      unavailable.push({ offerId, reason: `${names.sku} can't be bought in ${country} now.` })
      continue
    }
    items.push({
      offerId,
      catalogItemId: availability.catalogItemId,
      productId: product.id,
      skuId: sku.id,
      availabilityId: availability.id,
      title: sku.title,
      minimumQuantity: sku.minimumQuantity ?? 1,
      maximumQuantity: sku.maximumQuantity ?? Number.MAX_SAFE_INTEGER,
      terms: (availability.terms ?? []).map(({ duration, billingCycle }) => ({ duration, billingCycle })),
      ...(availability.defaultCurrency?.code ? { currency: availability.defaultCurrency.code } : {}),
    })
  }
  return { country, items, unavailable }
}

/** A country as the catalogue takes it: two letters (ISO 3166-1 alpha-2), upper case. */
export function countryParameter(value: string | null | undefined): string {
  const country = value?.trim().toUpperCase() ?? ''
  if (!/^[A-Z]{2}$/.test(country))
    throw new RelayError(400, 'badRequest', 'Name the country with its two-letter code, e.g. country=FR.')
  return country
}

/**
 * Each country's catalogue, kept for a while in this instance's memory: the relay holds no store, and another
 * instance reads its own. A failed read is forgotten at once, so the next call tries again.
 */
export function catalogueCache(ttlMs: number, now: () => number) {
  const kept = new Map<string, { readonly at: number; readonly catalogue: Promise<CountryCatalogue> }>()
  return (country: string, read: () => Promise<CountryCatalogue>): Promise<CountryCatalogue> => {
    const entry = kept.get(country)
    if (entry && now() - entry.at < ttlMs) return entry.catalogue
    const catalogue = read()
    kept.set(country, { at: now(), catalogue })
    catalogue.catch(() => {
      if (kept.get(country)?.catalogue === catalogue) kept.delete(country)
    })
    return catalogue
  }
}
