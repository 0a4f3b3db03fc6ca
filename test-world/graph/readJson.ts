import { readFileSync } from 'node:fs'

/** Reads a JSON file beside the code: Playwright's loader (Node 20 ESM) can't `import` JSON without attributes. */
export function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T
}
