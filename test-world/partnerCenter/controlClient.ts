import type { PropagationDelays } from '../graph/propagation'
import type { PartnerCenterRequest } from './server'

/** For end-to-end specs: what the Partner Center test server received, and its delays, by its origin. */
export function partnerCenterControl(origin: string) {
  async function call<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${origin}/_test${path}`, { ...init, headers: { 'Content-Type': 'application/json' } })
    if (!response.ok)
      throw new Error(`Partner Center test server: ${init?.method ?? 'GET'} /_test${path} answered ${response.status}`)
    return (await response.json()) as T
  }
  return {
    requests: async (): Promise<PartnerCenterRequest[]> =>
      (await call<{ requests: PartnerCenterRequest[] }>('/requests')).requests,
    /** How long a new customer and a seat change take to show in Graph. */
    propagation: () => call<PropagationDelays>('/propagation'),
    /** The customer of that name shows in Graph after `customerMs`, whatever the others' delay. */
    delayCustomer: (companyName: string, customerMs: number) =>
      call<void>('/customer-delay', { method: 'PUT', body: JSON.stringify({ companyName, customerMs }) }),
    /** Puts the technician in Partner Center's AdminAgents group, or takes them out. */
    setAdminAgent: (member: boolean) =>
      call<{ member: boolean }>('/admin-agent', { method: 'PUT', body: JSON.stringify({ member }) }),
  }
}
