// Reads and parses a console export off the page's thread, and counts its records before the page
// gets them: a file of a million junk entries is refused here, and the page never freezes on it.
import type { ExportTextRead } from '@/backends/contract/importLimits'
import { readExportText } from '@/backends/contract/importLimits'

export type JsonImportMessage = ExportTextRead

self.onmessage = async ({ data: file }: MessageEvent<File>) => {
  self.postMessage(readExportText(await file.text()))
}
