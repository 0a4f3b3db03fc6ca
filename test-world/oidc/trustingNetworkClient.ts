import type { INetworkModule, NetworkResponse } from '@azure/msal-node'
import { request } from 'node:https'

/**
 * MSAL Node's HTTP client for the test world's authorities: node:https trusting the provider's
 * self-signed certificate (`ca`) and nothing else, so a server-side MSAL reaches it as the browser
 * does, without NODE_EXTRA_CA_CERTS (read only when a process starts) or turning TLS checks off.
 */
export function trustingNetworkClient(ca: string): INetworkModule {
  function send<T>(method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, body?: string) {
    return new Promise<NetworkResponse<T>>((resolve, reject) => {
      const outgoing = request(
        url,
        {
          method,
          ca,
          headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        },
        incoming => {
          let text = ''
          incoming.setEncoding('utf8')
          incoming.on('data', (chunk: string) => (text += chunk))
          incoming.on('end', () => {
            const flat: Record<string, string> = {}
            for (const [name, value] of Object.entries(incoming.headers))
              if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value
            let parsed: unknown
            try {
              parsed = text === '' ? {} : JSON.parse(text)
            } catch {
              parsed = { error: 'not_json', error_description: text.slice(0, 200) }
            }
            resolve({ status: incoming.statusCode ?? 0, headers: flat, body: parsed as T })
          })
        },
      )
      outgoing.on('error', reject)
      outgoing.end(body)
    })
  }
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options?.headers),
    sendPostRequestAsync: (url, options) => send('POST', url, options?.headers, options?.body),
  }
}
