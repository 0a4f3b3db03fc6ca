import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The architecture's lint rules (eslint.boundaries.js) fire: each case lints one import, written in a file that doesn't
 * exist, through the project's own eslint.config.js, and says whether the boundary rule must report it. The imported
 * files are real, so relative, `@/` alias and index paths are resolved as in the code.
 */
const cases: { from: string; imports: string; fires: boolean }[] = [
  // Views and components never import the backend: by any spelling, adapter or contract.
  { from: 'src/views/x/Probe.vue', imports: '../../backends/local/db', fires: true },
  { from: 'src/views/x/Probe.vue', imports: '@/backends/graph', fires: true },
  { from: 'src/views/x/Probe.vue', imports: '@/backends/current', fires: true },
  { from: 'src/components/x/Probe.vue', imports: '@/backends/partnerCenter', fires: true },
  { from: 'src/components/x/probe.ts', imports: '../../backends/backend', fires: true },
  // The domain imports nothing from the app, nor Vue, Pinia or Dexie.
  { from: 'src/domain/probe.ts', imports: '../stores/session', fires: true },
  { from: 'src/domain/probe.ts', imports: '@/composables/useFormat', fires: true },
  { from: 'src/domain/probe.ts', imports: '../backends/current', fires: true },
  { from: 'src/domain/probe.ts', imports: 'vue', fires: true },
  { from: 'src/domain/probe.ts', imports: 'pinia', fires: true },
  { from: 'src/domain/probe.ts', imports: 'dexie', fires: true },
  // Adapters: only start-up picks one.
  { from: 'src/stores/probe.ts', imports: '@/backends/local', fires: true },
  { from: 'src/data/probe.ts', imports: '../backends/graph/graphClient', fires: true },
  { from: 'src/auth/probe.ts', imports: '@/backends/graph/graphClient', fires: true },
  { from: 'src/backends/local/probe.ts', imports: '../graph/tokens', fires: true },
  // Components never import views.
  { from: 'src/components/x/Probe.vue', imports: '@/views/quotes/QuoteListView.vue', fires: true },
  { from: 'src/components/x/Probe.vue', imports: '../../views/quotes/QuoteListView.vue', fires: true },
  // The app never imports test code; the relay takes nothing from src/.
  { from: 'src/backends/graph/probe.ts', imports: '../../../test-world/directory', fires: true },
  { from: 'src/components/x/probe.ts', imports: '../../../e2e/support', fires: true },
  { from: 'relay/src/probe.ts', imports: '../../src/auth/graphScopes', fires: true },
  // What the architecture allows.
  { from: 'src/data/probe.ts', imports: '@/backends/current', fires: false },
  { from: 'src/startup.ts', imports: './backends/local', fires: false },
  { from: 'src/auth/probe.ts', imports: '@/backends/graph/tokens', fires: false },
  { from: 'src/backends/partnerCenter/probe.ts', imports: '../graph/tokens', fires: false },
  { from: 'src/components/x/Probe.vue', imports: '@/composables/useFormat', fires: false },
  { from: 'src/backends/graph/probe.test.ts', imports: '../../../test-world/directory', fires: false },
]

let eslint: ESLint

// The first lint loads the config, the parsers and the TypeScript resolver: seconds on a busy machine.
beforeAll(async () => {
  eslint = new ESLint({ cwd: fileURLToPath(new URL('.', import.meta.url)), overrideConfigFile: 'eslint.config.js' })
  await eslint.lintText('export {}\n', { filePath: 'src/warm-up.ts' })
}, 60_000)

/** The boundary rule's reports on a file holding this one import. */
async function boundaryReports(from: string, imports: string): Promise<string[]> {
  const line = `import * as probe from '${imports}'\nexport { probe }\n`
  const code = from.endsWith('.vue') ? `<script setup lang="ts">\n${line}</script>\n<template><p /></template>\n` : line
  const [result] = await eslint.lintText(code, { filePath: from })
  return (result?.messages ?? []).filter(m => m.ruleId === 'boundaries/dependencies').map(m => m.message)
}

describe('the architecture lint', () => {
  it.each(cases)('$from importing $imports: reported $fires', async ({ from, imports, fires }) => {
    const reports = await boundaryReports(from, imports)
    expect(reports.length > 0).toBe(fires)
  })
})
