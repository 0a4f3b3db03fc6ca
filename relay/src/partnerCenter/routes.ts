import type { RelayRoute } from '../relay.js'
import type { PartnerCenterServices } from './client.js'
import { assertObject, checkAddress, completeAddress } from './addresses.js'
import type { ConsentApplications } from './consent.js'
import { catalogueCache, countryParameter, readCatalogue } from './catalogue.js'
import { graphClient } from '../graph/client.js'
import { partnerCenterFor } from './client.js'
import { consentCustomer } from './consent.js'
import { createCustomer, FieldRefusal, newCustomerFrom } from './customers.js'
import { changeSeats, seatChangeFrom } from './seats.js'

const HOUR = 3_600_000

/**
 * The relay's Partner Center functions, each as the technician (App+User, on their behalf):
 * - `GET /api/catalogue?country=FR`: the console's offers' catalogue items there, read at run time and kept a while;
 * - `POST /api/addresses/validate`: Partner Center's address validation, said per field;
 * - `POST /api/customers`: a new customer, its agreement and its first cart, as one operation (`customers.ts`);
 * - `PATCH /api/customers/{id}/seats`: an offer's seats in a customer, its subscription found by product and SKU;
 * - `POST /api/customers/{id}/consent`: the console and the relay consented in a customer (`consent.ts`).
 */
export function partnerCenterRoutes(
  services: PartnerCenterServices & { readonly consent?: ConsentApplications },
): RelayRoute[] {
  const cached = catalogueCache(services.catalogueTtlMs ?? HOUR, services.now ?? Date.now)
  return [
    {
      method: 'GET',
      pattern: /^\/api\/catalogue$/,
      handle: async (request, caller, _params, correlationId) => {
        const country = countryParameter(request.url.searchParams.get('country'))
        const catalogue = await cached(country, () =>
          readCatalogue(partnerCenterFor(services, caller, correlationId), country),
        )
        return { status: 200, body: catalogue }
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/addresses\/validate$/,
      handle: async (request, caller, _params, correlationId) => {
        const complete = completeAddress(assertObject(request.body))
        if ('problems' in complete)
          return {
            status: 200,
            body: { status: 'Incomplete', valid: false, problems: complete.problems, suggestedAddresses: [] },
          }
        return {
          status: 200,
          body: await checkAddress(partnerCenterFor(services, caller, correlationId), complete.address),
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/customers$/,
      handle: async (request, caller, _params, correlationId) => {
        let customer
        try {
          customer = newCustomerFrom(assertObject(request.body))
        } catch (error) {
          if (!(error instanceof FieldRefusal)) throw error
          const envelope = { code: error.code, message: error.message, correlationId, field: error.at }
          return { status: error.status, body: { error: envelope } }
        }
        const partnerCenter = partnerCenterFor(services, caller, correlationId)
        return createCustomer(
          partnerCenter,
          country => cached(country, () => readCatalogue(partnerCenter, country)),
          customer,
          correlationId,
        )
      },
    },
    {
      method: 'PATCH',
      pattern: /^\/api\/customers\/([^/]+)\/seats$/,
      handle: async (request, caller, [customerId], correlationId) => {
        try {
          const change = seatChangeFrom(assertObject(request.body))
          const partnerCenter = partnerCenterFor(services, caller, correlationId)
          const catalogueOf = (country: string) => cached(country, () => readCatalogue(partnerCenter, country))
          return { status: 200, body: await changeSeats(partnerCenter, catalogueOf, customerId!, change) }
        } catch (error) {
          if (!(error instanceof FieldRefusal)) throw error
          const envelope = { code: error.code, message: error.message, correlationId, field: error.at }
          return { status: error.status, body: { error: envelope } }
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/customers\/([^/]+)\/consent$/,
      handle: async (_request, caller, [customerId], correlationId) => ({
        status: 200,
        body: await consentCustomer(
          partnerCenterFor(services, caller, correlationId),
          customerId!,
          services.consent,
          graphClient(
            services.graphUrl,
            () => services.downstream.onBehalfOf(caller.assertion, 'graph', customerId!),
            correlationId,
            services.retry,
          ),
        ),
      }),
    },
  ]
}
