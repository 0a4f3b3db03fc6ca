import { expect, test } from '@playwright/test'
import { cspViolations, recordCspViolations } from '../cspViolations'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

/**
 * The Microsoft 365 build's policy names its sign-in authority, Graph and the relay (here the test
 * world's origins): signing in, and the pages that read through each, run without a violation.
 */
test('signing in and working on Microsoft 365 runs under the policy without a violation', async ({ page }) => {
  await prepareMicrosoft365Page(page)
  await recordCspViolations(page)
  await page.goto('/')
  await signInFromStartPage(page)
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toMatch(/connect-src 'self' https:\/\/localhost:\d+ http:\/\/127\.0\.0\.1:\d+/)

  for (const [path, heading] of [
    ['/tenants', 'Tenants'],
    ['/settings', 'Settings'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await cspViolations(page), path).toEqual([])
  }
  await expect(page.getByRole('region', { name: 'Data source' }).getByText(/Partner relay: connected as/)).toBeVisible()
  expect(await cspViolations(page)).toEqual([])
})
