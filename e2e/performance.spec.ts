import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectSteady, observeSteadiness } from './steadiness'

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
    await observeSteadiness(page)
    await page.goto(path)
    await ready(page)
    await expectSteady(page, MAX_CLS, MAX_LONG_TASK_MS)
  })
}
