import type { RelayResponse } from '../http.js'
import type { PostalAddress } from './addresses.js'
import type { CatalogueItem, CountryCatalogue } from './catalogue.js'
import type { PartnerCenter } from './client.js'
import { RelayError } from '../http.js'
import { checkAddress, completeAddress } from './addresses.js'

/**
 * A new customer in one operation, in the order new commerce wants
 * (https://learn.microsoft.com/partner-center/developer/purchase-new-commerce-license-based): its address checked, the
 * customer created with it, the Microsoft Customer Agreement's acceptance recorded (who, when), then a cart of the
 * offers checked out. Each step says how it went; what Partner Center refuses is said in its words, beside the field
 * it concerns where one does.
 */

export type CustomerStep = 'address' | 'catalogue' | 'customer' | 'agreement' | 'cart' | 'checkout'

export interface StepResult {
  readonly step: CustomerStep
  readonly outcome: 'done' | 'failed' | 'notRun'
}

interface Contact {
  readonly firstName: string
  readonly lastName: string
  readonly email: string
  readonly phoneNumber?: string
}

interface Line {
  readonly offerId: string
  readonly seats: number
  readonly termDuration: string
  readonly billingCycle: string
}

export interface NewCustomer {
  readonly domain: string
  readonly companyName: string
  readonly email: string
  readonly culture: string
  readonly language: string
  readonly address: PostalAddress
  /** The customer's person who accepted the Microsoft Customer Agreement, also the billing contact. */
  readonly contact: Contact
  /** When they accepted it. */
  readonly dateAgreed: string
  readonly lines: readonly Line[]
  /**
   * The customer an earlier attempt created, given back to finish it: Partner Center can't delete a customer, and the
   * domain is now taken, so a retry records the agreement again (a reconfirmation, which the page allows) and checks
   * a new cart out for it.
   */
  readonly customerId?: string
}

const STEPS: readonly CustomerStep[] = ['address', 'catalogue', 'customer', 'agreement', 'cart', 'checkout']

/** A refusal that concerns one field of the request (`address.postalCode`, `lines[0].seats`), shown there. */
export class FieldRefusal extends RelayError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly at: string,
  ) {
    super(status, code, message)
  }
}

/** A refusal of the request's own content, before anything is asked of Partner Center. */
const invalid = (field: string, message: string) => new FieldRefusal(400, 'badRequest', message, field)

function text(record: Record<string, unknown>, name: string, path = name): string {
  const value = record[name]
  if (typeof value !== 'string' || value.trim() === '') throw invalid(path, `${path} is required.`)
  return value.trim()
}

/** The request body as a new customer, or a 400 naming the first field at fault. */
export function newCustomerFrom(body: unknown): NewCustomer {
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const contactRecord = (record.contact && typeof record.contact === 'object' ? record.contact : {}) as Record<
    string,
    unknown
  >
  const complete = completeAddress(record.address)
  if ('problems' in complete) throw invalid(`address.${complete.problems[0]!.field}`, complete.problems[0]!.message)
  const dateAgreed = text(record, 'dateAgreed')
  if (Number.isNaN(Date.parse(dateAgreed))) throw invalid('dateAgreed', 'dateAgreed must be a date.')
  const lines = Array.isArray(record.lines) ? (record.lines as Record<string, unknown>[]) : []
  if (lines.length === 0) throw invalid('lines', 'Choose at least one offer.')
  const phoneNumber = typeof contactRecord.phoneNumber === 'string' ? contactRecord.phoneNumber.trim() : ''
  return {
    ...(typeof record.customerId === 'string' && record.customerId.trim() !== ''
      ? { customerId: record.customerId.trim() }
      : {}),
    domain: text(record, 'domain'),
    companyName: text(record, 'companyName'),
    email: text(record, 'email'),
    culture: text(record, 'culture'),
    language: text(record, 'language'),
    address: complete.address,
    contact: {
      firstName: text(contactRecord, 'firstName', 'contact.firstName'),
      lastName: text(contactRecord, 'lastName', 'contact.lastName'),
      email: text(contactRecord, 'email', 'contact.email'),
      ...(phoneNumber ? { phoneNumber } : {}),
    },
    dateAgreed,
    lines: lines.map((line, index) => {
      const seats = line?.seats
      if (!Number.isInteger(seats) || (seats as number) < 1)
        throw invalid(`lines[${index}].seats`, 'The seats must be a whole number of at least 1.')
      return {
        offerId: text(line ?? {}, 'offerId', `lines[${index}].offerId`),
        seats: seats as number,
        termDuration: typeof line.termDuration === 'string' ? line.termDuration : 'P1M',
        billingCycle: typeof line.billingCycle === 'string' ? line.billingCycle : 'monthly',
      }
    }),
  }
}

