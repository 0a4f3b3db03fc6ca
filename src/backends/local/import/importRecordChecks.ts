import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import { mailObjectsAvailability, validateDistributionList, validateMailContact } from '@/domain/console/exchange'
import { senderListAvailability, validateSenderEntry } from '@/domain/console/senders'
import { defaultSettings, SETTING_KEYS, settingAvailability, validateSettingValue } from '@/domain/console/settings'
import { siteCreationAvailability, storageAllotmentMb, validateSite } from '@/domain/console/sharePoint'
import { primaryDomain } from '@/domain/tenant/tenant'
import { licensedWorkloads, USER_WORKLOADS } from '@/domain/users/users'
import { userDisplayName, validateUsageLocation, validateUserName } from '@/domain/users/userValidation'
import type { ConsoleExport } from './exportFormat'
import { everHeld } from './importTenantChecks'

// `everHeld` makes every subscription live whatever the day, so the day the rules are read on doesn't matter.
const ANY_DAY = '1970-01-01'

type Tenants = ReadonlyMap<string, TenantWithSubscriptions>

/** Moves a form's issues to the file's fields: `renames` maps the form's field to the record's. */
function placed(prefix: string, issues: readonly ValidationIssue[], renames: Record<string, string>) {
  return issues.map(issue => ({ ...issue, field: `${prefix}.${renames[issue.field] ?? issue.field}` }))
}

/** An object the tenant's offers never carried (a sender list, a site on a Deskless-only tenant). */
function unavailable(available: boolean, field: string): ValidationIssue[] {
  return available ? [] : [{ field, code: 'notAvailable' }]
}

/**
 * Settings judged with the tenant's own subscriptions: each value within its offers' limits (the
 * mailbox maximum), and a setting its offers never included left at Microsoft's default, so a
 * Deskless-only tenant carries no console setting.
 */
function configurationIssues(document: ConsoleExport, tenants: Tenants): ValidationIssue[] {
  return document.configurations.flatMap((configuration, i) => {
    const owner = tenants.get(configuration.tenantId)
    if (!owner) return []
    const held = everHeld(owner.subscriptions)
    const defaults = defaultSettings(held, ANY_DAY)
    return SETTING_KEYS.flatMap(key => {
      const field = `configurations[${i}].settings.${key}`
      const value = configuration.settings[key]
      const own = validateSettingValue(key, value, held, ANY_DAY).map(issue => ({ ...issue, field }))
      if (own.length > 0) return own
      return settingAvailability(key, held, ANY_DAY).available || value === defaults[key]
        ? []
        : [{ field, code: 'notAvailable' as const }]
    })
  })
}

/** The user forms' rules: names, the country, the display name they make, and only the licence's services on. */
function userIssues(document: ConsoleExport, tenants: Tenants): ValidationIssue[] {
  return document.users.flatMap((user, i) => {
    const prefix = `users[${i}]`
    const issues = [
      ...placed(prefix, validateUserName(user.firstName, 'firstName'), {}),
      ...placed(prefix, validateUserName(user.lastName, 'lastName'), {}),
      ...placed(prefix, validateUsageLocation(user.usageLocation), {}),
    ]
    const expected = userDisplayName(user)
    if (user.displayName !== expected)
      issues.push({ field: `${prefix}.displayName`, code: 'unknown', params: { value: user.displayName, expected } })
    const licence = tenants.get(user.tenantId)?.subscriptions.find(s => s.id === user.subscriptionId)
    const included = licensedWorkloads(licence)
    for (const workload of USER_WORKLOADS)
      if (user.services[workload] && !included.includes(workload))
        issues.push({ field: `${prefix}.services.${workload}`, code: 'notAvailable' })
    return issues
  })
}

/** Records grouped by tenant, in file order, each with its index. */
function byTenant<T extends { readonly tenantId: string }>(records: readonly T[]) {
  const groups = new Map<string, { record: T; index: number }[]>()
  records.forEach((record, index) => {
    const group = groups.get(record.tenantId) ?? []
    group.push({ record, index })
    groups.set(record.tenantId, group)
  })
  return groups
}

