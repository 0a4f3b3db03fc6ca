import type { OfferId } from '@/domain/catalogue'
import * as v from 'valibot'
import { ACTIVITY_AREAS } from '@/domain/activityLog'
import { catalogue } from '@/domain/catalogue'
import { EXTERNAL_SHARING_LEVELS } from '@/domain/console/settings'
import { SITE_TEMPLATES } from '@/domain/console/sharePoint'
import { ADD_ON_BILLINGS, ADD_ON_KINDS, ADD_ON_STATUSES, ADD_ON_UNITS, MAIL_SOURCES } from '@/domain/ledger/addOns'
import { QUOTE_STATUSES } from '@/domain/quotes/quotes'
import { USER_WORKLOADS } from '@/domain/users/users'
import { EXPORT_FORMAT, IMPORTABLE_VERSIONS } from './exportFormat'

// The shape of a console export, field by field; the domain's rules are checked after it.
const id = v.pipe(v.string(), v.nonEmpty())
const isoDate = v.pipe(v.string(), v.isoDate())
const isoDateTime = v.pipe(v.string(), v.isoTimestamp())
const offerIds: OfferId[] = catalogue.offers.map(offer => offer.id)

const SubscriptionSchema = v.object({
  id,
  tenantId: id,
  offerId: v.picklist(offerIds),
  // The domain's seat rule checks the number further (whole, minimum, maximum, trial cap).
  seats: v.number(),
  assignedSeats: v.pipe(v.number(), v.integer(), v.minValue(0)),
  state: v.picklist(['trial', 'active', 'cancelled']),
  startedOn: isoDate,
  trialEndsOn: v.nullable(isoDate),
  cancelledOn: v.nullable(isoDate),
  // Exports from before billing events were kept have none; the fee engine checks their order.
  billingEvents: v.optional(
    v.array(
      v.variant('kind', [
        v.object({
          on: isoDate,
          kind: v.picklist(['sold', 'seatsChanged']),
          seats: v.pipe(v.number(), v.integer(), v.minValue(1)),
        }),
        v.object({ on: isoDate, kind: v.literal('cancelled') }),
      ]),
    ),
  ),
})

const TenantSchema = v.object({
  id,
  // Checked by the domain's company-name rule, so the message matches the provisioning form's.
  companyName: v.string(),
  contact: v.object({ name: v.string(), email: v.string(), phone: v.string() }),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  // Optional: tenants provisioned before the form asked for it have none.
  address: v.optional(
    v.object({
      addressLine1: v.string(),
      addressLine2: v.string(),
      city: v.string(),
      state: v.string(),
      postalCode: v.string(),
    }),
  ),
  language: v.pipe(v.string(), v.nonEmpty()),
  domains: v.array(v.object({ name: id, isInitial: v.boolean(), isDefault: v.boolean(), verified: v.boolean() })),
  createdAt: isoDateTime,
  // Optional: tenants nobody counted have none; the domain's count rule checks the numbers.
  workstations: v.optional(v.object({ workstations: v.number(), withOfficePro: v.number() })),
})

const activityValue = v.union([v.string(), v.number(), v.boolean(), v.null()])

const ActivitySchema = v.object({
  id,
  at: isoDateTime,
  actor: v.string(),
  tenantId: v.nullable(v.string()),
  tenantName: v.nullable(v.string()),
  area: v.picklist(ACTIVITY_AREAS),
  action: id,
  details: v.record(v.string(), v.union([v.string(), v.number()])),
  // Before → after of settings, seats, users…: optional, as entries that moved no value have none.
  changes: v.optional(v.array(v.object({ field: id, before: activityValue, after: activityValue }))),
})

const owned = { id, tenantId: id, createdAt: isoDateTime }

const ConfigurationSchema = v.object({
  tenantId: id,
  // Every setting, each checked against its own rule by the domain afterwards.
  settings: v.object({
    'exchange.owa': v.boolean(),
    'exchange.outlookAnywhere': v.boolean(),
    'exchange.activeSync': v.boolean(),
    'exchange.pop3': v.boolean(),
    'exchange.imap4': v.boolean(),
    'exchange.defaultMailboxMb': v.number(),
    'exchange.filtering': v.boolean(),
    'sharepoint.externalSharing': v.picklist(EXTERNAL_SHARING_LEVELS),
    'sharepoint.workflows': v.boolean(),
    'sharepoint.userSiteCreation': v.boolean(),
    'communications.im': v.boolean(),
    'communications.federation': v.boolean(),
    'communications.liveMeeting': v.boolean(),
  }),
  baselineId: v.nullable(id),
})

