import type { AddressInfo } from 'node:net'
import type { RelayRequest, RelayResponse } from './http.js'
import { createServer } from 'node:http'

/**
 * The same handler on a plain node:http server: the m365 test world and a developer's machine
 * run the relay this way; production runs it on Azure Functions (`azure.ts`).
 */
export async function serveLocally(
  handle: (request: RelayRequest) => Promise<RelayResponse>,
  { port = 0, host = '127.0.0.1' } = {},
) {
  const server = createServer((incoming, outgoing) => {
    let text = ''
    incoming.setEncoding('utf8')
    incoming.on('data', (chunk: string) => (text += chunk))
    incoming.on('end', () => {
      let body: unknown
      try {
        body = text === '' ? undefined : JSON.parse(text)
      } catch {
        outgoing
          .writeHead(400, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'badRequest', message: 'The body is not JSON.' } }))
        return
      }
      const header = (name: string) => {
        const value = incoming.headers[name.toLowerCase()]
        return Array.isArray(value) ? value.join(', ') : value
      }
      handle({
        method: incoming.method ?? 'GET',
        url: new URL(incoming.url ?? '/', `http://${host}`),
        header,
        body,
      }).then(
        answer => {
          outgoing.writeHead(answer.status, answer.headers)
          outgoing.end(answer.body === undefined ? undefined : JSON.stringify(answer.body))
        },
        () => outgoing.writeHead(500).end(),
      )
    })
  })
  await new Promise<void>(resolve => server.listen(port, host, resolve))
  const { port: bound } = server.address() as AddressInfo
  return {
    origin: `http://${host}:${bound}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
