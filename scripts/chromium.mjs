import { existsSync } from 'node:fs'

// Playwright can't download its own browsers here: use Debian's Chromium when it is installed
// (CHROMIUM_PATH names another). One place for the tests, the timings and Lighthouse.
const systemChromium = '/usr/bin/chromium'

export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined)

/** How every run launches it: headless in containers (no sandbox, no GPU) and quiet (no updates, sync or first-run). */
export const chromiumLaunch = {
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
