import type { IncomingMessage } from 'node:http'

/** A request's JSON body, undefined when there is none; rejects with the parser's SyntaxError. */
export function readJsonBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => {
      try {
        resolve(text.trim() === '' ? undefined : JSON.parse(text))
      }
      catch (error) {
        reject(error)
      }
    })
    request.on('error', reject)
  })
}
