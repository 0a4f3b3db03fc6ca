/**
 * The value with every object's keys in alphabetical order, arrays kept in theirs: rows stored by
 * the seed, a form or an import hold the same fields in different orders, and an export must be
 * the same file for the same data so a diff of two backups shows only what changed.
 */
export function withSortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withSortedKeys) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map(key => [key, withSortedKeys((value as Record<string, unknown>)[key])]),
  ) as T
}
