import type { HttpRequest, InvocationContext } from '@azure/functions'
import { app } from '@azure/functions'
import { readRelayConfig } from './config.js'
import { relayFor } from './start.js'

/**
 * Production: one HTTP-triggered function on Azure Functions (Node 20, v4 programming model)
 * carries every route; the function app's settings configure it (README "The relay").
 */
const relay = relayFor(readRelayConfig(process.env), line => console.warn(line))

async function body(request: HttpRequest): Promise<unknown> {
  const text = await request.text()
  return text === '' ? undefined : JSON.parse(text)
}

app.http('relay', {
  route: '{*path}',
  methods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
  // The relay checks the technician's token itself; a function key would be a secret in the page.
  authLevel: 'anonymous',
  handler: async (request: HttpRequest, _context: InvocationContext) => {
    const answer = await relay({
      method: request.method,
      url: new URL(request.url),
      header: name => request.headers.get(name) ?? undefined,
      body: request.method === 'GET' || request.method === 'OPTIONS' ? undefined : await body(request),
    })
    return {
      status: answer.status,
      headers: answer.headers,
      ...(answer.body === undefined ? {} : { jsonBody: answer.body }),
    }
  },
})
