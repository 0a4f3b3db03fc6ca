import type { Baseline, BaselineInput, BaselinePlan } from '@/domain/console/baselines'
import type { BaselineOutcome } from '../backend'
import type { Tenant } from '@/domain/tenant/tenant'
import type { ActivityDraft } from './activity'
import type { RecordWrite } from './services'
import { validateBaselineInput } from '@/domain/console/baselines'
import { isBackendError } from '../backend'
import { refuseInvalid } from './checks'

/** Baselines' writes and reads, whatever keeps them: the rules checked, the activity entry named. */

/** Trimmed text and only the settings the baseline sets, so stored baselines compare cleanly. */
function normalise(input: BaselineInput): Pick<Baseline, 'name' | 'description' | 'settings'> {
  const settings = Object.fromEntries(Object.entries(input.settings).filter(([, value]) => value !== undefined))
  return { name: input.name.trim(), description: input.description.trim(), settings }
}

/** Refuses a baseline that breaks a rule, its name compared with the partner's other baselines. */
function check(input: BaselineInput, others: readonly Baseline[]): void {
  refuseInvalid(
    validateBaselineInput(input, new Set(others.map(baseline => baseline.name.toLocaleLowerCase()))),
    'The baseline breaks a rule',
  )
}

export function baselinesByName(baselines: readonly Baseline[]): Baseline[] {
  return [...baselines].sort((a, b) => a.name.localeCompare(b.name))
}

export function createBaselineRecord(
  input: BaselineInput,
  existing: readonly Baseline[],
  at: Date,
): RecordWrite<Baseline> {
  check(input, existing)
  const baseline: Baseline = {
    id: crypto.randomUUID(),
    ...normalise(input),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
  return {
    record: baseline,
    activity: { area: 'baseline', action: 'baseline.created', details: { baseline: baseline.name } },
  }
}

export function updateBaselineRecord(
  current: Baseline,
  input: BaselineInput,
  existing: readonly Baseline[],
  at: Date,
): RecordWrite<Baseline> {
  check(
    input,
    existing.filter(baseline => baseline.id !== current.id),
  )
  const baseline: Baseline = { ...current, ...normalise(input), updatedAt: at.toISOString() }
  return {
    record: baseline,
    activity: { area: 'baseline', action: 'baseline.updated', details: { baseline: baseline.name } },
  }
}

export function removeBaselineActivity(baseline: Baseline): ActivityDraft {
  return { area: 'baseline', action: 'baseline.removed', details: { baseline: baseline.name } }
}

/** The entry of applying a baseline to a tenant; `null` when it changed nothing and the tenant already followed it. */
export function baselineAppliedActivity(
  baseline: Baseline,
  tenant: Pick<Tenant, 'id' | 'companyName'>,
  plan: BaselinePlan,
  alreadyFollowed: boolean,
): ActivityDraft | null {
  if (plan.changes.length === 0 && alreadyFollowed) return null
  return {
    area: 'baseline',
    action: 'baseline.applied',
    tenant,
    details: { baseline: baseline.name, count: plan.changes.length },
    changes: plan.changes.map(change => ({ field: change.key, before: change.before, after: change.after })),
  }
}

/** What applying did to a tenant the baseline reached. */
export function appliedOutcome(tenantId: string, plan: BaselinePlan): BaselineOutcome {
  return {
    tenantId,
    status: plan.changes.length > 0 ? 'applied' : 'unchanged',
    changes: plan.changes,
    skipped: plan.skipped,
  }
}

/** A tenant the baseline couldn't reach: gone (skipped), or refused on the way (failed, with why). */
export function unreachedOutcome(tenantId: string, error: unknown): BaselineOutcome {
  if (isBackendError(error, 'notFound')) return { tenantId, status: 'skipped', reason: 'notFound' }
  // No role, no consent or a sign-in wanted there (Microsoft 365): the tenant list says which.
  if (isBackendError(error, 'unauthorized')) return { tenantId, status: 'skipped', reason: 'noAccess' }
  return { tenantId, status: 'failed', error }
}
