import type { MaybeRefOrGetter } from 'vue'
import type { OfficeProDraftRequest } from '@/backends/backend'
import type { AddOn, AddOnInput, AddOnStatus } from '@/domain/ledger/addOns'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { toValue } from 'vue'
import { useBackend } from '@/backends/current'

/** Cache keys of the services ledger: the partner's whole ledger, and each tenant's part of it. */
export const ledgerKeys = {
  all: ['ledger'] as const,
  partner: ['ledger', 'partner'] as const,
  tenant: (tenantId: string) => ['ledger', 'tenant', tenantId] as const,
}

/** Whether this backend keeps the ledger (Microsoft 365 keeps it in the partner's records, once set up). */
export function ledgerCapability() {
  return useBackend().capabilities.action('services.list')
}

/**
 * The services of one tenant, or (without an id) of the whole partner, in the order they were
 * recorded; nothing is read where the backend keeps no ledger.
 */
export function useLedger(tenantId: MaybeRefOrGetter<string | null> = null) {
  return useQuery({
    key: () => {
      const id = toValue(tenantId)
      return id === null ? ledgerKeys.partner : ledgerKeys.tenant(id)
    },
    query: () => {
      const id = toValue(tenantId)
      return useBackend().services.list(id === null ? {} : { tenantId: id })
    },
    enabled: () => ledgerCapability().available,
  })
}

/** Any write reads the whole ledger again, refused or not: a refusal may come from another tab's change. */
function useLedgerChanged() {
  const cache = useQueryCache()
  return () => cache.invalidateQueries({ key: ledgerKeys.all })
}

/** Records a new service (`serviceId` null) or saves an edit; the backend validates it again. */
export function useSaveAddOn() {
  return useMutation({
    mutation: ({ tenantId, serviceId, input }: { tenantId: string; serviceId: string | null; input: AddOnInput }) => {
      const { services } = useBackend()
      return serviceId === null ? services.create(tenantId, input) : services.update(tenantId, serviceId, input)
    },
    onSettled: useLedgerChanged(),
  })
}

/**
 * Drafts a tenant's Office Pro deployment priced from the price list; the backend gives back the
 * one already under way instead of a second (`reused`).
 */
export function useDraftOfficePro() {
  return useMutation({
    mutation: ({ tenantId, request }: { tenantId: string; request: OfficeProDraftRequest }) =>
      useBackend().services.draftOfficeProDeployment(tenantId, request),
    onSettled: useLedgerChanged(),
  })
}

/** Moves a service one allowed step (quoted → accepted → delivered → invoiced, or cancelled). */
export function useMoveAddOn() {
  return useMutation({
    mutation: ({ service, status }: { service: AddOn; status: AddOnStatus }) =>
      useBackend().services.setStatus(service.tenantId, service.id, status),
    onSettled: useLedgerChanged(),
  })
}

/** Deletes a service not yet invoiced or cancelled. */
export function useRemoveAddOn() {
  return useMutation({
    mutation: (service: AddOn) => useBackend().services.remove(service.tenantId, service.id),
    onSettled: useLedgerChanged(),
  })
}
