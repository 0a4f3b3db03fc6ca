import type { Backend } from '../backend'
import type { ValidationCode } from '@/domain/validation'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isWrite } from '../../../test-world/graph/testWorld'
import { PROVISION_REQUEST } from '../partnerCenter/testing'
import { TRAINING, useTestGraph } from '../graph/testing'
import { expectRefused, long } from './testing'

const TENANT = CLIENT_TENANTS[0]!.id
const USER = {
  firstName: 'Marie',
  lastName: 'Curie',
  alias: 'marie.curie',
  domain: 'x.fr',
  usageLocation: 'FR',
  subscriptionId: null,
}
const BASELINE = { name: 'Hostile', description: '', settings: { 'exchange.pop3': false } }

/** One call through the Microsoft 365 adapter, with the field and code it must be refused with. */
type GraphCase = readonly [
  name: string,
  call: (backend: Backend) => Promise<unknown>,
  field: string,
  code: ValidationCode,
]
const as = <T>(value: unknown) => value as T

export const GRAPH_CASES: readonly GraphCase[] = [
  [
    'provision: a number for the company name',
    b => b.tenants.provision(as({ ...PROVISION_REQUEST, companyName: 42 })),
    'companyName',
    'unknown',
  ],
  ['provision: null for the request', b => b.tenants.provision(as(null)), 'request', 'unknown'],
  [
    'provision: seats as a string',
    b => b.tenants.provision(as({ ...PROVISION_REQUEST, lines: [{ offerId: 'standard-suite', seats: '12' }] })),
    'seats',
    'notNumber',
  ],
  [
    'provision: an object for the lines',
    b => b.tenants.provision(as({ ...PROVISION_REQUEST, lines: {} })),
    'lines',
    'unknown',
  ],
  [
    'user: a number for the first name',
    b => b.users.create(TENANT, as({ ...USER, firstName: 7 })),
    'firstName',
    'unknown',
  ],
  ['user: null for the user', b => b.users.create(TENANT, as(null)), 'user', 'unknown'],
  [
    'user: an object for the alias',
    b => b.users.create(TENANT, as({ ...USER, alias: { toString: 1 } })),
    'alias',
    'unknown',
  ],
  ['user: a list for the tenant id', b => b.users.create(as([TENANT]), USER), 'id', 'unknown'],
  ['users import: an object for the rows', b => b.users.importMany(TENANT, as({ 0: USER })), 'rows', 'unknown'],
  [
    'users import: 10,001 rows',
    b =>
      b.users.importMany(
        TENANT,
        Array.from({ length: 10_001 }, () => USER),
      ),
    'file',
    'aboveMaximum',
  ],
  ['block: a string for the flag', b => b.users.setBlocked(TENANT, 'u', as('yes')), 'blocked', 'unknown'],
  ['services: null for a switch map', b => b.users.setServices(TENANT, 'u', as(null)), 'services', 'unknown'],
  ['settings: a list for the settings', b => b.settings.update(TENANT, as([])), 'settings', 'unknown'],
  ['domain: a number for the name', b => b.domains.add(TENANT, as(42)), 'domainName', 'unknown'],
  ['default domain: null', b => b.domains.setDefault(TENANT, as(null)), 'domainName', 'unknown'],
  ['seats: NaN as a string', b => b.subscriptions.changeSeats(TENANT, 's', as('NaN')), 'seats', 'notNumber'],
  [
    'subscription: a grey billing',
    b => b.subscriptions.add(TENANT, 'standard-suite', 1, as('grey')),
    'billing',
    'unknown',
  ],
  [
    'baseline: null for the settings',
    b => b.baselines.create(as({ ...BASELINE, settings: null })),
    'baselineSettings',
    'unknown',
  ],
  ['baseline: a number for the name', b => b.baselines.create(as({ ...BASELINE, name: 1 })), 'baselineName', 'unknown'],
  ['baseline: an object for the tenants', b => b.baselines.apply('x', as({ 0: TENANT })), 'tenantIds', 'unknown'],
  [
    'service: a string quantity',
    b => b.services.create(TENANT, as({ ...TRAINING, quantity: '2' })),
    'quantity',
    'notNumber',
  ],
  [
    'service: an object description',
    b => b.services.create(TENANT, as({ ...TRAINING, description: {} })),
    'description',
    'unknown',
  ],
  ['quote: null', b => b.quotes.create(as(null)), 'quote', 'unknown'],
  [
    'quote: 5,000 service lines',
    b =>
      b.quotes.create(
        as({
          prospect: {},
          lines: [],
          services: Array.from({ length: 5000 }, () => TRAINING),
          createdOn: '',
          validUntil: '',
          status: 'draft',
        }),
      ),
    'services',
    'aboveMaximum',
  ],
  [
    'price list: a number for the currency',
    b => b.pricing.update(as({ currency: 978, prices: {} })),
    'currency',
    'unknown',
  ],
  ['identity: null', b => b.partner.saveIdentity(as(null)), 'identity', 'unknown'],
  [
    'sender: a grey list',
    b => b.exchange.senders.add(TENANT, as({ list: 'grey', value: 'a.fr' })),
    'senderList',
    'unknown',
  ],
  [
    'site: a string quota',
    b => b.sharePoint.createSite(TENANT, as({ title: 'T', path: 'p', template: 'team', quotaMb: '1' })),
    'siteQuota',
    'notNumber',
  ],
  // The domain's rules, past the types, on Microsoft 365 too.
  ['domain: a..com', b => b.domains.add(TENANT, 'a..com'), 'domainName', 'invalidDomain'],
  ['domain: markup', b => b.domains.add(TENANT, '<img src=x>'), 'domainName', 'invalidCharacters'],
  [
    'service: a right-to-left override',
    b => b.services.create(TENANT, { ...TRAINING, description: 'Formation \u202Eexe' }),
    'description',
    'hiddenCharacters',
  ],
  [
    'service: a 10,000-character description',
    b => b.services.create(TENANT, { ...TRAINING, description: long(10_000) }),
    'description',
    'tooLong',
  ],
  [
    'baseline: a 1e9 MB mailbox',
    b => b.baselines.create({ ...BASELINE, settings: { 'exchange.defaultMailboxMb': 1e9 } }),
    'exchange.defaultMailboxMb',
    'aboveMaximum',
  ],
  [
    'baseline: a zero-width name',
    b => b.baselines.create({ ...BASELINE, name: '\u200B\u200B' }),
    'baselineName',
    'hiddenCharacters',
  ],
]

describe('hostile inputs: the Microsoft 365 adapter (Graph test server)', () => {
  const { graph, backend } = useTestGraph()

  it.each(GRAPH_CASES)('%s', async (_name, call, field, code) => {
    await expectRefused(call(backend()), field, code)
    // Refused before anything was sent that changes data.
    expect(graph().server.requests.filter(isWrite)).toEqual([])
  })
})
