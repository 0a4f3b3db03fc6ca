import type { Baseline, BaselineInput, BaselinePlan, SkippedSetting } from '@/domain/console/baselines'
import type { SettingChange } from '@/domain/console/settings'

/** What applying a baseline did (or would do) to one tenant. */
export type BaselineOutcome =
  | {
      readonly tenantId: string
      readonly status: 'applied' | 'unchanged'
      readonly changes: readonly SettingChange[]
      readonly skipped: readonly SkippedSetting[]
    }
  | { readonly tenantId: string; readonly status: 'skipped'; readonly reason: 'noConsole' | 'notFound' | 'noAccess' }
  /** `error` is the refusal as raised: the interface says it in its own words, never in the adapter's text. */
  | { readonly tenantId: string; readonly status: 'failed'; readonly error: unknown }

export interface BaselineRepository {
  list: () => Promise<Baseline[]>
  create: (input: BaselineInput) => Promise<Baseline>
  update: (baselineId: string, input: BaselineInput) => Promise<Baseline>
  remove: (baselineId: string) => Promise<void>
  /** What applying the baseline would change on each tenant, without changing anything. */
  preview: (baselineId: string, tenantIds: readonly string[]) => Promise<{ tenantId: string; plan: BaselinePlan }[]>
  /** Applies the baseline tenant by tenant (each one all or nothing) and says what happened to each. */
  apply: (baselineId: string, tenantIds: readonly string[]) => Promise<BaselineOutcome[]>
}
