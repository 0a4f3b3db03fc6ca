import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { Tenant } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import type { ProvisionedTenant } from '../backend'
import type { LocalContext } from './context'
import type { ConsoleDatabase } from './db'
import { INITIAL_DOMAIN_SUFFIX } from '@/domain/catalogue'
import { planBaseline } from '@/domain/console/baselines'
import { defaultSettings } from '@/domain/console/settings'
import { trimmedAddress } from '@/domain/tenant/postalAddress'
import { newSubscription, validateProvisionRequest } from '@/domain/tenant/provisioning'
import { temporaryPassword } from '@/domain/users/password'
import { workloadsForLicence } from '@/domain/users/userWorkloads'
import { BackendError } from '../backend'
import { compareSubscriptions, toRecord } from './records'
import { domainPrefixes } from './tenantsRepository'

/** The tables `provisionTenant` writes, for the transaction that wraps it. */
export function provisionTables(db: ConsoleDatabase) {
  return [db.tenants, db.subscriptions, db.configurations, db.baselines, db.users, db.activity, db.meta]
}

/**
 * Validates and creates a tenant with its subscriptions, configuration and activity entry. Call
 * inside a 'rw' transaction over `provisionTables` (and whatever else the caller writes), so a
 * refusal anywhere leaves nothing behind.
 */
export async function provisionTenant(
  context: LocalContext,
  request: ProvisionRequest & { readonly baselineId?: string | null },
): Promise<ProvisionedTenant> {
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
  // Its first administrator, as Microsoft creates one with every tenant: unlicensed, on the initial domain.
  const administrator: TenantUser = {
    id: crypto.randomUUID(),
    tenantId: tenant.id,
    firstName: 'Global',
    lastName: 'Administrator',
    displayName: 'Global Administrator',
    alias: 'admin',
    domain: tenant.domains[0]!.name,
    usageLocation: tenant.country,
    subscriptionId: null,
    services: workloadsForLicence(undefined),
    exchange: {},
    blocked: false,
    createdAt: at.toISOString(),
  }
  await db.users.add(administrator)
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
  return {
    tenant,
    subscriptions: [...subscriptions].sort(compareSubscriptions),
    // The demo keeps no passwords: the one handed over is made up, like a reset's.
    administrator: { userName: `admin@${administrator.domain}`, temporaryPassword: temporaryPassword() },
  }
}
