import { GRAPH_ORIGIN } from '../../test-world/ports'

/** A `POST` to one of the Graph test server's `/_test/` controls, which sets the measured world up. */
export async function control(path: string, body: unknown): Promise<void> {
  const answer = await fetch(`${GRAPH_ORIGIN}/_test${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!answer.ok) throw new Error(`Graph test server: POST ${path} answered ${answer.status}`)
}
