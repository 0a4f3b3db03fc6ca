import type { VersionStamp } from '../backend'
import { versionOf } from '../records/versions'

/** The record as the next write stores it: its counter one on. */
export function nextVersion<T extends VersionStamp>(record: T): T {
  return { ...record, version: versionOf(record) + 1 }
}

/** The record without its counter, which belongs to this browser's store and not to an export. */
export function withoutVersion<T extends VersionStamp>(record: T): Omit<T, 'version'> {
  const rest: T = { ...record }
  delete (rest as { version?: number }).version
  return rest
}
