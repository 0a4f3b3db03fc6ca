import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunch } from './scripts/chromium.mjs'
import { M365_APP_ORIGIN, M365_APP_PORT, M365_DIST } from './test-world/ports.ts'

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunch,
}

// Several people (or agents) can test side by side: each with its own build folder and port.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist'

/** `vite preview` of a production build, as a person gets it (`npm run test:e2e` builds first). */
function preview(folder: string, onPort: number) {
  return {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${onPort} --strictPort --outDir ${folder}`,
    url: `http://127.0.0.1:${onPort}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  }
}

// The Microsoft 365 world (OpenID provider, Graph server, the configured build's preview) runs
// when that build is there: `npm run test:e2e` makes it; a quick `npx vite build && npx playwright
// test e2e/x.spec.ts` of a demo spec neither needs it nor pays for it.
const m365Built = existsSync(join(M365_DIST, 'index.html'))

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  globalSetup: m365Built ? './test-world/start.ts' : undefined,
  projects: [
    // The demo build: no configuration, embedded data.
    { name: 'chromium', testIgnore: 'm365/**', use: chromium },
    // The build configured for the local test world (`vite build --mode m365`), signing in for real.
    { name: 'm365', testDir: 'e2e/m365', use: { ...chromium, baseURL: M365_APP_ORIGIN, ignoreHTTPSErrors: true } },
  ],
  webServer: [preview(outDir, port), ...(m365Built ? [preview(M365_DIST, M365_APP_PORT)] : [])],
})
