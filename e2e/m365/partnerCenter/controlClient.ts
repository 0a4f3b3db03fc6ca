import type { PartnerCenterRequest } from './server'

/** For end-to-end specs: what the Partner Center test server received, by its origin. */
export function partnerCenterControl(origin: string) {
  return {
    requests: async (): Promise<PartnerCenterRequest[]> => {
      const response = await fetch(`${origin}/_test/requests`)
      if (!response.ok)
        throw new Error(`Partner Center test server: GET /_test/requests answered ${response.status}`)
      return ((await response.json()) as { requests: PartnerCenterRequest[] }).requests
    },
  }
}
