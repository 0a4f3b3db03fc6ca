import type { ActivityCsvText, ActivityEntry } from './activityLog'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import {
  ACTIVITY_CSV_COLUMNS,
  activityCsvFileName,
  activityCsvRows,
  activityValueKind,
  filterActivity,
} from './activityLog'

function entry(overrides: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    id: 'a1',
    at: '2025-03-10T11:00:00.000Z',
    actor: 'Camille Favre',
    tenantId: 'tenant-dupre',
    tenantName: 'Boulangerie Dupré & Fils',
    area: 'communications',
    action: 'settings.changed',
    details: { count: 1 },
    ...overrides,
  }
}

// Plain words, so the tests read what the rows hold rather than how i18n words them.
const text: ActivityCsvText = {
  area: area => `area:${area}`,
  what: e => `what:${e.action}`,
  field: field => `field:${field}`,
  value: (_field, value) => String(value),
}

describe('activityValueKind', () => {
  it('reads setting keys by their definition', () => {
    expect(activityValueKind('communications.federation', true)).toBe('onOff')
    expect(activityValueKind('exchange.defaultMailboxMb', 25600)).toBe('mailboxSize')
    expect(activityValueKind('sharepoint.externalSharing', 'existingExternalUsers')).toBe('externalSharing')
    // A setting logged with no value before: the backend couldn't read it.
    expect(activityValueKind('sharepoint.externalSharing', null)).toBe('unknown')
    expect(activityValueKind('service.endedOn', null)).toBe('empty')
  })

  it("reads other areas' fields by convention", () => {
    expect(activityValueKind('blocked', false)).toBe('onOff')
    expect(activityValueKind('mailboxMb', 500)).toBe('mailboxSize')
    expect(activityValueKind('quotaMb', 1024)).toBe('mailboxSize')
    expect(activityValueKind('seats', 12)).toBe('number')
    expect(activityValueKind('offerId', 'deskless-suite')).toBe('offer')
    expect(activityValueKind('displayName', 'Léa Roux')).toBe('text')
    expect(activityValueKind('state', 'cancelled')).toBe('subscriptionState')
    expect(activityValueKind('usageLocation', 'BE')).toBe('country')
    expect(activityValueKind('service.status', 'inProgress')).toBe('serviceCode')
    expect(activityValueKind('service.endedOn', '2026-11-26')).toBe('date')
    expect(activityValueKind('quote.validUntil', '2026-12-26')).toBe('date')
    expect(activityValueKind('service.technician', '2026-11-26 maybe')).toBe('text')
    expect(activityValueKind('quote.status', 'sent')).toBe('quoteStatus')
    expect(activityValueKind('quote.country', 'CH')).toBe('country')
    expect(activityValueKind('service.quantity', 12)).toBe('number')
    // "off" is a sharing level only where the field is about sharing.
    expect(activityValueKind('state', 'off')).toBe('text')
    expect(activityValueKind('alias', 'BE')).toBe('text')
  })

  it('calls a missing value empty', () => {
    expect(activityValueKind('subscriptionId', null)).toBe('empty')
    expect(activityValueKind('domain', '')).toBe('empty')
  })
})

