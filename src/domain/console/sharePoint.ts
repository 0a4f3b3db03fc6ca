import type { OfferId } from '../catalogue'
import type { IsoDate, IsoDateTime } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import { getOffer } from '../catalogue'
import { consoleAccess, liveSubscriptions, tenantFeatures } from '../tenant/policy'
import { validateText } from '../text'

export type SiteTemplate = 'team' | 'document' | 'blank' | 'meeting' | 'blog' | 'wiki'
export const SITE_TEMPLATES: readonly SiteTemplate[] = ['team', 'document', 'blank', 'meeting', 'blog', 'wiki']

/** A SharePoint Online site collection. */
export interface SiteCollection {
  readonly id: string
  readonly tenantId: string
  readonly title: string
  /** The path after `/sites/`, e.g. `projets`. */
  readonly path: string
  readonly template: SiteTemplate
  readonly quotaMb: number
  readonly usedMb: number
  readonly createdAt: IsoDateTime
}

export const SITE_TITLE_MAX = 100
export const SITE_PATH_MAX = 64
/** The smallest storage quota a site collection can be given. */
export const MIN_SITE_QUOTA_MB = 100

/** Where a tenant's SharePoint storage comes from: a base once per tenant, and storage per seat. */
export interface StorageAllotment {
  readonly baseMb: number
  readonly perSeat: readonly { readonly offerId: OfferId; readonly seats: number; readonly perSeatMb: number }[]
  readonly totalMb: number
}

/**
 * The storage a tenant's SharePoint gets from its live offers: the base allotment once per tenant
 * (the largest any offer gives, not one per offer) plus each offer's allotment per seat bought.
 * Standard Suite 12 seats: 10,240 + 12 × 500 = 16,240 MB. Deskless offers add nothing.
 */
export function storageAllotment(subscriptions: readonly Subscription[], today: IsoDate): StorageAllotment {
  const withSharePoint = liveSubscriptions(subscriptions, today)
    .map(subscription => ({ subscription, sharePoint: getOffer(subscription.offerId).sharePoint }))
    .filter(line => line.sharePoint !== null && line.sharePoint.access === 'full')
  if (withSharePoint.length === 0) return { baseMb: 0, perSeat: [], totalMb: 0 }
  const baseMb = Math.max(...withSharePoint.map(line => line.sharePoint!.baseStorageMb))
  const perSeat = withSharePoint.map(({ subscription, sharePoint }) => ({
    offerId: subscription.offerId,
    seats: subscription.seats,
    perSeatMb: sharePoint!.storagePerSeatMb,
  }))
  return { baseMb, perSeat, totalMb: perSeat.reduce((total, line) => total + line.seats * line.perSeatMb, baseMb) }
}

export function storageAllotmentMb(subscriptions: readonly Subscription[], today: IsoDate): number {
  return storageAllotment(subscriptions, today).totalMb
}

/** What the sites use, what their quotas reserve, and what a new site's quota can still take. */
export interface StorageSummary {
  readonly allottedMb: number
  readonly usedMb: number
  readonly reservedMb: number
  readonly leftMb: number
}

export function storageSummary(
  allottedMb: number,
  sites: readonly Pick<SiteCollection, 'quotaMb' | 'usedMb'>[],
): StorageSummary {
  const usedMb = sites.reduce((total, site) => total + site.usedMb, 0)
  const reservedMb = sites.reduce((total, site) => total + site.quotaMb, 0)
  return { allottedMb, usedMb, reservedMb, leftMb: Math.max(0, allottedMb - reservedMb) }
}

export type SiteCreationAvailability =
  | { readonly available: true }
  | { readonly available: false; readonly reason: 'noConsole' }
  /** SharePoint only from Deskless offers: users read sites, nobody can create one. */
  | { readonly available: false; readonly reason: 'readOnly'; readonly offers: readonly OfferId[] }
  | { readonly available: false; readonly reason: 'notInOffers'; readonly offers: readonly OfferId[] }

