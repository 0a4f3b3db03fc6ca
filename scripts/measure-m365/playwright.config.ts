import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunch } from '../chromium.mjs'
import { M365_APP_ORIGIN, M365_APP_PORT, M365_DIST } from '../../test-world/ports'

/**
 * The Microsoft 365 benchmarks (`node scripts/measure-m365.mjs`, run by `npm run measure`): the
 * m365 build against the test world set up by `<MEASURE_WORLD>.setup.ts` (`records`: 100,000
 * activity entries; `tenants`: 500 customers), every Graph call 100 ms, timed by `<world>.measure.ts`.
 */
const world = process.env.MEASURE_WORLD ?? 'records'

export default defineConfig({
  testDir: '.',
  testMatch: `${world}.measure.ts`,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  globalSetup: `./${world}.setup.ts`,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: M365_APP_ORIGIN,
    ignoreHTTPSErrors: true,
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    launchOptions: chromiumLaunch,
  },
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${M365_APP_PORT} --strictPort --outDir ${M365_DIST}`,
      url: M365_APP_ORIGIN,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
