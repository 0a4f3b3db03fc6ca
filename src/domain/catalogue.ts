import type { CurrencyCode } from './money'
import catalogueData from './catalogue.json'

export type OfferId =
  | 'standard-suite'
  | 'deskless-suite'
  | 'exchange-online'
  | 'sharepoint-online'
  | 'communications-online'
  | 'live-meeting'
  | 'exchange-deskless'
  | 'sharepoint-deskless'

export type WorkloadId = 'exchange' | 'sharepoint' | 'communications' | 'liveMeeting'

/** A switch a subscription may carry; the console shows and writes only those its offers include. */
export type FeatureId =
  | 'exchange.owa'
  | 'exchange.outlookAnywhere'
  | 'exchange.activeSync'
  | 'exchange.pop3'
  | 'exchange.imap4'
  | 'exchange.filtering'
  | 'sharepoint.sites'
  | 'sharepoint.read'
  | 'sharepoint.externalSharing'
  | 'sharepoint.workflows'
  | 'communications.im'
  | 'communications.federation'
  | 'communications.liveMeeting'

export interface Offer {
  readonly id: OfferId
  readonly kind: 'suite' | 'standalone'
  /** The Deskless tier is BPOS's entry level: no application console, no Office Pro needed. */
  readonly tier: 'standard' | 'deskless'
  readonly services: readonly WorkloadId[]
  /** List price per user per month, in minor units of the catalogue currency. */
  readonly listPriceMinor: number
  readonly minimumSeats: number
  readonly grantsConsole: boolean
  readonly needsOfficePro: boolean
  readonly exchange: { readonly defaultMailboxMb: number; readonly maxMailboxMb: number } | null
  readonly sharePoint: {
    readonly baseStorageMb: number
    readonly storagePerSeatMb: number
    readonly access: 'full' | 'readOnly'
  } | null
  readonly features: readonly FeatureId[]
  /** The Microsoft 365 SKU that stands for this offer on the Graph backend. */
  readonly skuPartNumber: string
  /** The Partner Center offer (new commerce `productId:skuId`) that buys that SKU: an order's line items name it. */
  readonly partnerCenterOfferId: string
  /** For each service the offer includes, the SKU's service plan (its `servicePlanName`) that carries it. */
  readonly servicePlans: Readonly<Partial<Record<WorkloadId, string>>>
  /**
   * Other Microsoft 365 SKUs that carry the same services today (Office 365 E3, the "no Teams"
   * SKUs, Microsoft 365 Business…), each with its own plan names. A service one of them carries
   * no plan for is unknown for its users. Orders still buy `skuPartNumber`.
   */
  readonly alsoSoldAs?: readonly SkuMapping[]
}

/** A Microsoft 365 SKU an offer stands for, and the service plan (by name) carrying each of its services. */
export interface SkuMapping {
  readonly skuPartNumber: string
  readonly servicePlans: Readonly<Partial<Record<WorkloadId, string>>>
  /** Why the mapping is as it is, when that needs saying (a service the SKU doesn't carry). */
  readonly note?: string
}

export interface Catalogue {
  readonly source: string
  readonly currency: CurrencyCode
  readonly offers: readonly Offer[]
}

export const MAX_SEATS = 10_000
export const TRIAL_DAYS = 30
export const TRIAL_MAX_SEATS = 20
export const INITIAL_DOMAIN_SUFFIX = 'microsoftonline.com'

/** The offers and list prices this console sells, from `catalogue.json`. */
export const catalogue = catalogueData as Catalogue

const offersById = new Map(catalogue.offers.map(offer => [offer.id, offer]))

export function findOffer(id: string): Offer | undefined {
  return offersById.get(id as OfferId)
}

/** Every SKU an offer stands for: its own first, then those sold today with the same services. */
export function offerSkus(offer: Offer): readonly SkuMapping[] {
  return [{ skuPartNumber: offer.skuPartNumber, servicePlans: offer.servicePlans }, ...(offer.alsoSoldAs ?? [])]
}

const skusByPartNumber = new Map(
  catalogue.offers.flatMap(offer => offerSkus(offer).map(sku => [sku.skuPartNumber, { offer, sku }] as const)),
)

/**
 * The offer a Microsoft 365 SKU stands for, and the SKU's own plan names, or undefined for a SKU this console doesn't
 * map.
 */
export function findSku(skuPartNumber: string): { readonly offer: Offer; readonly sku: SkuMapping } | undefined {
  return skusByPartNumber.get(skuPartNumber)
}

/** The offer a Microsoft 365 SKU stands for, or undefined for a SKU this console doesn't sell. */
export function findOfferBySku(skuPartNumber: string): Offer | undefined {
  return findSku(skuPartNumber)?.offer
}

const offersByPartnerCenterId = new Map(
  catalogue.offers.map(offer => [offer.partnerCenterOfferId.toUpperCase(), offer]),
)

/** The offer a Partner Center offer id buys (ids compared without case, as Partner Center does), or undefined. */
export function findOfferByPartnerCenterId(offerId: string): Offer | undefined {
  return offersByPartnerCenterId.get(offerId.toUpperCase())
}

export function getOffer(id: OfferId): Offer {
  const offer = offersById.get(id)
  if (!offer) throw new Error(`Unknown offer ${id}`)
  return offer
}

export function isOfferId(id: string): id is OfferId {
  return offersById.has(id as OfferId)
}
