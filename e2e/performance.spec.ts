import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

/**
 * A cheap guard on what Lighthouse measures in `npm run measure`: no page moves under the reader as its data arrive
 * (cumulative layout shift below 0.02, Lighthouse's "good" is 0.1), and no page freezes the browser for long.
 *
 * Long tasks are timed on whatever machine runs the suite: CI's is 2 cores shared by two test workers, their preview
 * servers and Chromium's own processes. After the demo seed, the longest task on these pages was 60 to 140 ms with
 * other suites running beside this one (the seed itself, on a first visit, reached 450 ms, so it is left out). The bar
 * is 400 ms, about three times the worst seen under load: it catches a page doing its work in one synchronous block
 * or a quadratic loop on the demo data, not noise. The 5,012-tenant figures stay in `npm run measure`, where the run
 * has the machine to itself.
 */
const MAX_CLS = 0.02
const MAX_LONG_TASK_MS = 400

/** The desktop Lighthouse viewport, so the layout is the one it measures. */
test.use({ viewport: { width: 1350, height: 940 } })

declare global {
  interface Window {
    __layoutShift: { value: number; sources: string[] }[]
    __longTasks: number[]
  }
}

async function observe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShift = []
    window.__longTasks = []
    new PerformanceObserver(list => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
        sources: { node?: Node }[]
      })[]) {
        if (entry.hadRecentInput) continue
        const sources = entry.sources.map(source => (source.node?.textContent ?? '').trim().slice(0, 60))
        window.__layoutShift.push({ value: entry.value, sources })
      }
    }).observe({ type: 'layout-shift', buffered: true })
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration))
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** Waits until nothing is fetched and two more frames are painted, plus a moment for a late figure to land. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.waitForTimeout(500)
}

async function expectSteady(page: Page): Promise<void> {
  await settle(page)
  const { shifts, longTasks } = await page.evaluate(() => ({
    shifts: window.__layoutShift,
    longTasks: window.__longTasks,
  }))
  const cls = shifts.reduce((total, shift) => total + shift.value, 0)
  test.info().annotations.push({ type: 'figures', description: `CLS ${cls.toFixed(4)}, long tasks ${longTasks}` })
  expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(MAX_CLS)
  expect(Math.max(0, ...longTasks), `long tasks (ms): ${longTasks.join(', ')}`).toBeLessThan(MAX_LONG_TASK_MS)
}

const pages: [string, string, (page: Page) => Promise<void>][] = [
  [
    'the dashboard',
    '/',
    page => expect(page.getByRole('table', { name: /^Fees and services by quarter/ })).toBeVisible(),
  ],
  ['the tenant list', '/tenants', page => expect(page.getByRole('row').nth(1)).toBeVisible()],
  [
    "a tenant's overview",
    '/tenants/tenant-dupre',
    page => expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible(),
  ],
  ...(['users', 'exchange', 'sharepoint', 'communications', 'domains', 'subscriptions', 'services', 'activity'].map(
    (section): [string, string, (page: Page) => Promise<void>] => [
      `a tenant's ${section} section`,
      `/tenants/tenant-dupre/${section}`,
      page => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible(),
    ],
  ) as [string, string, (page: Page) => Promise<void>][]),
  ...(['/tenants/new', '/activity', '/baselines', '/baselines/new', '/quotes', '/opportunities'].map(
    (path): [string, string, (page: Page) => Promise<void>] => [
      `the page at ${path}`,
      path,
      page => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    ],
  ) as [string, string, (page: Page) => Promise<void>][]),
  ['the quote builder', '/quotes/new', page => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
  ['the services ledger', '/services', page => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
  [
    'settings',
    '/settings',
    page =>
      expect(
        page.getByRole('region', { name: 'Price list' }).getByLabel('Standard Suite', { exact: true }),
      ).toBeEnabled(),
  ],
]

for (const [name, path, ready] of pages) {
  test(`${name} holds still as its data arrive and never freezes the page for long`, async ({ page }) => {
    // A browser's first visit seeds the demo data first: measured is every visit after it.
    await page.goto('/tenants')
    await expect(page.getByRole('row').nth(1)).toBeVisible()
    await observe(page)
    await page.goto(path)
    await ready(page)
    await expectSteady(page)
  })
}
