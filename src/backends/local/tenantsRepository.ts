import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { Tenant, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { TenantRepository } from '../backend'
import type { LocalContext } from './context'
import type { ConsoleDatabase } from './db'
import { INITIAL_DOMAIN_SUFFIX } from '@/domain/catalogue'
import { planBaseline } from '@/domain/console/baselines'
import { defaultSettings } from '@/domain/console/settings'
import { trimmedAddress } from '@/domain/tenant/postalAddress'
import { newSubscription, validateProvisionRequest } from '@/domain/tenant/provisioning'
import { BackendError } from '../backend'
import { workstationsWrite } from '../records/workstations'
import { compareSubscriptions, toRecord, withSubscriptions } from './records'

export async function domainPrefixes(context: LocalContext): Promise<Set<string>> {
  return new Set((await context.db.tenants.orderBy('initialPrefix').keys()).map(String))
}

/** The tables `provisionTenant` writes, for the transaction that wraps it. */
export function provisionTables(db: ConsoleDatabase) {
  return [db.tenants, db.subscriptions, db.configurations, db.baselines, db.activity, db.meta]
}

/**
 * Validates and creates a tenant with its subscriptions, configuration and activity entry. Call
 * inside a 'rw' transaction over `provisionTables` (and whatever else the caller writes), so a
 * refusal anywhere leaves nothing behind.
 */
export async function provisionTenant(
  context: LocalContext,
  request: ProvisionRequest & { readonly baselineId?: string | null },
): Promise<TenantWithSubscriptions> {
  const { db } = context
  // Validated against the prefixes inside this transaction, so no other write can slip between.
  const issues = validateProvisionRequest(request, await domainPrefixes(context), context.today())
  const baselineId = request.baselineId ?? null
  const baseline = baselineId === null ? undefined : await db.baselines.get(baselineId)
  if (baselineId !== null && !baseline)
    issues.push({ field: 'baselineId', code: 'unknown', params: { value: baselineId } })
  if (issues.length > 0) throw new BackendError('validation', 'The new tenant breaks a provisioning rule', issues)
  const at = context.now()
  const today = context.today()
  // Trimmed, never escaped or sanitised: the interface renders it as text.
  const tenant: Tenant = {
    id: crypto.randomUUID(),
    companyName: request.companyName.trim(),
    contact: {
      name: request.contactName.trim(),
      email: request.contactEmail.trim(),
      phone: request.contactPhone.trim(),
    },
    country: request.country,
    address: trimmedAddress(request.address),
    language: request.language,
    domains: [
      {
        name: `${request.domainPrefix.trim()}.${INITIAL_DOMAIN_SUFFIX}`,
        isInitial: true,
        isDefault: true,
        verified: true,
      },
    ],
    createdAt: at.toISOString(),
  }
  const subscriptions = request.lines.map(line =>
    newSubscription(
      { id: crypto.randomUUID(), tenantId: tenant.id, offerId: line.offerId, seats: line.seats },
      request.billing,
      today,
    ),
  )
  await db.tenants.add(toRecord(tenant))
  await db.subscriptions.bulkAdd(subscriptions)
  // A chosen baseline shapes the new tenant from the start, where its offers can carry it.
  const defaults = defaultSettings(subscriptions, today)
  const plan = baseline ? planBaseline(baseline, defaults, subscriptions, today) : { changes: [] }
  const settings = { ...defaults, ...Object.fromEntries(plan.changes.map(change => [change.key, change.after])) }
  await db.configurations.add({ tenantId: tenant.id, settings, baselineId })
  await context.log(
    {
      area: 'tenant',
      action: 'tenant.provisioned',
      tenant,
      details: {
        companyName: tenant.companyName,
        offers: subscriptions.map(s => s.offerId).join(','),
        seats: subscriptions.reduce((total, s) => total + s.seats, 0),
        ...(baseline ? { baseline: baseline.name } : {}),
      },
    },
    at,
  )
  return { tenant, subscriptions: [...subscriptions].sort(compareSubscriptions) }
}

export function createTenantRepository(context: LocalContext): TenantRepository {
  const { db, run } = context

  // In company-name index order (code points); the tenant list sorts for display itself.
  const list = () =>
    run('read the tenants', () =>
      db.transaction('r', db.tenants, db.subscriptions, async () => {
        const records = await db.tenants.orderBy('companyName').toArray()
        return withSubscriptions(records, await db.subscriptions.toArray())
      }),
    )

  // Every tenant in this browser is readable: nobody signs in to demo data.
  const listing = async () => ({ tenants: await list(), unreadable: [] })

  return {
    listing,
    // Reading them all is as cheap as naming them here: every one comes read.
    directory: async () => {
      const known = await listing()
      return {
        names: known.tenants.map(({ tenant }) => ({ tenantId: tenant.id, companyName: tenant.companyName })),
        known,
      }
    },
    read: tenantIds =>
      run('read the tenants', () =>
        db.transaction('r', db.tenants, db.subscriptions, async () => {
          const records = (await db.tenants.bulkGet([...tenantIds])).filter(record => record !== undefined)
          const subscriptions = await db.subscriptions
            .where('tenantId')
            .anyOf(records.map(record => record.id))
            .toArray()
          return { tenants: withSubscriptions(records, subscriptions), unreadable: [] }
        }),
      ),

    get: tenantId =>
      run('read the tenant', () =>
        db.transaction('r', db.tenants, db.subscriptions, async () => {
          const record = await db.tenants.get(tenantId)
          if (!record) return undefined
          return withSubscriptions([record], await db.subscriptions.where('tenantId').equals(tenantId).toArray())[0]
        }),
      ),

    domainPrefixes: () => run('read the domain prefixes', () => domainPrefixes(context)),

    provision: request =>
      run('save the new tenant', () =>
        db.transaction('rw', provisionTables(db), () => provisionTenant(context, request)),
      ),

    updateWorkstations: (tenantId, count) =>
      run('save the workstation count', () =>
        db.transaction('rw', [db.tenants, db.subscriptions, db.activity, db.meta], async () => {
          const loaded = await context.loadTenant(tenantId)
          const write = workstationsWrite(loaded.tenant, count)
          if (!write) return loaded
          const tenant = { ...loaded.tenant, workstations: write.record }
          await db.tenants.put(toRecord(tenant))
          await context.log(write.activity, context.now())
          return { tenant, subscriptions: loaded.subscriptions }
        }),
      ),
  }
}