const UserSchema = v.object({
  ...owned,
  firstName: v.string(),
  lastName: v.string(),
  displayName: v.string(),
  alias: id,
  domain: id,
  usageLocation: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  subscriptionId: v.nullable(id),
  services: v.object(
    Object.fromEntries(USER_WORKLOADS.map(service => [service, v.boolean()])) as Record<
      (typeof USER_WORKLOADS)[number],
      v.BooleanSchema<undefined>
    >,
  ),
  exchange: v.object({
    outlookAnywhere: v.optional(v.boolean()),
    activeSync: v.optional(v.boolean()),
    pop3: v.optional(v.boolean()),
    imap4: v.optional(v.boolean()),
    mailboxMb: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  blocked: v.boolean(),
})

const SenderSchema = v.object({ ...owned, list: v.picklist(['safe', 'blocked']), value: id })
const DistributionListSchema = v.object({ ...owned, displayName: id, alias: id, memberIds: v.array(id) })
const ContactSchema = v.object({ ...owned, displayName: id, email: id })
const SiteSchema = v.object({
  ...owned,
  title: id,
  path: id,
  template: v.picklist(SITE_TEMPLATES),
  quotaMb: v.pipe(v.number(), v.integer(), v.minValue(1)),
  usedMb: v.pipe(v.number(), v.minValue(0)),
})
const BaselineSchema = v.object({
  id,
  name: v.string(),
  description: v.string(),
  // Partial settings: only the keys a baseline sets; their values are checked by the domain.
  settings: v.record(v.string(), v.union([v.boolean(), v.number(), v.string()])),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})

const ServiceSchema = v.object({
  id,
  tenantId: id,
  kind: v.picklist(ADD_ON_KINDS),
  // Lengths, amounts and dates are checked by the domain's service rule afterwards.
  description: v.string(),
  quantity: v.number(),
  unit: v.picklist(ADD_ON_UNITS),
  unitPriceMinor: v.number(),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  billing: v.picklist(ADD_ON_BILLINGS),
  mailSource: v.nullable(v.picklist(MAIL_SOURCES)),
  quotedOn: v.string(),
  startOn: v.nullable(v.string()),
  deliveredOn: v.nullable(v.string()),
  technician: v.string(),
  notes: v.string(),
  status: v.picklist(ADD_ON_STATUSES),
  // Exports from before contracts kept their end have none.
  endedOn: v.optional(v.nullable(v.string())),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})

const QuoteSchema = v.object({
  id,
  // Texts, numbers and dates are checked by the domain's quote rule afterwards.
  prospect: v.object({
    companyName: v.string(),
    employees: v.number(),
    contactName: v.string(),
    contactEmail: v.string(),
    country: v.string(),
  }),
  lines: v.array(
    v.object({
      offerId: v.picklist(offerIds),
      seats: v.number(),
      unitPriceMinor: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  services: v.array(
    v.object({
      kind: v.picklist(ADD_ON_KINDS),
      description: v.string(),
      quantity: v.number(),
      unit: v.picklist(ADD_ON_UNITS),
      unitPriceMinor: v.number(),
      billing: v.picklist(ADD_ON_BILLINGS),
      mailSource: v.nullable(v.picklist(MAIL_SOURCES)),
    }),
  ),
  createdOn: v.string(),
  validUntil: v.string(),
  status: v.picklist(QUOTE_STATUSES),
  // Quotes saved before numbering have none.
  number: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{4,}$/))),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  tenantId: v.nullable(id),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})

// `v.object` drops unknown keys, so nothing but the fields below ever reaches storage.
export const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.picklist(IMPORTABLE_VERSIONS),
  exportedAt: isoDateTime,
  partner: v.object({ id, name: id, actor: id }),
  tenants: v.array(v.object({ tenant: TenantSchema, subscriptions: v.array(SubscriptionSchema) })),
  configurations: v.array(ConfigurationSchema),
  users: v.array(UserSchema),
  senders: v.array(SenderSchema),
  distributionLists: v.array(DistributionListSchema),
  contacts: v.array(ContactSchema),
  sites: v.array(SiteSchema),
  baselines: v.array(BaselineSchema),
  activity: v.array(ActivitySchema),
  // Version 2 files written before the services ledger have none.
  services: v.optional(v.array(ServiceSchema), []),
  // Currency and prices are checked by the domain's price-list rule afterwards.
  priceList: v.optional(
    v.object({
      currency: v.string(),
      prices: v.object(
        Object.fromEntries(offerIds.map(offerId => [offerId, v.number()])) as Record<
          OfferId,
          v.NumberSchema<undefined>
        >,
      ),
      // The price of an Office Pro deployment per workstation; files written before it have none.
      officeProDeploymentMinor: v.optional(v.number()),
    }),
  ),
  // Version 2 files have no quotes.
  quotes: v.optional(v.array(QuoteSchema), []),
  // Its texts and logo are checked by the domain's identity rule afterwards.
  partnerIdentity: v.optional(
    v.nullable(
      v.object({
        legalName: v.string(),
        address: v.string(),
        country: v.string(),
        registrationNumber: v.string(),
        vatNumber: v.string(),
        phone: v.string(),
        email: v.string(),
        logo: v.nullable(v.string()),
      }),
    ),
  ),
  quoteCounter: v.optional(
    v.object({
      lastByYear: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/)), v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
  ),
})