/** Whether the tenant can have site collections created and removed, or why not. */
export function siteCreationAvailability(
  subscriptions: readonly Subscription[],
  today: IsoDate,
): SiteCreationAvailability {
  if (!consoleAccess(subscriptions, today).available) return { available: false, reason: 'noConsole' }
  const features = tenantFeatures(subscriptions, today)
  if (features.has('sharepoint.sites')) return { available: true }
  const offers = [...new Set(liveSubscriptions(subscriptions, today).map(s => s.offerId))]
  if (features.has('sharepoint.read'))
    return {
      available: false,
      reason: 'readOnly',
      offers: offers.filter(id => getOffer(id).sharePoint?.access === 'readOnly'),
    }
  return { available: false, reason: 'notInOffers', offers }
}

/** A site collection's address on the tenant's SharePoint Online. */
export function siteUrl(initialPrefix: string, path: string): string {
  return `https://${initialPrefix}.sharepoint.com/sites/${path}`
}

export interface SiteInput {
  readonly title: string
  readonly path: string
  readonly template: SiteTemplate
  readonly quotaMb: number
}

/** What a new site must not collide with, and what it can take. */
export interface SiteContext {
  /** The paths of the tenant's sites. */
  readonly takenPaths: ReadonlySet<string>
  /** The allotment minus what existing quotas reserve. */
  readonly leftMb: number
}

export function validateSiteTitle(value: string): ValidationIssue[] {
  return validateText(value, { field: 'siteTitle', max: SITE_TITLE_MAX })
}

/**
 * The path after `/sites/` is one URL segment: lower-case letters, digits and inner hyphens, at
 * most 64, and unique in the tenant. Upper case gets the lower-case form suggested when that form
 * would be accepted.
 */
export function validateSitePath(value: string, takenPaths: ReadonlySet<string>): ValidationIssue[] {
  const field = 'sitePath'
  const path = value.trim()
  if (path === '') return [{ field, code: 'required' }]
  if (path.length > SITE_PATH_MAX) return [{ field, code: 'tooLong', params: { max: SITE_PATH_MAX } }]
  if (/[A-Z]/.test(path)) {
    const suggestion = path.toLowerCase()
    const issues = validateSitePath(suggestion, takenPaths)
    return issues.length > 0 ? issues : [{ field, code: 'uppercase', params: { suggestion } }]
  }
  if (!/^[a-z0-9-]+$/.test(path)) return [{ field, code: 'invalidCharacters' }]
  if (path.startsWith('-') || path.endsWith('-')) return [{ field, code: 'hyphenAtEdge' }]
  if (takenPaths.has(path)) return [{ field, code: 'taken', params: { path } }]
  return []
}

/** A quota is whole megabytes, at least 100, and must fit in what the tenant's storage has left. */
export function validateSiteQuota(quotaMb: number, leftMb: number): ValidationIssue[] {
  const field = 'siteQuota'
  if (!Number.isFinite(quotaMb)) return [{ field, code: 'required' }]
  if (!Number.isInteger(quotaMb)) return [{ field, code: 'notWholeNumber' }]
  if (quotaMb < MIN_SITE_QUOTA_MB) return [{ field, code: 'belowMinimum', params: { min: MIN_SITE_QUOTA_MB } }]
  if (quotaMb > leftMb) return [{ field, code: 'aboveStorageLeft', params: { left: leftMb } }]
  return []
}

export function validateSite(input: SiteInput, context: SiteContext): ValidationIssue[] {
  return [
    ...validateSiteTitle(input.title),
    ...validateSitePath(input.path, context.takenPaths),
    ...(SITE_TEMPLATES.includes(input.template)
      ? []
      : [{ field: 'siteTemplate', code: 'unknown' as const, params: { value: String(input.template) } }]),
    ...validateSiteQuota(input.quotaMb, context.leftMb),
  ]
}
