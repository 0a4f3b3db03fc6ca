import type { BaselineInput } from '@/domain/console/baselines'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { useBackend } from '@/backends/current'
import { tenantKeys } from './tenants'

export type { BaselineOutcome } from '@/backends/backend'

/** Cache keys of the partner's baselines: one list, small enough to read whole. */
export const baselineKeys = {
  all: ['baselines'] as const,
}

/** Every baseline, by name; none where the backend keeps no baselines (Microsoft 365 before the partner's records). */
export function useBaselines() {
  return useQuery({
    key: baselineKeys.all,
    query: async () => {
      const backend = useBackend()
      return backend.capabilities.action('baselines.list').available ? backend.baselines.list() : []
    },
  })
}

/**
 * A baseline write moves the list and every follower's drift: both are read again, refused or
 * not (a refusal may come from another tab's change the list doesn't show yet).
 */
function useBaselinesChanged() {
  const cache = useQueryCache()
  return () =>
    Promise.all([
      cache.invalidateQueries({ key: baselineKeys.all }),
      cache.invalidateQueries({ key: tenantKeys.drift }),
    ])
}

/** Saves a new baseline (`baselineId` null) or an edit; the backend validates it again. */
export function useSaveBaseline() {
  const changed = useBaselinesChanged()
  return useMutation({
    mutation: ({ baselineId, input }: { baselineId: string | null; input: BaselineInput }) => {
      const { baselines } = useBackend()
      return baselineId === null ? baselines.create(input) : baselines.update(baselineId, input)
    },
    onSettled: changed,
  })
}

/** Deletes a baseline; the tenants that followed it follow none, their settings as they are. */
export function useRemoveBaseline() {
  const changed = useBaselinesChanged()
  return useMutation({
    mutation: (baselineId: string) => useBackend().baselines.remove(baselineId),
    onSettled: changed,
  })
}

/** What applying a baseline would change on each tenant, changing nothing. */
export function usePreviewBaseline() {
  return useMutation({
    mutation: ({ baselineId, tenantIds }: { baselineId: string; tenantIds: readonly string[] }) =>
      useBackend().baselines.preview(baselineId, tenantIds),
  })
}

/** Applies a baseline tenant by tenant; the drift and those tenants' settings are read again, refused or not. */
export function useApplyBaseline() {
  const cache = useQueryCache()
  return useMutation({
    mutation: ({ baselineId, tenantIds }: { baselineId: string; tenantIds: readonly string[] }) =>
      useBackend().baselines.apply(baselineId, tenantIds),
    onSettled: (_outcomes, _error, { tenantIds }) =>
      Promise.all([
        cache.invalidateQueries({ key: tenantKeys.drift }),
        ...tenantIds.map(tenantId => cache.invalidateQueries({ key: tenantKeys.configuration(tenantId) })),
      ]),
  })
}
