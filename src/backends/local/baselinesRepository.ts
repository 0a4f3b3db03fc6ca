import type { Baseline, BaselineInput } from '@/domain/baselines'
import type { BaselineOutcome, BaselineRepository } from '../backend'
import type { LocalContext } from './context'
import { planBaseline, validateBaselineInput } from '@/domain/baselines'
import { consoleAccess } from '@/domain/policy'
import { BackendError, isBackendError } from '../backend'
import { configurationOf } from './settingsRepository'

/** Trimmed text and only the settings the baseline sets, so stored baselines compare cleanly. */
function normalise(input: BaselineInput): Pick<Baseline, 'name' | 'description' | 'settings'> {
  const settings = Object.fromEntries(Object.entries(input.settings).filter(([, value]) => value !== undefined))
  return { name: input.name.trim(), description: input.description.trim(), settings }
}

export function createBaselineRepository(context: LocalContext): BaselineRepository {
  const { db, run } = context

  async function loadBaseline(baselineId: string): Promise<Baseline> {
    const baseline = await db.baselines.get(baselineId)
    if (!baseline)
      throw new BackendError('notFound', `There is no baseline ${baselineId}`)
    return baseline
  }

  async function check(input: BaselineInput, exceptId?: string): Promise<void> {
    const taken = new Set((await db.baselines.toArray())
      .filter(baseline => baseline.id !== exceptId)
      .map(baseline => baseline.name.toLocaleLowerCase()))
    const issues = validateBaselineInput(input, taken)
    if (issues.length > 0)
      throw new BackendError('validation', 'The baseline breaks a rule', issues)
  }

  /** Applies to one tenant in its own transaction: one tenant's failure doesn't undo the others. */
  async function applyToTenant(baseline: Baseline, tenantId: string): Promise<BaselineOutcome> {
    try {
      return await db.transaction('rw', [db.tenants, db.subscriptions, db.configurations, db.activity, db.meta], async (): Promise<BaselineOutcome> => {
        const loaded = await context.loadTenant(tenantId)
        if (!consoleAccess(loaded.subscriptions, context.today()).available)
          return { tenantId, status: 'skipped', reason: 'noConsole' }
        const current = await configurationOf(context, loaded)
        const plan = planBaseline(baseline, current.settings, loaded.subscriptions, context.today())
        const settings = { ...current.settings, ...Object.fromEntries(plan.changes.map(change => [change.key, change.after])) }
        await db.configurations.put({ tenantId, settings, baselineId: baseline.id })
        if (plan.changes.length > 0 || current.baselineId !== baseline.id) {
          await context.log({
            area: 'baseline',
            action: 'baseline.applied',
            tenant: loaded.tenant,
            details: { baseline: baseline.name, count: plan.changes.length },
            changes: plan.changes.map(change => ({ field: change.key, before: change.before, after: change.after })),
          }, context.now())
        }
        return { tenantId, status: plan.changes.length > 0 ? 'applied' : 'unchanged', changes: plan.changes, skipped: plan.skipped }
      })
    }
    catch (error) {
      if (isBackendError(error, 'notFound'))
        return { tenantId, status: 'skipped', reason: 'notFound' }
      return { tenantId, status: 'failed', message: error instanceof Error ? error.message : String(error) }
    }
  }

  return {
    list: () => run('read the baselines', async () =>
      (await db.baselines.toArray()).sort((a, b) => a.name.localeCompare(b.name))),

    create: input => run('save the baseline', () => db.transaction('rw', db.baselines, db.activity, db.meta, async () => {
      await check(input)
      const at = context.now().toISOString()
      const baseline: Baseline = { id: crypto.randomUUID(), ...normalise(input), createdAt: at, updatedAt: at }
      await db.baselines.add(baseline)
      await context.log({ area: 'baseline', action: 'baseline.created', details: { baseline: baseline.name } }, context.now())
      return baseline
    })),

    update: (baselineId, input) => run('save the baseline', () => db.transaction('rw', db.baselines, db.activity, db.meta, async () => {
      const existing = await loadBaseline(baselineId)
      await check(input, baselineId)
      const baseline: Baseline = { ...existing, ...normalise(input), updatedAt: context.now().toISOString() }
      await db.baselines.put(baseline)
      await context.log({ area: 'baseline', action: 'baseline.updated', details: { baseline: baseline.name } }, context.now())
      return baseline
    })),

    remove: baselineId => run('delete the baseline', () => db.transaction('rw', [db.baselines, db.configurations, db.activity, db.meta], async () => {
      const baseline = await loadBaseline(baselineId)
      // Tenants that followed it simply follow none now; their settings stay as they are.
      await db.configurations.where('baselineId').equals(baselineId).modify({ baselineId: null })
      await db.baselines.delete(baselineId)
      await context.log({ area: 'baseline', action: 'baseline.removed', details: { baseline: baseline.name } }, context.now())
    })),

    preview: (baselineId, tenantIds) => run('preview the baseline', () =>
      db.transaction('r', [db.baselines, db.tenants, db.subscriptions, db.configurations], async () => {
        const baseline = await loadBaseline(baselineId)
        const previews = []
        for (const tenantId of tenantIds) {
          const loaded = await context.loadTenant(tenantId)
          const current = await configurationOf(context, loaded)
          previews.push({ tenantId, plan: planBaseline(baseline, current.settings, loaded.subscriptions, context.today()) })
        }
        return previews
      })),

    apply: (baselineId, tenantIds) => run('apply the baseline', async () => {
      const baseline = await loadBaseline(baselineId)
      const outcomes: BaselineOutcome[] = []
      for (const tenantId of tenantIds)
        outcomes.push(await applyToTenant(baseline, tenantId))
      return outcomes
    }),
  }
}
