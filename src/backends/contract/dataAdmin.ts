/**
 * Whole-store operations offered by backends whose data the person owns outright. `Export` is
 * the adapter's own file format (the embedded backend's is in `local/import/exportFormat.ts`).
 */
export interface DataAdmin<Export = unknown> {
  /** Replaces everything with the demo partner's seeded data. */
  resetToDemo: () => Promise<void>
  /** Adds generated tenants (for trying the console at scale); resolves to how many were added. */
  loadLargeDataset: (count: number) => Promise<number>
  /** Everything stored, as a JSON-serialisable document. */
  exportAll: () => Promise<Export>
  /** Replaces everything with an export; refuses a bad file whole (`invalidImport`), changing nothing. */
  importAll: (document: unknown) => Promise<{ tenants: number }>
}
