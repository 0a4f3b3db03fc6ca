import type { FaultRule } from './faults'
import type { RecordedRequest, ThrottleRule } from './server'
import type { ListItem, SharePointList, TenantDirectory } from './world'

/** For end-to-end specs: the Graph test server's `/_test/` endpoints, by its origin (`http://127.0.0.1:4444`). */
export function graphControl(origin: string) {
  async function call<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${origin}/_test${path}`, { ...init, headers: { 'Content-Type': 'application/json' } })
    if (!response.ok) throw new Error(`Graph test server: ${init?.method ?? 'GET'} ${path} answered ${response.status}`)
    return (response.status === 204 ? undefined : await response.json()) as T
  }
  return {
    requests: async () => (await call<{ requests: RecordedRequest[] }>('/requests')).requests,
    schemaViolations: async () => (await call<{ schemaViolations: string[] }>('/requests')).schemaViolations,
    clearRequests: () => call<void>('/requests', { method: 'DELETE' }),
    throttle: (rule: ThrottleRule) => call<void>('/throttle', { method: 'POST', body: JSON.stringify(rule) }),
    reset: () => call<void>('/reset', { method: 'POST' }),
    /** Lost answers, dropped connections, throttling with dates (faults.ts); `clearFaults` ends them. */
    fault: (rule: FaultRule) => call<void>('/faults', { method: 'POST', body: JSON.stringify(rule) }),
    clearFaults: () => call<void>('/faults', { method: 'DELETE' }),
    tenant: (tenantId: string) =>
      call<Omit<TenantDirectory, 'publishedTxt'> & { publishedTxt: string[] }>(`/tenants/${tenantId}`),
    /** The console app is consented in that tenant no more. */
    withdrawConsent: (tenantId: string) => call<void>(`/tenants/${tenantId}/consent`, { method: 'DELETE' }),
    /** The technicians' group given a GDAP role in that customer (`held`), or no longer. */
    setTechnicianRole: (tenantId: string, roleDefinitionId: string, held: boolean) =>
      call<void>(`/tenants/${tenantId}/technician-roles`, {
        method: 'POST',
        body: JSON.stringify({ roleDefinitionId, held }),
      }),
    /** SharePoint's sharing changed in the customer's own admin center. */
    setSharing: (tenantId: string, sharingCapability: string) =>
      call<void>(`/tenants/${tenantId}/sharepoint`, { method: 'PATCH', body: JSON.stringify({ sharingCapability }) }),
    publishTxt: (tenantId: string, domain: string) =>
      call<void>(`/tenants/${tenantId}/dns`, { method: 'POST', body: JSON.stringify({ domain }) }),
    /** The partner's SharePoint lists with their columns and items, as stored. */
    lists: async () => (await call<{ lists: SharePointList[] }>('/lists')).lists,
    /** Someone else changes an item (its ETag moves), as another technician's save would. */
    changeItem: (list: string, itemId: string, fields: Record<string, unknown>) =>
      call<ListItem>(`/lists/${encodeURIComponent(list)}/items/${itemId}`, {
        method: 'PATCH',
        body: JSON.stringify({ fields }),
      }),
  }
}
