import type { JsonImportMessage } from './jsonImport.worker'
import { onScopeDispose, ref } from 'vue'
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_RECORDS, readExportText } from '@/backends/contract/importLimits'

export { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_RECORDS }

/** What reading an export file came to, before the backend checks its records. */
export type JsonImportRead = JsonImportMessage | { readonly type: 'tooBig' } | { readonly type: 'stopped' }

/**
 * Reads a console export in a Web Worker, so a huge file never freezes the page: a file over
 * `MAX_IMPORT_FILE_BYTES` is refused from its size alone, one with more records than an export can
 * hold is refused in the worker, and `stop` ends the reading. Where workers are missing (unit tests),
 * it reads inline.
 */
export function useJsonImportRead() {
  const reading = ref(false)
  let stop: (() => void) | null = null

  async function read(file: File): Promise<JsonImportRead> {
    if (file.size > MAX_IMPORT_FILE_BYTES) return { type: 'tooBig' }
    reading.value = true
    try {
      if (typeof Worker === 'undefined') return readExportText(await file.text())
      const worker = new Worker(new URL('./jsonImport.worker.ts', import.meta.url), { type: 'module' })
      return await new Promise<JsonImportRead>(resolve => {
        stop = () => {
          worker.terminate()
          resolve({ type: 'stopped' })
        }
        worker.onmessage = ({ data }: MessageEvent<JsonImportMessage>) => {
          worker.terminate()
          resolve(data)
        }
        worker.onerror = () => {
          worker.terminate()
          resolve({ type: 'notJson' })
        }
        worker.postMessage(file)
      })
    } finally {
      reading.value = false
      stop = null
    }
  }

  function cancel(): void {
    stop?.()
  }

  onScopeDispose(cancel)
  return { reading, read, cancel }
}
