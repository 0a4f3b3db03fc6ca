import type { UsersCsvMessage, UsersCsvRequest } from './usersCsv.worker'
import type { UserValidationContext } from '@/domain/users/userValidation'
import type { UserCsvVocabulary, UserImport } from '@/domain/users/usersCsv'
import { onScopeDispose, ref } from 'vue'
import { checkUsersCsv, decodeCsv, MAX_CSV_BYTES } from '@/domain/users/usersCsv'

/** Where a check stands: reading the file (with the share read), decoding, checking its rows. */
export type CsvCheckPhase = 'idle' | 'reading' | 'decoding' | 'checking'

/** A check that was cancelled: the caller says nothing was imported. */
export class CsvCheckCancelled extends Error {
  override name = 'CsvCheckCancelled'
}

/**
 * Reads a users CSV and checks it in a Web Worker, so a big file never freezes the page: `phase`
 * and `readShare` say how far it got, `cancel` stops it. A file over `MAX_CSV_BYTES` is refused
 * from its size alone, before it is read. Where workers are missing (unit tests), it checks inline.
 */
export function useUsersCsvCheck() {
  const phase = ref<CsvCheckPhase>('idle')
  const readShare = ref(0)
  let stop: (() => void) | null = null

  async function check(file: File, context: UserValidationContext, vocabulary: UserCsvVocabulary): Promise<UserImport> {
    if (file.size > MAX_CSV_BYTES)
      return {
        inputs: [],
        rowNumbers: [],
        issues: [{ field: 'fileSize', code: 'aboveMaximum', params: { max: Math.round(MAX_CSV_BYTES / 1_000_000) } }],
      }
    phase.value = 'reading'
    readShare.value = 0
    try {
      if (typeof Worker === 'undefined') return checkUsersCsv(decodeCsv(await file.arrayBuffer()), context, vocabulary)
      // The worker reads the file itself: the page's thread never holds its bytes.
      const worker = new Worker(new URL('./usersCsv.worker.ts', import.meta.url), { type: 'module' })
      return await new Promise<UserImport>((resolve, reject) => {
        stop = () => {
          worker.terminate()
          reject(new CsvCheckCancelled())
        }
        worker.onmessage = ({ data }: MessageEvent<UsersCsvMessage>) => {
          if (data.type === 'read') readShare.value = data.share
          else if (data.type === 'phase') phase.value = data.phase
          else {
            worker.terminate()
            if (data.type === 'done') resolve(data.result)
            else reject(new Error(data.message))
          }
        }
        worker.onerror = event => {
          worker.terminate()
          reject(new Error(event.message))
        }
        const request: UsersCsvRequest = { file, context, vocabulary }
        worker.postMessage(request)
      })
    } finally {
      phase.value = 'idle'
      stop = null
    }
  }

  function cancel(): void {
    stop?.()
  }

  onScopeDispose(cancel)
  return { phase, readShare, check, cancel }
}
