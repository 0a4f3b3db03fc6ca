import type { OfferId } from '../catalogue'
import type { Subscription, SubscriptionState, Tenant, TenantDomain } from './tenant'
import type { TenantQuery, TenantRow, TenantSortKey } from './tenantList'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../console/settings'
import { foldForSearch } from '../search'
import { DEFAULT_TENANT_QUERY, pendingTenantRow, queryNeedsReadTenants, queryTenants, toTenantRow } from './tenantList'

const TODAY = '2010-03-15'

function domain(name: string, flags: Partial<TenantDomain> = {}): TenantDomain {
  return { name, isInitial: false, isDefault: false, verified: true, ...flags }
}

function tenant(id: string, companyName: string, domains: TenantDomain[]): Tenant {
  return {
    id,
    companyName,
    contact: { name: 'Élodie Martin', email: 'elodie@example.fr', phone: '' },
    country: 'FR',
    language: 'fr',
    domains,
    createdAt: '2010-01-04T09:00:00Z',
  }
}

let nextId = 1
function sub(
  offerId: OfferId,
  seats: number,
  assignedSeats: number,
  state: SubscriptionState = 'active',
  trialEndsOn: string | null = null,
): Subscription {
  return {
    id: `sub-${nextId++}`,
    tenantId: 't',
    offerId,
    seats,
    assignedSeats,
    state,
    startedOn: '2010-01-04',
    trialEndsOn,
    cancelledOn: state === 'cancelled' ? '2010-02-01' : null,
  }
}

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Société Générale')).toBe('societe generale')
    expect(foldForSearch('ÇA VA À NOËL')).toBe('ca va a noel')
    expect(foldForSearch('Ærø Ørsted')).toBe('ærø ørsted')
  })
})

describe('toTenantRow', () => {
  const sgp = tenant('t-1', 'Société Générale de Plomberie', [
    domain('sgp.microsoftonline.com', { isInitial: true }),
    domain('sgp.fr', { isDefault: true }),
  ])

  it('sums seats over live subscriptions and lists their offers once each', () => {
    const row = toTenantRow(
      {
        tenant: sgp,
        subscriptions: [
          sub('standard-suite', 40, 38),
          sub('deskless-suite', 5, 5),
          sub('standard-suite', 5, 1),
          sub('exchange-online', 100, 90, 'cancelled'),
          sub('live-meeting', 20, 3, 'trial', '2010-03-14'),
          sub('sharepoint-online', 20, 2, 'trial', TODAY),
        ],
      },
      TODAY,
    )
    expect(row).toEqual({
      id: 't-1',
      companyName: 'Société Générale de Plomberie',
      primaryDomain: 'sgp.fr',
      offers: ['standard-suite', 'deskless-suite', 'sharepoint-online'],
      seatsAssigned: 38 + 5 + 1 + 2,
      seatsPurchased: 40 + 5 + 5 + 20,
      status: 'active',
      consoleAvailable: true,
      baseline: null,
      searchText: 'societe generale de plomberie\nsgp.microsoftonline.com\nsgp.fr',
      pending: false,
    })
  })

  it('shows what a tenant had once nothing is live', () => {
    const row = toTenantRow(
      {
        tenant: sgp,
        subscriptions: [sub('standard-suite', 45, 40, 'cancelled'), sub('deskless-suite', 10, 10, 'cancelled')],
      },
      TODAY,
    )
    expect(row).toMatchObject({
      offers: ['standard-suite', 'deskless-suite'],
      seatsPurchased: 55,
      seatsAssigned: 50,
      status: 'cancelled',
      consoleAvailable: false,
    })
  })

  it('marks an ended trial and its missing console', () => {
    const row = toTenantRow(
      { tenant: sgp, subscriptions: [sub('standard-suite', 20, 4, 'trial', '2010-03-14')] },
      TODAY,
    )
    expect(row).toMatchObject({ status: 'trialExpired', consoleAvailable: false, seatsPurchased: 20 })
  })

  it('keeps a live trial live on its last day', () => {
    const row = toTenantRow({ tenant: sgp, subscriptions: [sub('standard-suite', 20, 4, 'trial', TODAY)] }, TODAY)
    expect(row).toMatchObject({ status: 'trial', consoleAvailable: true })
  })

  it('gives a Deskless-only tenant no console', () => {
    const row = toTenantRow({ tenant: sgp, subscriptions: [sub('deskless-suite', 50, 12)] }, TODAY)
    expect(row).toMatchObject({ status: 'active', consoleAvailable: false, offers: ['deskless-suite'] })
  })

  it('handles a tenant without subscriptions', () => {
    expect(toTenantRow({ tenant: sgp, subscriptions: [] }, TODAY)).toMatchObject({
      offers: [],
      seatsPurchased: 0,
      seatsAssigned: 0,
      status: 'cancelled',
      consoleAvailable: false,
    })
  })

  describe('primaryDomain', () => {
    const row = (domains: TenantDomain[]) =>
      toTenantRow({ tenant: tenant('t', 'T', domains), subscriptions: [] }, TODAY).primaryDomain

    it('prefers the default domain, wherever it is listed', () => {
      expect(
        row([
          domain('a.microsoftonline.com', { isInitial: true }),
          domain('b.fr'),
          domain('a.fr', { isDefault: true }),
        ]),
      ).toBe('a.fr')
    })

    it('falls back to the initial domain, then the first', () => {
      expect(row([domain('a.fr'), domain('a.microsoftonline.com', { isInitial: true })])).toBe('a.microsoftonline.com')
      expect(row([domain('a.fr'), domain('b.fr')])).toBe('a.fr')
    })

    it('is empty without domains', () => {
      expect(row([])).toBe('')
    })
  })
})

