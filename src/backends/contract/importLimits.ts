import type { ValidationIssue } from '@/domain/validation'

/**
 * How big an export file may be. A console export of 50,000 generated tenants (the most the
 * console makes) is well under both; anything larger isn't one, and reading or checking it would
 * hold the browser for seconds (reliability review: a million junk entries froze the page 21 s).
 */
export const MAX_IMPORT_FILE_BYTES = 64_000_000
export const MAX_IMPORT_RECORDS = 500_000

/** The records a parsed export holds: the entries of its top-level lists. */
export function importRecordCount(document: unknown): number {
  if (typeof document !== 'object' || document === null) return 0
  return Object.values(document).reduce<number>((total, value) => total + (Array.isArray(value) ? value.length : 0), 0)
}

/** The file's issue when it holds more records than an export can, before any record is read. */
export function importSizeIssues(document: unknown): ValidationIssue[] {
  const count = importRecordCount(document)
  return count > MAX_IMPORT_RECORDS
    ? [{ field: 'file', code: 'tooManyRecords', params: { count, max: MAX_IMPORT_RECORDS } }]
    : []
}

/** What an export file's text comes to before its records are checked: parsed, not JSON, or too many records. */
export type ExportTextRead =
  | { readonly type: 'done'; readonly document: unknown }
  | { readonly type: 'notJson' }
  | { readonly type: 'tooMany'; readonly count: number }

export function readExportText(text: string): ExportTextRead {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    return { type: 'notJson' }
  }
  const count = importRecordCount(document)
  return count > MAX_IMPORT_RECORDS ? { type: 'tooMany', count } : { type: 'done', document }
}
