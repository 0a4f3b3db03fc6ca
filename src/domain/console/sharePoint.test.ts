import type { Subscription } from '../tenant/tenant'
import { describe, expect, it } from 'vitest'
import {
  siteCreationAvailability,
  siteUrl,
  storageAllotment,
  storageAllotmentMb,
  storageSummary,
  validateSite,
  validateSitePath,
  validateSiteQuota,
  validateSiteTitle,
} from './sharePoint'

const today = '2025-03-10'

function subscription(
  offerId: Subscription['offerId'],
  seats: number,
  overrides: Partial<Subscription> = {},
): Subscription {
  return {
    id: `sub-${offerId}`,
    tenantId: 't',
    offerId,
    seats,
    assignedSeats: 0,
    state: 'active',
    startedOn: '2024-01-01',
    trialEndsOn: null,
    cancelledOn: null,
    ...overrides,
  }
}

describe('storageAllotmentMb', () => {
  it('gives a Standard Suite tenant 10 GB plus 500 MB a seat', () => {
    // Boulangerie Dupré: 12 seats → 10,240 + 6,000.
    expect(storageAllotmentMb([subscription('standard-suite', 12)], today)).toBe(16_240)
  })

  it('counts the base allotment once per tenant, and the per-seat allotment of every offer', () => {
    // Stand-alone SharePoint Online 9 seats beside a Standard Suite of 20: 10,240 + 4,500 + 10,000.
    expect(storageAllotmentMb([subscription('standard-suite', 20), subscription('sharepoint-online', 9)], today)).toBe(
      24_740,
    )
  })

  it('adds nothing for Deskless seats, nor for offers without SharePoint', () => {
    // Transports Lemoine: Standard 25 + Deskless 140 → 10,240 + 12,500.
    expect(storageAllotmentMb([subscription('standard-suite', 25), subscription('deskless-suite', 140)], today)).toBe(
      22_740,
    )
    expect(storageAllotmentMb([subscription('exchange-online', 9), subscription('sharepoint-online', 9)], today)).toBe(
      14_740,
    )
    expect(storageAllotmentMb([subscription('exchange-online', 9)], today)).toBe(0)
    expect(storageAllotmentMb([subscription('deskless-suite', 50)], today)).toBe(0)
  })

  it('counts only live subscriptions', () => {
    expect(
      storageAllotmentMb(
        [
          subscription('standard-suite', 10, { state: 'cancelled', cancelledOn: '2025-01-01' }),
          subscription('sharepoint-online', 5, { state: 'trial', trialEndsOn: '2025-03-09' }),
        ],
        today,
      ),
    ).toBe(0)
    expect(
      storageAllotmentMb([subscription('standard-suite', 10, { state: 'trial', trialEndsOn: '2025-03-10' })], today),
    ).toBe(15_240)
  })
})

describe('storageAllotment', () => {
  it('says where the storage comes from: the base once, then seats × storage per seat for each offer', () => {
    expect(
      storageAllotment(
        [subscription('standard-suite', 25), subscription('deskless-suite', 140), subscription('sharepoint-online', 5)],
        today,
      ),
    ).toEqual({
      baseMb: 10_240,
      perSeat: [
        { offerId: 'standard-suite', seats: 25, perSeatMb: 500 },
        { offerId: 'sharepoint-online', seats: 5, perSeatMb: 500 },
      ],
      totalMb: 25_240,
    })
    expect(storageAllotment([subscription('deskless-suite', 140)], today)).toEqual({
      baseMb: 0,
      perSeat: [],
      totalMb: 0,
    })
  })
})

describe('storageSummary', () => {
  it('adds up what sites use and what their quotas reserve, and says what is left', () => {
    expect(
      storageSummary(16_240, [
        { quotaMb: 5_000, usedMb: 2_150 },
        { quotaMb: 3_000, usedMb: 820 },
      ]),
    ).toEqual({ allottedMb: 16_240, usedMb: 2_970, reservedMb: 8_000, leftMb: 8_240 })
  })

  it('never leaves a negative amount', () => {
    expect(storageSummary(1_000, [{ quotaMb: 1_500, usedMb: 10 }]).leftMb).toBe(0)
  })
})

