// Builds the console for the Microsoft 365 test world: `vite build --mode m365` (settings in .env.m365) with the
// ports and folder of this run (test-world/ports.ts: E2E_PORT, E2E_*_PORT, E2E_M365_DIST) put in the environment, where
// Vite prefers them to the file. Usage: node scripts/build-m365.mjs (npm run test:e2e and scripts/measure-m365.mjs run
// it); build and test with the same environment.
import { build, runnerImport } from 'vite'

// Plain Node 20 doesn't run TypeScript: Vite's module runner loads the world's settings.
const { module: world } = await runnerImport('./test-world/m365Build.ts')
Object.assign(process.env, world.M365_BUILD_ENV)
await build({ mode: 'm365', build: { outDir: world.M365_BUILD_DIR, emptyOutDir: true } })