describe('queryTenants', () => {
  const rows: TenantRow[] = [
    toTenantRow(
      {
        tenant: tenant('t-sgp', 'Société Générale de Plomberie', [
          domain('sgp.microsoftonline.com', { isInitial: true, isDefault: true }),
        ]),
        subscriptions: [sub('standard-suite', 45, 40)],
      },
      TODAY,
    ),
    toTenantRow(
      {
        tenant: tenant('t-contoso', 'Contoso', [
          domain('contoso.microsoftonline.com', { isInitial: true }),
          domain('contoso.fr', { isDefault: true }),
        ]),
        subscriptions: [sub('deskless-suite', 10, 10), sub('exchange-online', 5, 5)],
      },
      TODAY,
    ),
    toTenantRow(
      {
        tenant: tenant('t-fabrikam', 'Fabrikam', [domain('fabrikam.microsoftonline.com', { isInitial: true })]),
        subscriptions: [sub('standard-suite', 20, 3, 'trial', '2010-04-01')],
      },
      TODAY,
    ),
    toTenantRow(
      {
        tenant: tenant('t-elec', 'Électricité Dupont', [domain('dupont.microsoftonline.com', { isInitial: true })]),
        subscriptions: [sub('deskless-suite', 15, 15, 'trial', '2010-03-01')],
      },
      TODAY,
    ),
    toTenantRow(
      {
        tenant: tenant('t-adatum', 'Adatum', [domain('adatum.microsoftonline.com', { isInitial: true })]),
        subscriptions: [sub('standard-suite', 10, 10, 'cancelled')],
      },
      TODAY,
    ),
    toTenantRow(
      {
        tenant: tenant('t-wingtip', 'Wingtip Toys', [domain('wingtip.microsoftonline.com', { isInitial: true })]),
        subscriptions: [sub('live-meeting', 10, 2)],
      },
      TODAY,
    ),
  ]

  const query = (partial: Partial<TenantQuery>) =>
    queryTenants(rows, { ...DEFAULT_TENANT_QUERY, ...partial }).map(row => row.companyName)

  it('lists every tenant by company name by default, accents sorted with their letter', () => {
    expect(DEFAULT_TENANT_QUERY).toEqual({
      search: '',
      offer: '',
      status: '',
      baseline: '',
      sortKey: 'companyName',
      sortDirection: 'ascending',
    })
    expect(query({})).toEqual([
      'Adatum',
      'Contoso',
      'Électricité Dupont',
      'Fabrikam',
      'Société Générale de Plomberie',
      'Wingtip Toys',
    ])
  })

  it('does not reorder the rows it is given', () => {
    const before = rows.map(row => row.id)
    queryTenants(rows, { ...DEFAULT_TENANT_QUERY, sortDirection: 'descending' })
    expect(rows.map(row => row.id)).toEqual(before)
  })

  describe('search', () => {
    it('ignores accents and case: "societe" finds "Société", "ELECTRICITE" finds "Électricité"', () => {
      expect(query({ search: 'societe' })).toEqual(['Société Générale de Plomberie'])
      expect(query({ search: 'ELECTRICITE' })).toEqual(['Électricité Dupont'])
      expect(query({ search: 'Générale' })).toEqual(['Société Générale de Plomberie'])
    })

    it('finds part of a name, trimmed', () => {
      expect(query({ search: '  toys ' })).toEqual(['Wingtip Toys'])
    })

    it('finds a domain, default or not', () => {
      expect(query({ search: 'contoso.fr' })).toEqual(['Contoso'])
      expect(query({ search: 'contoso.microsoftonline' })).toEqual(['Contoso'])
      expect(query({ search: 'dupont' })).toEqual(['Électricité Dupont'])
    })

    it('finds nothing when nothing matches', () => {
      expect(query({ search: 'northwind' })).toEqual([])
    })

    it('matches every tenant with a blank search', () => {
      expect(query({ search: '   ' })).toHaveLength(rows.length)
    })
  })

  describe('filters', () => {
    it('by offer, among the tenant’s offers', () => {
      expect(query({ offer: 'standard-suite' })).toEqual(['Adatum', 'Fabrikam', 'Société Générale de Plomberie'])
      expect(query({ offer: 'exchange-online' })).toEqual(['Contoso'])
      expect(query({ offer: 'sharepoint-deskless' })).toEqual([])
    })

    it.each([
      ['active', ['Contoso', 'Société Générale de Plomberie', 'Wingtip Toys']],
      ['trial', ['Fabrikam']],
      ['trialExpired', ['Électricité Dupont']],
      ['cancelled', ['Adatum']],
    ] as const)('by status %s', (status, expected) => {
      expect(query({ status })).toEqual(expected)
    })

    it('by search, offer and status together', () => {
      expect(query({ search: 'o', offer: 'standard-suite', status: 'active' })).toEqual([
        'Société Générale de Plomberie',
      ])
      expect(query({ search: 'contoso', status: 'trial' })).toEqual([])
    })
  })

  describe('sort', () => {
    const sorted = (sortKey: TenantSortKey, sortDirection: TenantQuery['sortDirection']) =>
      query({ sortKey, sortDirection })

    it('by company name, both ways', () => {
      expect(sorted('companyName', 'descending')).toEqual([
        'Wingtip Toys',
        'Société Générale de Plomberie',
        'Fabrikam',
        'Électricité Dupont',
        'Contoso',
        'Adatum',
      ])
    })

    it('by primary domain, both ways', () => {
      const ascending = queryTenants(rows, { ...DEFAULT_TENANT_QUERY, sortKey: 'primaryDomain' }).map(
        row => row.primaryDomain,
      )
      expect(ascending).toEqual([
        'adatum.microsoftonline.com',
        'contoso.fr',
        'dupont.microsoftonline.com',
        'fabrikam.microsoftonline.com',
        'sgp.microsoftonline.com',
        'wingtip.microsoftonline.com',
      ])
      const descending = queryTenants(rows, {
        ...DEFAULT_TENANT_QUERY,
        sortKey: 'primaryDomain',
        sortDirection: 'descending',
      }).map(row => row.primaryDomain)
      expect(descending).toEqual([...ascending].reverse())
    })

    it('by seats purchased, numerically, both ways, ties by name', () => {
      // Seats: Adatum 10, Contoso 15, Dupont 15, Fabrikam 20, SGP 45, Wingtip 10
      expect(sorted('seatsPurchased', 'ascending')).toEqual([
        'Adatum',
        'Wingtip Toys',
        'Contoso',
        'Électricité Dupont',
        'Fabrikam',
        'Société Générale de Plomberie',
      ])
      expect(sorted('seatsPurchased', 'descending')).toEqual([
        'Société Générale de Plomberie',
        'Fabrikam',
        'Contoso',
        'Électricité Dupont',
        'Adatum',
        'Wingtip Toys',
      ])
    })

    it('by status in lifecycle order (active, trial, trialExpired, cancelled), both ways, ties by name', () => {
      expect(sorted('status', 'ascending')).toEqual([
        'Contoso',
        'Société Générale de Plomberie',
        'Wingtip Toys',
        'Fabrikam',
        'Électricité Dupont',
        'Adatum',
      ])
      expect(sorted('status', 'descending')).toEqual([
        'Adatum',
        'Électricité Dupont',
        'Fabrikam',
        'Contoso',
        'Société Générale de Plomberie',
        'Wingtip Toys',
      ])
    })

    it('sorts numbers inside names naturally: "Tenant 9" before "Tenant 10"', () => {
      const numbered = ['Tenant 10', 'Tenant 9', 'Tenant 100'].map(name =>
        toTenantRow({ tenant: tenant(name, name, []), subscriptions: [] }, TODAY),
      )
      expect(queryTenants(numbered, DEFAULT_TENANT_QUERY).map(row => row.companyName)).toEqual([
        'Tenant 9',
        'Tenant 10',
        'Tenant 100',
      ])
    })
  })
})

