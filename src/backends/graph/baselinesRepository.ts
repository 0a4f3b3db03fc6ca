import type { Baseline } from '@/domain/console/baselines'
import type { SettingKey } from '@/domain/console/settings'
import type { BackendCapabilities, BaselineOutcome, BaselineRepository } from '../backend'
import type { GraphContext } from './graphContext'
import type { GraphSettings } from './settingsRepository'
import type { StoredRecord } from './partnerRecords'
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
import { GRAPH_CAPABILITIES } from './capabilities'

/** What a person browsing the partner's list reads for a baseline. */
const title = (baseline: Baseline) => `Baseline: ${baseline.name}`

/** The backend's reason a setting can't be set here, if it can't. */
function unavailableIn(capabilities: BackendCapabilities) {
  return (key: SettingKey): string | undefined => {
    const capability = capabilities.setting(key)
    return capability.available ? undefined : capability.reason
  }
}

/**
 * Baselines are the partner's records, shared by its technicians; applying one changes each
 * tenant's settings this backend can set (Exchange's, through the partner relay; the others are
 * skipped, with the reason) and records which baseline the tenant follows, for drift.
 */
export function createBaselineRepository(
  context: GraphContext,
  settings: GraphSettings,
  capabilities: BackendCapabilities = GRAPH_CAPABILITIES,
): BaselineRepository {
  const { records } = context
  const unavailableHere = unavailableIn(capabilities)
  const all = async () => (await records.list<Baseline>('baseline')).map(record => record.value)

  async function stored(baselineId: string): Promise<StoredRecord<Baseline>> {
    const found = await records.current<Baseline>('baseline', baselineId)
    if (!found) throw new BackendError('notFound', `There is no baseline ${baselineId}`)
    return found
  }

  async function plan(baseline: Baseline, tenantId: string) {
    const loaded = await context.tenant(tenantId)
    const current = await settings.configuration(loaded)
    return {
      loaded,
      current,
      plan: planBaseline(
        baseline,
        current.settings,
        loaded.subscriptions,
        context.today(),
        unavailableHere,
        current.unknownSettings,
      ),
    }
  }

  /** One tenant at a time, each all or nothing: one tenant's failure doesn't stop the others. */
  async function applyTo(baseline: Baseline, tenantId: string): Promise<BaselineOutcome> {
    try {
      const loaded = await context.find(tenantId)
      if (!loaded) return { tenantId, status: 'skipped', reason: 'notFound' }
      if (!consoleAccess(loaded.subscriptions, context.today()).available)
        return { tenantId, status: 'skipped', reason: 'noConsole' }
      // What this backend can't set is planned as skipped, with why; the rest goes to Exchange through the relay.
      const { current, plan: planned } = await plan(baseline, tenantId)
      const changes = Object.fromEntries(planned.changes.map(change => [change.key, change.after]))
      await settings.writeElsewhere(tenantId, changes)
      if (current.baselineId !== baseline.id) await settings.follow(tenantId, baseline.id)
      const activity = baselineAppliedActivity(baseline, loaded.tenant, planned, current.baselineId === baseline.id)
      if (activity) await context.log(activity)
      return appliedOutcome(tenantId, planned)
    } catch (error) {
      return unreachedOutcome(tenantId, error)
    }
  }

  return {
    list: async () => baselinesByName(await all()),

    create: async input => {
      const write = createBaselineRecord(input, await all(), context.now())
      await records.create('baseline', write.record.id, null, write.record, title(write.record))
      await context.log(write.activity)
      return write.record
    },

    update: async (baselineId, input) => {
      const current = await stored(baselineId)
      const write = updateBaselineRecord(current.value, input, await all(), context.now())
      await records.update(current, write.record, title(write.record))
      await context.log(write.activity)
      return write.record
    },

    remove: async baselineId => {
      const current = await stored(baselineId)
      await records.remove(current)
      // Tenants that followed it simply follow none now; their settings stay as they are.
      await settings.unfollow(baselineId)
      await context.log(removeBaselineActivity(current.value))
    },

    preview: async (baselineId, tenantIds) => {
      const baseline = (await stored(baselineId)).value
      const previews = []
      for (const tenantId of tenantIds) previews.push({ tenantId, plan: (await plan(baseline, tenantId)).plan })
      return previews
    },

    apply: async (baselineId, tenantIds) => {
      const baseline = (await stored(baselineId)).value
      const outcomes: BaselineOutcome[] = []
      for (const tenantId of tenantIds) outcomes.push(await applyTo(baseline, tenantId))
      return outcomes
    },
  }
}
