import type { ValidationIssue } from '@/domain/validation'
import { validateBaselineInput } from '@/domain/console/baselines'
import { isSettingKey } from '@/domain/console/settings'
import { validateAddOnEnd, validateAddOnInput } from '@/domain/ledger/addOns'
import { quoteIssues } from '@/domain/quotes/quotes'
import { validateAlias, validateUserDomain } from '@/domain/users/userValidation'
import type { ConsoleExport } from './exportFormat'

/** The baseline form's fields, as the file names them; a setting's issue names its key. */
const BASELINE_FIELDS: Record<string, string> = {
  baselineName: 'name',
  baselineDescription: 'description',
  baselineSettings: 'settings',
}

/**
 * What ties the console's records to their tenants, checked before anything is written: every
 * record names a tenant in the file, licences and memberships point inside the same tenant,
 * unique things are unique, and seat counters match the users who hold the licences.
 */
export function consoleDataIssues(document: ConsoleExport): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const tenants = new Map(document.tenants.map(({ tenant, subscriptions }) => [tenant.id, { tenant, subscriptions }]))
  const subscriptionTenant = new Map(
    document.tenants.flatMap(({ subscriptions }) => subscriptions.map(s => [s.id, s.tenantId] as const)),
  )
  const baselineIds = new Set(document.baselines.map(baseline => baseline.id))

  const unknownTenant = (tenantId: string, field: string) =>
    tenants.has(tenantId) ? [] : [{ field, code: 'unknown' as const, params: { value: tenantId } }]
  const unique = (seen: Set<string>, key: string, field: string, value: string) => {
    if (seen.has(key)) return [{ field, code: 'taken' as const, params: { value } }]
    seen.add(key)
    return []
  }

  const baselineNames = new Set<string>()
  const seenBaselineIds = new Set<string>()
  document.baselines.forEach((baseline, i) => {
    const at = `baselines[${i}]`
    issues.push(...unique(seenBaselineIds, baseline.id, `${at}.id`, baseline.id))
    for (const key of Object.keys(baseline.settings).filter(key => !isSettingKey(key)))
      issues.push({ field: `${at}.settings.${key}`, code: 'unknown', params: { value: key } })
    issues.push(
      ...validateBaselineInput(baseline, baselineNames).map(issue => ({
        ...issue,
        field: `${at}.${BASELINE_FIELDS[issue.field] ?? `settings.${issue.field}`}`,
      })),
    )
    baselineNames.add(baseline.name.trim().toLocaleLowerCase())
  })

  const configured = new Set<string>()
  document.configurations.forEach((configuration, i) => {
    const at = `configurations[${i}]`
    issues.push(
      ...unknownTenant(configuration.tenantId, `${at}.tenantId`),
      ...unique(configured, configuration.tenantId, `${at}.tenantId`, configuration.tenantId),
    )
    if (configuration.baselineId !== null && !baselineIds.has(configuration.baselineId))
      issues.push({ field: `${at}.baselineId`, code: 'unknown', params: { value: configuration.baselineId } })
    // Each value is checked with the tenant's own subscriptions (importRecordChecks).
  })

  const userIds = new Map<string, string>()
  const seenUserIds = new Set<string>()
  const addresses = new Set<string>()
  const holders = new Map<string, number>()
  document.users.forEach((user, i) => {
    const at = `users[${i}]`
    const owner = tenants.get(user.tenantId)
    issues.push(...unknownTenant(user.tenantId, `${at}.tenantId`), ...unique(seenUserIds, user.id, `${at}.id`, user.id))
    userIds.set(user.id, user.tenantId)
    issues.push(...validateAlias(user.alias).map(issue => ({ ...issue, field: `${at}.alias` })))
    issues.push(
      ...unique(
        addresses,
        `${user.tenantId}/${user.alias}@${user.domain}`.toLowerCase(),
        `${at}.alias`,
        `${user.alias}@${user.domain}`,
      ),
    )
    if (owner)
      issues.push(...validateUserDomain(user.domain, owner.tenant).map(issue => ({ ...issue, field: `${at}.domain` })))
    if (user.subscriptionId !== null) {
      if (subscriptionTenant.get(user.subscriptionId) !== user.tenantId)
        issues.push({ field: `${at}.subscriptionId`, code: 'unknown', params: { value: user.subscriptionId } })
      holders.set(user.subscriptionId, (holders.get(user.subscriptionId) ?? 0) + 1)
    }
  })
  document.tenants.forEach(({ subscriptions }, i) =>
    subscriptions.forEach((subscription, k) => {
      const held = holders.get(subscription.id) ?? 0
      if (subscription.assignedSeats !== held)
        issues.push({
          field: `tenants[${i}].subscriptions[${k}].assignedSeats`,
          code: 'unknown',
          params: { value: subscription.assignedSeats, expected: held },
        })
    }),
  )

  const ids = new Set<string>()
  const sitePaths = new Set<string>()
  const owned = [
    ...document.senders.map((record, i) => ({ record, at: `senders[${i}]` })),
    ...document.contacts.map((record, i) => ({ record, at: `contacts[${i}]` })),
    ...document.sites.map((record, i) => ({ record, at: `sites[${i}]` })),
    ...document.distributionLists.map((record, i) => ({ record, at: `distributionLists[${i}]` })),
    ...document.services.map((record, i) => ({ record, at: `services[${i}]` })),
  ]
  for (const { record, at } of owned)
    issues.push(...unknownTenant(record.tenantId, `${at}.tenantId`), ...unique(ids, record.id, `${at}.id`, record.id))
  // The form's price field is `unitPrice`; in the file it is the stored `unitPriceMinor`.
  const storedField = (field: string) => (field === 'unitPrice' ? 'unitPriceMinor' : field)
  document.services.forEach((service, i) =>
    issues.push(
      ...[...validateAddOnInput(service, service.currency), ...validateAddOnEnd(service)].map(issue => ({
        ...issue,
        field: `services[${i}].${storedField(issue.field)}`,
      })),
    ),
  )
  const quoteIds = new Set<string>()
  document.quotes.forEach((quote, i) => {
    const at = `quotes[${i}]`
    issues.push(...unique(quoteIds, quote.id, `${at}.id`, quote.id))
    // A converted quote is checked as the accepted quote it was.
    const status = quote.status === 'converted' ? 'accepted' : quote.status
    issues.push(
      ...quoteIssues({ ...quote, status }, quote.currency).map(issue => ({
        ...issue,
        field: `${at}.${storedField(issue.field)}`,
      })),
    )
    if (quote.status === 'converted' && quote.tenantId === null)
      issues.push({ field: `${at}.tenantId`, code: 'required' })
    if (quote.tenantId !== null)
      issues.push(
        ...(quote.status === 'converted'
          ? unknownTenant(quote.tenantId, `${at}.tenantId`)
          : [{ field: `${at}.tenantId`, code: 'unknown' as const, params: { value: quote.tenantId } }]),
      )
  })
  document.sites.forEach((site, i) =>
    issues.push(...unique(sitePaths, `${site.tenantId}/${site.path}`, `sites[${i}].path`, site.path)),
  )
  document.distributionLists.forEach((list, i) =>
    list.memberIds.forEach((memberId, j) => {
      if (userIds.get(memberId) !== list.tenantId)
        issues.push({ field: `distributionLists[${i}].memberIds[${j}]`, code: 'unknown', params: { value: memberId } })
    }),
  )
  return issues
}