describe('baseline drift on the tenant list', () => {
  const standard = {
    tenant: {
      id: 't-b',
      companyName: 'Cabinet Vidal',
      contact: { name: '', email: '', phone: '' },
      country: 'FR',
      language: 'fr',
      domains: [{ name: 'vidal.microsoftonline.com', isInitial: true, isDefault: true, verified: true }],
      createdAt: '2026-01-01T00:00:00Z',
    },
    subscriptions: [sub('standard-suite', 10, 8)],
  }
  const baseline = {
    id: 'b-1',
    name: 'SMB secure default',
    settings: { 'exchange.pop3': false, 'exchange.imap4': false },
  }

  it('counts the settings that moved away from the baseline', () => {
    const settings = { ...defaultSettings(standard.subscriptions, TODAY), 'exchange.imap4': false }
    expect(toTenantRow(standard, TODAY, { baseline, settings }).baseline).toEqual({
      id: 'b-1',
      name: 'SMB secure default',
      drift: 1,
      unknown: 0,
      compared: 2,
    })
  })

  it("counts what the backend couldn't read as unknown, never as drift, however far its placeholder is", () => {
    const placeholders = defaultSettings(standard.subscriptions, TODAY)
    expect(
      toTenantRow(standard, TODAY, { baseline, settings: placeholders, unknown: ['exchange.pop3', 'exchange.imap4'] })
        .baseline,
    ).toEqual({ id: 'b-1', name: 'SMB secure default', drift: 0, unknown: 2, compared: 0 })
    const mixed = {
      ...baseline,
      settings: { ...baseline.settings, 'sharepoint.externalSharing': 'externalUsers' as const },
    }
    expect(
      toTenantRow(standard, TODAY, {
        baseline: mixed,
        settings: placeholders,
        unknown: ['exchange.pop3', 'exchange.imap4'],
      }).baseline,
    ).toMatchObject({ drift: 1, unknown: 2, compared: 1 })
  })

  it('filters tenants following a baseline, and those that drifted', () => {
    const inLine = toTenantRow(standard, TODAY, {
      baseline,
      settings: { ...defaultSettings(standard.subscriptions, TODAY), 'exchange.pop3': false, 'exchange.imap4': false },
    })
    const drifted = {
      ...toTenantRow(standard, TODAY, { baseline, settings: defaultSettings(standard.subscriptions, TODAY) }),
      id: 't-c',
      companyName: 'Drifted',
    }
    const none = { ...toTenantRow(standard, TODAY), id: 't-d', companyName: 'None' }
    const names = (filter: '' | 'following' | 'drifted') =>
      queryTenants([inLine, drifted, none], { ...DEFAULT_TENANT_QUERY, baseline: filter }).map(row => row.companyName)
    expect(names('')).toEqual(['Cabinet Vidal', 'Drifted', 'None'])
    expect(names('following')).toEqual(['Cabinet Vidal', 'Drifted'])
    expect(names('drifted')).toEqual(['Drifted'])
  })
})

