import type { Baseline } from '@/domain/console/baselines'
import type { BaselineOutcome, BaselineRepository } from '../backend'
import type { LocalContext } from './context'
import { planBaseline } from '@/domain/console/baselines'
import { consoleAccess } from '@/domain/tenant/policy'
import { BackendError } from '../backend'
import {
  appliedOutcome,
  baselineAppliedActivity,
  baselinesByName,
  createBaselineRecord,
  removeBaselineActivity,
  unreachedOutcome,
  updateBaselineRecord,
} from '../records/baselines'
import { configurationOf } from './settingsRepository'
import { refuseStale } from '../records/versions'
import { nextVersion } from './versions'

export function createBaselineRepository(context: LocalContext): BaselineRepository {
  const { db, run } = context

  async function loadBaseline(baselineId: string): Promise<Baseline> {
    const baseline = await db.baselines.get(baselineId)
    if (!baseline) throw new BackendError('notFound', `There is no baseline ${baselineId}`)
    return baseline
  }

  /** Applies to one tenant in its own transaction: one tenant's failure doesn't undo the others. */
  async function applyToTenant(baseline: Baseline, tenantId: string): Promise<BaselineOutcome> {
    try {
      return await db.transaction(
        'rw',
        [db.tenants, db.subscriptions, db.configurations, db.activity, db.meta],
        async (): Promise<BaselineOutcome> => {
          const loaded = await context.loadTenant(tenantId)
          if (!consoleAccess(loaded.subscriptions, context.today()).available)
            return { tenantId, status: 'skipped', reason: 'noConsole' }
          const current = await configurationOf(context, loaded)
          const plan = planBaseline(baseline, current.settings, loaded.subscriptions, context.today())
          const settings = {
            ...current.settings,
            ...Object.fromEntries(plan.changes.map(change => [change.key, change.after])),
          }
          await db.configurations.put({ tenantId, settings, baselineId: baseline.id })
          const activity = baselineAppliedActivity(baseline, loaded.tenant, plan, current.baselineId === baseline.id)
          if (activity) await context.log(activity, context.now())
          return appliedOutcome(tenantId, plan)
        },
      )
    } catch (error) {
      return unreachedOutcome(tenantId, error)
    }
  }

  return {
    list: () => run('read the baselines', async () => baselinesByName(await db.baselines.toArray())),

    create: input =>
      run('save the baseline', () =>
        db.transaction('rw', db.baselines, db.activity, db.meta, async () => {
          const write = createBaselineRecord(input, await db.baselines.toArray(), context.now())
          await db.baselines.add(write.record)
          await context.log(write.activity, context.now())
          return write.record
        }),
      ),

    update: (baselineId, input) =>
      run('save the baseline', () =>
        db.transaction('rw', db.baselines, db.activity, db.meta, async () => {
          const current = await loadBaseline(baselineId)
          refuseStale(current, input.expectedVersion, `save the baseline ${current.name}`)
          const write = updateBaselineRecord(current, input, await db.baselines.toArray(), context.now())
          const record = nextVersion(write.record)
          await db.baselines.put(record)
          await context.log(write.activity, context.now())
          return record
        }),
      ),

    remove: baselineId =>
      run('delete the baseline', () =>
        db.transaction('rw', [db.baselines, db.configurations, db.activity, db.meta], async () => {
          const baseline = await loadBaseline(baselineId)
          // Tenants that followed it simply follow none now; their settings stay as they are.
          await db.configurations.where('baselineId').equals(baselineId).modify({ baselineId: null })
          await db.baselines.delete(baselineId)
          await context.log(removeBaselineActivity(baseline), context.now())
        }),
      ),

    preview: (baselineId, tenantIds) =>
      run('preview the baseline', () =>
        db.transaction('r', [db.baselines, db.tenants, db.subscriptions, db.configurations], async () => {
          const baseline = await loadBaseline(baselineId)
          const previews = []
          for (const tenantId of tenantIds) {
            const loaded = await context.loadTenant(tenantId)
            const current = await configurationOf(context, loaded)
            previews.push({
              tenantId,
              plan: planBaseline(baseline, current.settings, loaded.subscriptions, context.today()),
            })
          }
          return previews
        }),
      ),

    apply: (baselineId, tenantIds) =>
      run('apply the baseline', async () => {
        const baseline = await loadBaseline(baselineId)
        const outcomes: BaselineOutcome[] = []
        for (const tenantId of tenantIds) outcomes.push(await applyToTenant(baseline, tenantId))
        return outcomes
      }),
  }
}
