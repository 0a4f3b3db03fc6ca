import type { Subscription } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import * as v from 'valibot'
import { INITIAL_DOMAIN_SUFFIX } from '@/domain/catalogue'
import { historyFromSubscription, subscriptionTimeline } from '@/domain/fees/feeHistory'
import { validatePartnerIdentity } from '@/domain/partner/partnerIdentity'
import { validatePriceList } from '@/domain/pricing/priceList'
import { validateSeats } from '@/domain/tenant/provisioning'
import { validateWorkstationCount } from '@/domain/tenant/workstations'
import { validateDomainPrefix } from '@/domain/validation'
import { BackendError } from '../../backend'
import { consoleDataIssues } from './importConsoleChecks'
import { consoleRecordIssues } from './importRecordChecks'
import { tenantRecordIssues } from './importTenantChecks'
import { ExportSchema } from './importSchema'
import type { ConsoleExport } from './exportFormat'
import { EXPORT_FORMAT, IMPORTABLE_VERSIONS } from './exportFormat'
import { importSizeIssues } from '../../contract/importLimits'

/** Enough to show what is wrong without flooding the screen when a whole file is off. */
const MAX_ISSUES = 100

/** `tenants[3].tenant.companyName`: where the problem is, as someone reading the JSON would look. */
function fieldOf(path: readonly { key: unknown }[] | undefined): string {
  let field = ''
  for (const { key } of path ?? [])
    field += typeof key === 'number' ? `[${key}]` : `${field === '' ? '' : '.'}${String(key)}`
  return field === '' ? 'document' : field
}

function schemaIssue(issue: v.BaseIssue<unknown>): ValidationIssue {
  const field = fieldOf(issue.path)
  if (issue.input === undefined) return { field, code: 'required' }
  if (issue.type === 'picklist' || issue.type === 'literal')
    return { field, code: 'unknown', params: { value: String(issue.input) } }
  return { field, code: 'unknown', params: { expected: issue.expected ?? '', received: issue.received } }
}

function refuse(summary: string, issues: ValidationIssue[]): never {
  const first = issues[0]
  const where = first
    ? ` (${first.field}: ${first.code}${issues.length > 1 ? `, and ${issues.length - 1} more` : ''})`
    : ''
  throw new BackendError('invalidImport', `${summary}${where}`, issues.slice(0, MAX_ISSUES))
}

function envelopeIssues(document: unknown): ValidationIssue[] {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return [{ field: 'document', code: 'unknown', params: { expected: 'object' } }]
  const { format, version } = document as Record<string, unknown>
  if (format !== EXPORT_FORMAT) return [{ field: 'format', code: 'unknown', params: { value: String(format) } }]
  if (!IMPORTABLE_VERSIONS.includes(version as number))
    return [{ field: 'version', code: 'unknown', params: { value: String(version) } }]
  return []
}

/** Ids the file uses twice would make the store refuse the write half-way: catch them here. */
export function duplicateIssue(seen: Set<string>, value: string, field: string): ValidationIssue[] {
  if (seen.has(value)) return [{ field, code: 'taken', params: { value } }]
  seen.add(value)
  return []
}

/** Billing events the fee engine could not read (out of order, sold twice, after the cancellation). */
function billingEventIssues(subscription: Subscription, field: string): ValidationIssue[] {
  if (!subscription.billingEvents) return []
  try {
    subscriptionTimeline(historyFromSubscription(subscription))
    return []
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return [{ field, code: 'unknown', params: { value: error.message } }]
  }
}

/** The rules the console keeps for data it creates, applied to data it is handed. */
function domainIssues(document: ConsoleExport): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const prefixes = new Set<string>()
  const tenantIds = new Set<string>()
  const subscriptionIds = new Set<string>()
  const suffix = `.${INITIAL_DOMAIN_SUFFIX}`
  const domainOwners = new Map<string, string>()
  document.tenants.forEach((record, i) => {
    const { tenant, subscriptions } = record
    const at = `tenants[${i}]`
    issues.push(...duplicateIssue(tenantIds, tenant.id, `${at}.tenant.id`))
    issues.push(...tenantRecordIssues(record, i, domainOwners))
    if (tenant.workstations)
      issues.push(
        ...validateWorkstationCount(tenant.workstations).map(issue => ({
          ...issue,
          field: `${at}.tenant.workstations.${issue.field}`,
        })),
      )
    const initial = tenant.domains.flatMap((domain, j) => (domain.isInitial ? [{ domain, j }] : []))
    if (initial.length !== 1) {
      issues.push(
        initial.length === 0
          ? { field: `${at}.tenant.domains`, code: 'required' }
          : { field: `${at}.tenant.domains`, code: 'aboveMaximum', params: { max: 1 } },
      )
    } else {
      const { domain, j } = initial[0]!
      const field = `${at}.tenant.domains[${j}].name`
      if (!domain.name.endsWith(suffix)) {
        issues.push({ field, code: 'unknown', params: { value: domain.name } })
      } else {
        const prefix = domain.name.slice(0, -suffix.length)
        issues.push(...validateDomainPrefix(prefix, prefixes).map(issue => ({ ...issue, field })))
        prefixes.add(prefix)
      }
    }
    subscriptions.forEach((subscription, k) => {
      const sub = `${at}.subscriptions[${k}]`
      issues.push(...duplicateIssue(subscriptionIds, subscription.id, `${sub}.id`))
      if (subscription.tenantId !== tenant.id)
        issues.push({ field: `${sub}.tenantId`, code: 'unknown', params: { value: subscription.tenantId } })
      const billing = subscription.state === 'trial' ? 'trial' : 'paid'
      issues.push(...validateSeats(subscription, billing).map(issue => ({ ...issue, field: `${sub}.seats` })))
      if (subscription.assignedSeats > subscription.seats)
        issues.push({ field: `${sub}.assignedSeats`, code: 'aboveMaximum', params: { max: subscription.seats } })
      issues.push(...billingEventIssues(subscription, `${sub}.billingEvents`))
    })
  })
  const activityIds = new Set<string>()
  document.activity.forEach((entry, n) => issues.push(...duplicateIssue(activityIds, entry.id, `activity[${n}].id`)))
  if (document.partnerIdentity)
    issues.push(
      ...validatePartnerIdentity(document.partnerIdentity).map(issue => ({
        ...issue,
        field: `partnerIdentity.${issue.field}`,
      })),
    )
  if (document.priceList)
    issues.push(
      ...validatePriceList(document.priceList).map(issue => ({ ...issue, field: `priceList.${issue.field}` })),
    )
  return [...issues, ...consoleDataIssues(document), ...consoleRecordIssues(document)]
}

/**
 * The document as a console export, or a `BackendError('invalidImport')` whose issues name each
 * bad value by its place in the file. Checks shape first, then the domain's rules.
 */
export function parseConsoleExport(document: unknown): ConsoleExport {
  // Counted before anything is checked: a file of a million entries is refused at once, whoever sent it.
  const tooMany = importSizeIssues(document)
  if (tooMany.length > 0) refuse('The file holds more records than a console export can', tooMany)
  const envelope = envelopeIssues(document)
  if (envelope.length > 0) refuse('This file is not a BPOS partner console export', envelope)
  const parsed = v.safeParse(ExportSchema, document)
  if (!parsed.success) refuse('The export file has missing or malformed values', parsed.issues.map(schemaIssue))
  const issues = domainIssues(parsed.output)
  if (issues.length > 0) refuse('The export file holds data the console would refuse', issues)
  return parsed.output
}
