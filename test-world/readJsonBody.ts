import type { IncomingMessage } from 'node:http'
import { readRawBody } from './readRawBody'

/** A request's JSON body, undefined when there is none; rejects with the parser's SyntaxError. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const text = await readRawBody(request)
  return text.trim() === '' ? undefined : JSON.parse(text)
}