/** Exchange's forms, record by record, each against what the tenant held before it in the file. */
function exchangeIssues(document: ConsoleExport, tenants: Tenants): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const [tenantId, senders] of byTenant(document.senders)) {
    const owner = tenants.get(tenantId)
    if (!owner) continue
    const available = senderListAvailability(everHeld(owner.subscriptions), ANY_DAY).available
    senders.forEach(({ record, index }, n) => {
      const prefix = `senders[${index}]`
      const earlier = senders.slice(0, n).map(({ record }) => record)
      issues.push(...unavailable(available, `${prefix}.list`))
      issues.push(...placed(prefix, validateSenderEntry(record.value, record.list, earlier), { sender: 'value' }))
    })
  }
  for (const [tenantId, contacts] of byTenant(document.contacts)) {
    const owner = tenants.get(tenantId)
    if (!owner) continue
    const available = mailObjectsAvailability(everHeld(owner.subscriptions), ANY_DAY).available
    const tenantDomains = owner.tenant.domains.map(domain => domain.name)
    contacts.forEach(({ record, index }, n) => {
      const prefix = `contacts[${index}]`
      const contactEmails = new Set(contacts.slice(0, n).map(({ record }) => record.email))
      issues.push(...unavailable(available, `${prefix}.tenantId`))
      issues.push(
        ...placed(prefix, validateMailContact(record, { contactEmails, tenantDomains }), {
          mailContactName: 'displayName',
          mailContactEmail: 'email',
        }),
      )
    })
  }
  const users = byTenant(document.users)
  for (const [tenantId, lists] of byTenant(document.distributionLists)) {
    const owner = tenants.get(tenantId)
    if (!owner) continue
    const available = mailObjectsAvailability(everHeld(owner.subscriptions), ANY_DAY).available
    // A list's address sits on the default domain, where a user's mailbox may already have it.
    const defaultDomain = primaryDomain(owner.tenant)
    const members = (users.get(tenantId) ?? []).map(({ record }) => record)
    const userAliases = members.filter(user => user.domain === defaultDomain).map(user => user.alias)
    const userIds = new Set(members.map(user => user.id))
    lists.forEach(({ record, index }, n) => {
      const prefix = `distributionLists[${index}]`
      const takenAliases = new Set([...lists.slice(0, n).map(({ record }) => record.alias), ...userAliases])
      issues.push(...unavailable(available, `${prefix}.tenantId`))
      issues.push(
        ...placed(prefix, validateDistributionList(record, { takenAliases, userIds }), {
          listName: 'displayName',
          listAlias: 'alias',
          listMembers: 'memberIds',
        }),
      )
    })
  }
  return issues
}

/** The site form's rules, quotas within what the tenant's offers give, and no site using more than its quota. */
function siteIssues(document: ConsoleExport, tenants: Tenants): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const [tenantId, sites] of byTenant(document.sites)) {
    const owner = tenants.get(tenantId)
    if (!owner) continue
    const held = everHeld(owner.subscriptions)
    const available = siteCreationAvailability(held, ANY_DAY).available
    let leftMb = storageAllotmentMb(held, ANY_DAY)
    for (const { record, index } of sites) {
      const prefix = `sites[${index}]`
      issues.push(...unavailable(available, `${prefix}.tenantId`))
      // Paths used twice are named by the cross-record check.
      issues.push(
        ...placed(prefix, validateSite(record, { takenPaths: new Set(), leftMb }), {
          siteTitle: 'title',
          sitePath: 'path',
          siteTemplate: 'template',
          siteQuota: 'quotaMb',
        }),
      )
      if (record.usedMb > record.quotaMb)
        issues.push({ field: `${prefix}.usedMb`, code: 'aboveMaximum', params: { max: record.quotaMb } })
      leftMb = Math.max(0, leftMb - record.quotaMb)
    }
  }
  return issues
}

/**
 * The forms' own rules on each console record, with its tenant's real subscriptions: what the file
 * holds is what the console would have let someone type.
 */
export function consoleRecordIssues(document: ConsoleExport): ValidationIssue[] {
  const tenants: Tenants = new Map(document.tenants.map(record => [record.tenant.id, record]))
  return [
    ...configurationIssues(document, tenants),
    ...userIssues(document, tenants),
    ...exchangeIssues(document, tenants),
    ...siteIssues(document, tenants),
  ]
}
