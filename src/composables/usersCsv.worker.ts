// Reads and checks a users CSV off the page's thread, so a big file never freezes it: the page sends
// the file's bytes and what to check them against, and hears each phase, then the result.
import type { UserValidationContext } from '@/domain/users/userValidation'
import type { UserCsvVocabulary } from '@/domain/users/usersCsv'
import { checkUsersCsv, decodeCsv } from '@/domain/users/usersCsv'

export interface UsersCsvRequest {
  readonly file: File
  readonly context: UserValidationContext
  readonly vocabulary: UserCsvVocabulary
}

export type UsersCsvMessage =
  | { readonly type: 'phase'; readonly phase: 'decoding' | 'checking' }
  | { readonly type: 'read'; readonly share: number }
  | { readonly type: 'done'; readonly result: ReturnType<typeof checkUsersCsv> }
  | { readonly type: 'failed'; readonly message: string }

const post = (message: UsersCsvMessage) => self.postMessage(message)

/** The file's bytes, read here rather than on the page, saying how much is read as it goes. */
async function read(file: File): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size)
  const reader = file.stream().getReader()
  let offset = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes.set(chunk.value, offset)
    offset += chunk.value.length
    post({ type: 'read', share: offset / Math.max(file.size, 1) })
  }
  return bytes
}

self.onmessage = async ({ data }: MessageEvent<UsersCsvRequest>) => {
  try {
    const bytes = await read(data.file)
    post({ type: 'phase', phase: 'decoding' })
    const text = decodeCsv(bytes)
    post({ type: 'phase', phase: 'checking' })
    post({ type: 'done', result: checkUsersCsv(text, data.context, data.vocabulary) })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
