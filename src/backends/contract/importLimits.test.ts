import { describe, expect, it } from 'vitest'
import { isBackendError } from '../backend'
import { failure, makeLocal } from '../local/testing'
import { importRecordCount, importSizeIssues, MAX_IMPORT_RECORDS, readExportText } from './importLimits'

describe('import limits', () => {
  it('counts the entries of the top-level lists, and nothing of what is not one', () => {
    expect(importRecordCount({ tenants: [{}, {}], users: [{}], partner: { name: 'x' } })).toBe(3)
    expect(importRecordCount(null)).toBe(0)
    expect(importRecordCount('a million')).toBe(0)
  })

  it('refuses a file of more records than an export can hold, naming the count', () => {
    const junk = { tenants: Array.from({ length: MAX_IMPORT_RECORDS + 1 }, () => ({})) }
    expect(importSizeIssues(junk)).toEqual([
      { field: 'file', code: 'tooManyRecords', params: { count: MAX_IMPORT_RECORDS + 1, max: MAX_IMPORT_RECORDS } },
    ])
    expect(importSizeIssues({ tenants: [] })).toEqual([])
  })

  it("reads a file's text as a document, not JSON, or too many records, before any record is checked", () => {
    expect(readExportText('{"tenants":[]}')).toEqual({ type: 'done', document: { tenants: [] } })
    expect(readExportText('this is not json')).toEqual({ type: 'notJson' })
    expect(
      readExportText(
        `{"activity":[${Array(MAX_IMPORT_RECORDS + 1)
          .fill(0)
          .join(',')}]}`,
      ),
    ).toEqual({
      type: 'tooMany',
      count: MAX_IMPORT_RECORDS + 1,
    })
  })

  it('is the backend door too: a million junk entries are refused at once and the data stay as they were', async () => {
    const backend = makeLocal()
    const before = await backend.dataAdmin.exportAll()
    const junk = { format: 'bpos-partner-console', version: 3, activity: Array.from({ length: 1_000_000 }, () => 0) }
    const started = performance.now()
    const error = await failure(backend.dataAdmin.importAll(junk))
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(isBackendError(error, 'invalidImport'), String(error)).toBe(true)
    expect({ ...(await backend.dataAdmin.exportAll()), exportedAt: before.exportedAt }).toEqual(before)
  })
})
