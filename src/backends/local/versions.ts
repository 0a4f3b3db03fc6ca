import type { VersionStamp } from '../backend'
import { BackendError } from '../backend'

/** The record's change counter: 0 for one never changed in this browser (seeded, imported). */
export function versionOf(record: VersionStamp): number {
  return record.version ?? 0
}

/**
 * Refuses a save that started from another version than the stored one (another tab saved
 * since the form opened), before anything is written. A save that names none (a switch, which
 * sends only what it changes) goes through.
 */
export function refuseStale(record: VersionStamp, expected: number | undefined, what: string): void {
  if (expected !== undefined && expected !== versionOf(record))
    throw new BackendError(
      'conflict',
      `${what}: it was changed elsewhere since it was read (version ${versionOf(record)}, the form had ${expected}); reload, then change it again`,
    )
}

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
