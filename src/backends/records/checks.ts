import type { ValidationIssue } from '@/domain/validation'
import { BackendError } from '../backend'

// Checks every adapter makes before it stores a record, wherever it keeps it.

/**
 * Refuses input that breaks a domain rule with `validation` and every issue found (what the
 * person reads, field by field); `refused` says what was refused, for logs and tests.
 */
export function refuseInvalid(issues: readonly ValidationIssue[], refused: string): void {
  if (issues.length > 0)
    throw new BackendError(
      'validation',
      `${refused}: ${issues.map(issue => `${issue.field} ${issue.code}`).join(', ')}`,
      issues,
    )
}

/** One of the tenant's records, or `notFound`: another tenant's record is as good as none. */
export function ownRecord<T extends { readonly tenantId: string }>(
  record: T | undefined,
  tenantId: string,
  what: string,
): T {
  if (!record || record.tenantId !== tenantId)
    throw new BackendError('notFound', `There is no such ${what} in this tenant`)
  return record
}

/** Oldest first, the order a person added them. */
export function byCreation<T extends { readonly createdAt: string; readonly id: string }>(a: T, b: T): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
}
