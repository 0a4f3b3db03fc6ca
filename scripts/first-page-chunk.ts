import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

/**
 * The console's own modules the first page needs, in one chunk the entry imports, so the page
 * comes in two rounds of requests (the page, then the entry with its chunks preloaded) instead of a
 * chain of some forty small chunks, most of them found only once the lazy route starts loading.
 *
 * `firstPage.plugin` walks the static imports from `roots` once the build has read every module;
 * `firstPage.test` then tells Rolldown's code splitting which modules belong to the group. Dynamic
 * imports are left out, so the charts, the other pages, the seed and Microsoft 365 stay lazy;
 * packages are left to the vendor group and the automatic chunks.
 */
export function firstPageChunk(entry: URL, roots: readonly URL[]) {
  const entryId = fileURLToPath(entry)
  const rootIds = [entryId, ...roots.map(root => fileURLToPath(root))]
  const members = new Set<string>()
  const plugin: Plugin = {
    name: 'first-page-chunk',
    apply: 'build',
    buildEnd() {
      members.clear()
      const queue = [...rootIds]
      while (queue.length > 0) {
        const id = queue.pop()!
        if (members.has(id) || id.includes('node_modules')) continue
        members.add(id)
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
    },
  }
  // The entry module itself stays the entry chunk.
  return { plugin, test: (id: string) => id !== entryId && members.has(id) }
}
