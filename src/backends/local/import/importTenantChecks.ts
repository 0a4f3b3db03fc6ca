import type { Subscription, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import { ISO_COUNTRIES } from '@/domain/countries'
import { isCalendarDate } from '@/domain/fees/feeCalendar'
import { validateCustomDomain, validateDefaultDomain } from '@/domain/tenant/domains'
import { validatePostalAddress } from '@/domain/tenant/postalAddress'
import { TENANT_LANGUAGES } from '@/domain/tenant/provisioning'
import { validateCompanyName, validateContactName, validateEmail, validatePhone } from '@/domain/validation'

/** The domain's issues, each moved to its place in the file (`tenants[3].tenant.contact.email`). */
export function at(prefix: string, issues: readonly ValidationIssue[], field?: string): ValidationIssue[] {
  return issues.map(issue => ({ ...issue, field: `${prefix}.${field ?? issue.field}` }))
}

/**
 * Every subscription the tenant ever held, as if it still ran. A file records settings, sites and
 * licences set while they ran: a cancelled suite or an ended trial leaves them legitimately, but
 * nothing the tenant's offers never included can be there.
 */
export function everHeld(subscriptions: readonly Subscription[]): Subscription[] {
  return subscriptions.map(s => ({ ...s, state: 'active', trialEndsOn: null, cancelledOn: null }))
}

/** Who the tenant is: the provisioning form's rules for its name, contact, country, language and address. */
function detailIssues({ tenant }: TenantWithSubscriptions, prefix: string): ValidationIssue[] {
  const choice = (value: string, allowed: readonly string[], field: string): ValidationIssue[] =>
    allowed.includes(value) ? [] : [{ field: `${prefix}.${field}`, code: 'unknown', params: { value } }]
  return [
    ...at(prefix, validateCompanyName(tenant.companyName)),
    ...at(prefix, validateContactName(tenant.contact.name), 'contact.name'),
    ...at(prefix, validateEmail(tenant.contact.email), 'contact.email'),
    ...at(prefix, validatePhone(tenant.contact.phone), 'contact.phone'),
    ...choice(tenant.country, ISO_COUNTRIES, 'country'),
    ...choice(tenant.language, TENANT_LANGUAGES, 'language'),
    ...(tenant.address ? at(prefix, validatePostalAddress(tenant.address, tenant.country)) : []),
  ]
}

/**
 * The domain form's rules on every custom domain, one default that is verified, and no name on two
 * tenants. `owners` maps each name seen so far to its tenant. The initial domain is checked apart.
 */
function domainIssues(
  { tenant }: TenantWithSubscriptions,
  prefix: string,
  owners: Map<string, string>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const own = new Set<string>()
  tenant.domains.forEach((domain, j) => {
    const field = `${prefix}.domains[${j}].name`
    if (!domain.isInitial) {
      // Taken: by another tenant (the form's rule), or listed twice here.
      const taken = new Set(owners.has(domain.name) || own.has(domain.name) ? [domain.name] : [])
      issues.push(...validateCustomDomain(domain.name, taken).map(issue => ({ ...issue, field })))
    }
    own.add(domain.name)
  })
  for (const name of own) owners.set(name, tenant.id)
  const defaults = tenant.domains.flatMap((domain, j) => (domain.isDefault ? [{ domain, j }] : []))
  if (defaults.length !== 1)
    issues.push(
      defaults.length === 0
        ? { field: `${prefix}.domains`, code: 'required' }
        : { field: `${prefix}.domains`, code: 'aboveMaximum', params: { max: 1 } },
    )
  for (const { domain, j } of defaults)
    issues.push(...validateDefaultDomain(domain).map(issue => ({ ...issue, field: `${prefix}.domains[${j}].name` })))
  return issues
}

/** Real dates, the ones its state needs, and no cancellation before the start. */
export function subscriptionDateIssues(subscription: Subscription, prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const dates = [
    ['startedOn', subscription.startedOn],
    ['trialEndsOn', subscription.trialEndsOn],
    ['cancelledOn', subscription.cancelledOn],
  ] as const
  for (const [field, value] of dates)
    if (value !== null && !isCalendarDate(value)) issues.push({ field: `${prefix}.${field}`, code: 'invalidDate' })
  if (subscription.state === 'cancelled' && subscription.cancelledOn === null)
    issues.push({ field: `${prefix}.cancelledOn`, code: 'required' })
  if (subscription.state === 'trial' && subscription.trialEndsOn === null)
    issues.push({ field: `${prefix}.trialEndsOn`, code: 'required' })
  for (const [field, value] of dates.slice(1))
    if (
      value !== null &&
      isCalendarDate(value) &&
      isCalendarDate(subscription.startedOn) &&
      value < subscription.startedOn
    )
      issues.push({ field: `${prefix}.${field}`, code: 'beforeStart', params: { start: subscription.startedOn } })
  return issues
}

/** A tenant's own rules (details, domains, subscription dates); `owners` carries domain names across tenants. */
export function tenantRecordIssues(
  record: TenantWithSubscriptions,
  index: number,
  owners: Map<string, string>,
): ValidationIssue[] {
  const prefix = `tenants[${index}]`
  return [
    ...detailIssues(record, `${prefix}.tenant`),
    ...domainIssues(record, `${prefix}.tenant`, owners),
    ...record.subscriptions.flatMap((subscription, k) =>
      subscriptionDateIssues(subscription, `${prefix}.subscriptions[${k}]`),
    ),
  ]
}