/** Each line's catalogue item, checked against what the catalogue says of it, before anything is bought. */
function cartLines(catalogue: CountryCatalogue, lines: readonly Line[]) {
  return lines.map((line, index) => {
    const item: CatalogueItem | undefined = catalogue.items.find(i => i.offerId === line.offerId)
    if (!item) {
      const why = catalogue.unavailable.find(u => u.offerId === line.offerId)?.reason
      throw invalid(`lines[${index}].offerId`, why ?? `No offer ${line.offerId} is sold through Partner Center.`)
    }
    if (line.seats < item.minimumQuantity || line.seats > item.maximumQuantity)
      throw invalid(
        `lines[${index}].seats`,
        `${item.title} is sold from ${item.minimumQuantity} to ${item.maximumQuantity} seats.`,
      )
    if (!item.terms.some(t => t.duration === line.termDuration && t.billingCycle === line.billingCycle))
      throw invalid(
        `lines[${index}].termDuration`,
        `${item.title} is not sold for ${line.termDuration} billed ${line.billingCycle}.`,
      )
    return {
      id: index,
      catalogItemId: item.catalogItemId,
      quantity: line.seats,
      billingCycle: line.billingCycle,
      termDuration: line.termDuration,
    }
  })
}

interface CheckoutResult {
  readonly orders?: readonly {
    readonly id: string
    readonly lineItems?: readonly {
      readonly offerId: string
      readonly subscriptionId?: string
      readonly quantity: number
    }[]
  }[]
  readonly orderErrors?: readonly { readonly errorCode?: unknown; readonly errorDescription?: unknown }[]
}

/** Where a Partner Center refusal at a step shows in the form. */
const STEP_FIELDS: Partial<Record<CustomerStep, string>> = {
  customer: 'domain',
  agreement: 'contact',
  cart: 'lines',
  checkout: 'lines',
}

/** The new customer's id and, as Partner Center answers it once, its first administrator's credentials. */
interface CreatedCustomer {
  readonly id: string
  readonly userCredentials?: { readonly userName?: unknown; readonly password?: unknown }
}

async function createdCustomer(partnerCenter: PartnerCenter, customer: NewCustomer): Promise<CreatedCustomer> {
  const created = await partnerCenter<CreatedCustomer>('POST', '/customers', {
    companyProfile: { domain: customer.domain },
    billingProfile: {
      email: customer.email,
      culture: customer.culture,
      language: customer.language,
      companyName: customer.companyName,
      defaultAddress: {
        ...customer.address,
        firstName: customer.contact.firstName,
        lastName: customer.contact.lastName,
        ...(customer.contact.phoneNumber ? { phoneNumber: customer.contact.phoneNumber } : {}),
      },
    },
  })
  return created
}

/** Partner Center names the administrator without its domain (`admin`): it signs in at the initial domain. */
function administratorOf(created: CreatedCustomer | undefined, domain: string) {
  const { userName, password } = created?.userCredentials ?? {}
  if (typeof userName !== 'string' || typeof password !== 'string' || userName === '' || password === '')
    return undefined
  return { userName: userName.includes('@') ? userName : `${userName}@${domain}`, password }
}