describe('filterActivity', () => {
  const entries = [
    entry({ id: '1', area: 'communications' }),
    entry({ id: '2', area: 'tenant', tenantName: "Société Nouvelle d'Isère", tenantId: 'tenant-sni' }),
    entry({ id: '3', area: 'data', tenantName: null, tenantId: null }),
  ]

  it('keeps everything with no filter', () => {
    expect(filterActivity(entries, { area: '', tenantSearch: '  ' })).toBe(entries)
  })

  it('narrows by area and by tenant name, accents and case ignored', () => {
    expect(filterActivity(entries, { area: 'tenant', tenantSearch: '' }).map(e => e.id)).toEqual(['2'])
    expect(filterActivity(entries, { area: '', tenantSearch: 'SOCIETE' }).map(e => e.id)).toEqual(['2'])
    expect(filterActivity(entries, { area: 'communications', tenantSearch: 'societe' })).toEqual([])
  })

  it('keeps the days between from and to, both included, either bound left open', () => {
    const dated = ['2026-11-30', '2026-12-01', '2026-12-05', '2026-12-07'].map(day =>
      entry({ id: day, at: `${day}T12:00:00.000Z` }),
    )
    const ids = (from: string, to: string) =>
      filterActivity(dated, { area: '', tenantSearch: '', from, to }).map(e => e.id)
    expect(ids('2026-12-01', '2026-12-05')).toEqual(['2026-12-01', '2026-12-05'])
    expect(ids('2026-12-05', '')).toEqual(['2026-12-05', '2026-12-07'])
    expect(ids('', '2026-11-30')).toEqual(['2026-11-30'])
    expect(ids('2026-12-08', '')).toEqual([])
  })
})

describe('activityCsvRows', () => {
  it('writes one row per change, repeating who, when and what', () => {
    const rows = activityCsvRows(
      [
        entry({
          changes: [
            { field: 'communications.federation', before: false, after: true },
            { field: 'communications.im', before: true, after: false },
          ],
        }),
      ],
      text,
    )
    expect(rows).toEqual([
      {
        when: '2025-03-10T11:00:00.000Z',
        who: 'Camille Favre',
        tenant: 'Boulangerie Dupré & Fils',
        area: 'area:communications',
        what: 'what:settings.changed',
        field: 'field:communications.federation',
        before: 'false',
        after: 'true',
      },
      {
        when: '2025-03-10T11:00:00.000Z',
        who: 'Camille Favre',
        tenant: 'Boulangerie Dupré & Fils',
        area: 'area:communications',
        what: 'what:settings.changed',
        field: 'field:communications.im',
        before: 'true',
        after: 'false',
      },
    ])
  })

  it('writes one row with empty change columns for an entry that moved no value, and none for a partner-wide tenant', () => {
    expect(
      activityCsvRows([entry({ area: 'data', action: 'data.reset', tenantId: null, tenantName: null })], text),
    ).toEqual([
      {
        when: '2025-03-10T11:00:00.000Z',
        who: 'Camille Favre',
        tenant: '',
        area: 'area:data',
        what: 'what:data.reset',
        field: '',
        before: '',
        after: '',
      },
    ])
    expect(activityCsvRows([entry({ changes: [] })], text)).toHaveLength(1)
  })

  it('keeps every cell that a spreadsheet would run as a formula as text', () => {
    const [row] = activityCsvRows(
      [
        entry({
          actor: '@admin',
          tenantName: '=HYPERLINK("http://evil.example","click")',
          changes: [{ field: 'displayName', before: '+33 1 23', after: '-1' }],
        }),
      ],
      { ...text, field: field => field },
    )
    expect(row).toMatchObject({
      who: "'@admin",
      tenant: '\'=HYPERLINK("http://evil.example","click")',
      field: 'displayName',
      before: "'+33 1 23",
      after: "'-1",
    })
  })
})

describe('the CSV file', () => {
  it('has the columns in order, and quotes what needs quoting', () => {
    const rows = activityCsvRows(
      [entry({ tenantName: '=1+1, "Dupré"', changes: [{ field: 'seats', before: 12, after: 14 }] })],
      text,
    )
    expect(Papa.unparse(rows, { columns: [...ACTIVITY_CSV_COLUMNS] }).split('\r\n')).toEqual([
      'when,who,tenant,area,what,field,before,after',
      '2025-03-10T11:00:00.000Z,Camille Favre,"\'=1+1, ""Dupré""",area:communications,what:settings.changed,field:seats,12,14',
    ])
  })
})

describe('activityCsvFileName', () => {
  it('names the tenant by its prefix, and the date', () => {
    expect(activityCsvFileName('2025-03-10', 'dupre')).toBe('activity-dupre-2025-03-10.csv')
    expect(activityCsvFileName('2025-03-10')).toBe('activity-2025-03-10.csv')
  })
})
