// Reads and parses a console export off the page's thread, and counts its records before the page
// gets them: a file of a million junk entries is refused here, and the page never freezes on it.
import { importRecordCount, MAX_IMPORT_RECORDS } from '@/backends/contract/importLimits'

export type JsonImportMessage =
  | { readonly type: 'done'; readonly document: unknown }
  | { readonly type: 'notJson' }
  | { readonly type: 'tooMany'; readonly count: number }

self.onmessage = async ({ data: file }: MessageEvent<File>) => {
  const post = (message: JsonImportMessage) => self.postMessage(message)
  let document: unknown
  try {
    document = JSON.parse(await file.text())
  } catch {
    return post({ type: 'notJson' })
  }
  const count = importRecordCount(document)
  post(count > MAX_IMPORT_RECORDS ? { type: 'tooMany', count } : { type: 'done', document })
}
