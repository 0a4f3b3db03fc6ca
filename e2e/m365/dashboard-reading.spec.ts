import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../support'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

/**
 * On Microsoft 365 the dashboard counts every tenant, and each is read with its own token: at
 * hundreds of customers that takes a while, so the page says how far it got rather than "Loading".
 */
test('the dashboard says how many tenants it has read while Graph answers slowly, then shows the figures', async ({
  page,
}) => {
  await prepareMicrosoft365Page(page)
  // A far-away Graph, for this page only: each tenant's batch of reads answers a second later.
  await page.route(
    url => url.origin === GRAPH_ORIGIN && url.pathname.endsWith('/$batch'),
    async route => {
      await new Promise(resolve => setTimeout(resolve, 1000))
      await route.continue()
    },
  )
  await page.goto('/')
  await signInFromStartPage(page)

  const reading = page.getByRole('status').filter({ hasText: /^Reading your tenants: \d+ of \d+\./ })
  await expect(reading).toBeVisible()
  await expect(reading.getByRole('progressbar', { name: /Reading your tenants/ })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await expect(page.getByRole('group', { name: 'Key figures' })).toBeVisible({ timeout: 30_000 })
  await expect(reading).toHaveCount(0)
})
