/**
 * A record as a backend keeps it, with its change counter: every write moves it on. A form keeps
 * the one it was opened from and sends it back with its save; a save from another is refused with
 * `conflict` ("someone changed this elsewhere"), never silently over the newer one.
 */
export interface VersionStamp {
  /** Absent until the record is first changed where it is kept (0). */
  readonly version?: number
}

/** What a form's save sends besides its values: the version it was opened from, when it edits a record. */
export interface ExpectedVersion {
  readonly expectedVersion?: number
}