describe('siteCreationAvailability', () => {
  it('is open with the Standard Suite or SharePoint Online', () => {
    expect(siteCreationAvailability([subscription('standard-suite', 10)], today)).toEqual({ available: true })
    expect(
      siteCreationAvailability([subscription('exchange-online', 9), subscription('sharepoint-online', 9)], today),
    ).toEqual({ available: true })
  })

  it("is read-only when the tenant's SharePoint comes only from Deskless offers", () => {
    expect(
      siteCreationAvailability([subscription('exchange-online', 10), subscription('deskless-suite', 30)], today),
    ).toEqual({ available: false, reason: 'readOnly', offers: ['deskless-suite'] })
  })

  it('is closed without SharePoint, and without the console', () => {
    expect(siteCreationAvailability([subscription('exchange-online', 10)], today)).toEqual({
      available: false,
      reason: 'notInOffers',
      offers: ['exchange-online'],
    })
    expect(siteCreationAvailability([subscription('deskless-suite', 30)], today)).toEqual({
      available: false,
      reason: 'noConsole',
    })
  })
})

describe('siteUrl', () => {
  it("puts the path under /sites/ on the tenant's initial prefix", () => {
    expect(siteUrl('boulangerie-dupre', 'recettes')).toBe('https://boulangerie-dupre.sharepoint.com/sites/recettes')
  })
})

describe('validateSiteTitle', () => {
  it('requires a title of at most 100 characters', () => {
    expect(validateSiteTitle('Recettes et fiches techniques')).toEqual([])
    expect(validateSiteTitle('  ')).toEqual([{ field: 'siteTitle', code: 'required' }])
    expect(validateSiteTitle('é'.repeat(100))).toEqual([])
    expect(validateSiteTitle('é'.repeat(101))).toEqual([{ field: 'siteTitle', code: 'tooLong', params: { max: 100 } }])
  })
})

describe('validateSitePath', () => {
  const taken = new Set(['intranet'])

  it('accepts a lower-case URL segment', () => {
    expect(validateSitePath('fiches-techniques-2025', taken)).toEqual([])
  })

  it('suggests the lower-case form when it would be accepted', () => {
    expect(validateSitePath('Recettes', taken)).toEqual([
      { field: 'sitePath', code: 'uppercase', params: { suggestion: 'recettes' } },
    ])
    expect(validateSitePath('Intranet', taken)).toEqual([
      { field: 'sitePath', code: 'taken', params: { path: 'intranet' } },
    ])
  })

  it.each(['qualité', 'fiches techniques', 'fiches/techniques', 'fiches_techniques', 'fiches.techniques'])(
    "refuses what a URL segment can't hold (%j)",
    path => {
      expect(validateSitePath(path, taken)).toEqual([{ field: 'sitePath', code: 'invalidCharacters' }])
    },
  )

  it('refuses an empty path, a hyphen at an edge, more than 64 characters and a path in use', () => {
    expect(validateSitePath('', taken)).toEqual([{ field: 'sitePath', code: 'required' }])
    expect(validateSitePath('-recettes', taken)).toEqual([{ field: 'sitePath', code: 'hyphenAtEdge' }])
    expect(validateSitePath('a'.repeat(65), taken)).toEqual([
      { field: 'sitePath', code: 'tooLong', params: { max: 64 } },
    ])
    expect(validateSitePath('intranet', taken)).toEqual([
      { field: 'sitePath', code: 'taken', params: { path: 'intranet' } },
    ])
  })
})

describe('validateSiteQuota', () => {
  it('accepts whole megabytes from 100 to what is left', () => {
    expect(validateSiteQuota(100, 7_240)).toEqual([])
    expect(validateSiteQuota(7_240, 7_240)).toEqual([])
  })

  it("says how much is left when the quota doesn't fit", () => {
    expect(validateSiteQuota(7_241, 7_240)).toEqual([
      { field: 'siteQuota', code: 'aboveStorageLeft', params: { left: 7_240 } },
    ])
  })

  it('refuses a missing, fractional or too small quota', () => {
    expect(validateSiteQuota(Number.NaN, 7_240)).toEqual([{ field: 'siteQuota', code: 'required' }])
    expect(validateSiteQuota(250.5, 7_240)).toEqual([{ field: 'siteQuota', code: 'notWholeNumber' }])
    expect(validateSiteQuota(99, 7_240)).toEqual([{ field: 'siteQuota', code: 'belowMinimum', params: { min: 100 } }])
  })
})

describe('validateSite', () => {
  it("says every problem at once, including a template it doesn't know", () => {
    const input = { title: '', path: 'intranet', template: 'portal' as never, quotaMb: 50 }
    expect(
      validateSite(input, { takenPaths: new Set(['intranet']), leftMb: 1_000 }).map(issue => [issue.field, issue.code]),
    ).toEqual([
      ['siteTitle', 'required'],
      ['sitePath', 'taken'],
      ['siteTemplate', 'unknown'],
      ['siteQuota', 'belowMinimum'],
    ])
  })
})