describe('tenants only named yet', () => {
  const read = (id: string, companyName: string, seats: number) =>
    toTenantRow(
      {
        tenant: {
          id,
          companyName,
          contact: { name: 'X', email: 'x@x.fr', phone: '' },
          country: 'FR',
          language: 'fr',
          domains: [{ name: `${id}.fr`, isInitial: true, isDefault: true, verified: true }],
          createdAt: '2026-01-01T00:00:00Z',
        },
        subscriptions: [
          {
            id: `s-${id}`,
            tenantId: id,
            offerId: 'standard-suite',
            seats,
            assignedSeats: 0,
            state: 'active',
            startedOn: '2026-01-01',
            trialEndsOn: null,
            cancelledOn: null,
          },
        ],
      },
      TODAY,
    )
  const rows = [
    read('a', 'Atelier Blanc', 30),
    pendingTenantRow({ tenantId: 'b', companyName: 'Boulangerie Dupré' }),
    read('c', 'Cave Martin', 10),
  ]

  it('are found by name and sorted by name among the others', () => {
    expect(queryTenants(rows, { ...DEFAULT_TENANT_QUERY, search: 'dupre' }).map(r => r.id)).toEqual(['b'])
    expect(queryTenants(rows, DEFAULT_TENANT_QUERY).map(r => r.id)).toEqual(['a', 'b', 'c'])
  })

  it('are left out by a filter on what only reading tells, and sorted after the others on it', () => {
    expect(queryNeedsReadTenants(DEFAULT_TENANT_QUERY)).toBe(false)
    expect(queryTenants(rows, { ...DEFAULT_TENANT_QUERY, status: 'active' }).map(r => r.id)).toEqual(['a', 'c'])
    const bySeats = { ...DEFAULT_TENANT_QUERY, sortKey: 'seatsPurchased' as const }
    expect(queryNeedsReadTenants(bySeats)).toBe(true)
    expect(queryTenants(rows, bySeats).map(r => r.id)).toEqual(['c', 'a', 'b'])
  })

  it('keep their place by name once Microsoft says they are out of reach, and their row says why', () => {
    const outOfReach = pendingTenantRow({ tenantId: 'b', companyName: 'Boulangerie Dupré' }, 'noRole')
    expect(outOfReach).toMatchObject({ pending: true, outOfReach: 'noRole' })
    expect(rows[1]).not.toHaveProperty('outOfReach')
    const after = [rows[0]!, outOfReach, rows[2]!]
    expect(queryTenants(after, DEFAULT_TENANT_QUERY).map(r => r.id)).toEqual(['a', 'b', 'c'])
    expect(queryTenants(after, { ...DEFAULT_TENANT_QUERY, status: 'active' }).map(r => r.id)).toEqual(['a', 'c'])
  })
})