/**
 * Runs the steps in order, stopping at the first failure. Answers 201 with each step's outcome, the customer and its
 * subscriptions; or the failure in the one error envelope, with the steps beside it and the customer's id once it
 * exists (Partner Center can't delete a customer: a retry gives it back as `customerId` and continues with it).
 */
export async function createCustomer(
  partnerCenter: PartnerCenter,
  catalogueOf: (country: string) => Promise<CountryCatalogue>,
  customer: NewCustomer,
  correlationId: string,
): Promise<RelayResponse> {
  const outcomes = new Map<CustomerStep, StepResult['outcome']>()
  const steps = () => STEPS.map(step => ({ step, outcome: outcomes.get(step) ?? 'notRun' }))
  let customerId: string | undefined
  let administrator: { userName: string; password: string } | undefined
  let step: CustomerStep = 'address'
  try {
    const address = await checkAddress(partnerCenter, customer.address)
    if (!address.valid) {
      const problem = address.problems[0]!
      throw new FieldRefusal(400, 'addressInvalid', problem.message, `address.${problem.field}`)
    }
    outcomes.set(step, 'done')

    step = 'catalogue'
    const lineItems = cartLines(await catalogueOf(customer.address.country), customer.lines)
    outcomes.set(step, 'done')

    step = 'customer'
    // Only a customer created now comes with its administrator's password: a retry finishes one without it.
    const created = customer.customerId === undefined ? await createdCustomer(partnerCenter, customer) : undefined
    administrator = administratorOf(created, customer.domain)
    customerId = customer.customerId ?? created!.id
    outcomes.set(step, 'done')

    step = 'agreement'
    const templates = await partnerCenter<{ items?: { templateId: string }[] }>(
      'GET',
      '/agreements?agreementType=MicrosoftCustomerAgreement',
    )
    const templateId = templates.items?.[0]?.templateId
    if (!templateId) throw new RelayError(502, 'remote', 'Partner Center named no Microsoft Customer Agreement.')
    await partnerCenter('POST', `/customers/${encodeURIComponent(customerId)}/agreements`, {
      primaryContact: customer.contact,
      templateId,
      dateAgreed: new Date(customer.dateAgreed).toISOString(),
      type: 'MicrosoftCustomerAgreement',
    })
    outcomes.set(step, 'done')

    step = 'cart'
    const cart = await partnerCenter<{ id: string }>('POST', `/customers/${encodeURIComponent(customerId)}/carts`, {
      lineItems,
    })
    outcomes.set(step, 'done')

    step = 'checkout'
    const result = await partnerCenter<CheckoutResult>(
      'POST',
      `/customers/${encodeURIComponent(customerId)}/carts/${encodeURIComponent(cart.id)}/checkout`,
    )
    const orderError = result.orderErrors?.[0]
    if (orderError)
      throw new FieldRefusal(
        400,
        'partnerCenterRefused',
        typeof orderError.errorDescription === 'string'
          ? orderError.errorDescription
          : 'Partner Center refused the order.',
        'lines',
      )
    outcomes.set(step, 'done')
    const subscriptions = (result.orders ?? []).flatMap(order =>
      (order.lineItems ?? []).map(item => ({
        offerId: customer.lines[lineItems.findIndex(l => l.catalogItemId === item.offerId)]?.offerId,
        catalogItemId: item.offerId,
        subscriptionId: item.subscriptionId,
        seats: item.quantity,
        orderId: order.id,
      })),
    )
    return {
      status: 201,
      body: {
        customerId,
        domain: customer.domain,
        steps: steps(),
        subscriptions,
        ...(administrator ? { administrator } : {}),
      },
    }
  } catch (error) {
    if (!(error instanceof RelayError)) throw error
    outcomes.set(step, 'failed')
    const field =
      error instanceof FieldRefusal ? error.at : error.code === 'partnerCenterRefused' ? STEP_FIELDS[step] : undefined
    return {
      status: error.status,
      body: {
        error: {
          code: error.code,
          message: error.message,
          correlationId,
          ...(field === undefined ? {} : { field }),
        },
        steps: steps(),
        ...(customerId === undefined ? {} : { customerId }),
      },
    }
  }
}
