import type { VersionStamp } from '../backend'
import { BackendError } from '../backend'

/** The record's change counter: 0 for one never changed where it is kept (seeded, imported). */
export function versionOf(record: VersionStamp): number {
  return record.version ?? 0
}

/**
 * Refuses a save that started from another version than the stored one (another tab or technician
 * saved since the form opened), before anything is written. A save that names none (a switch,
 * which sends only what it changes) goes through. Whatever keeps the record calls this.
 */
export function refuseStale(record: VersionStamp, expected: number | undefined, what: string): void {
  if (expected !== undefined && expected !== versionOf(record))
    throw new BackendError(
      'conflict',
      `${what}: it was changed elsewhere since it was read (version ${versionOf(record)}, the form had ${expected}); reload, then change it again`,
    )
}
