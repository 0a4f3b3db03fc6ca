import { expect, test } from '@playwright/test'
import { cspViolations, recordCspViolations } from './cspViolations'
import { EVERY_ROUTE } from './everyRoute'

/**
 * The build ships a Content-Security-Policy (scripts/content-security-policy.ts). Every page must
 * run under it without one violation: a refused style or script would be a broken screen.
 */

test('every page ships the policy and runs under it without a violation', async ({ page }) => {
  test.slow()
  await recordCspViolations(page)
  for (const path of EVERY_ROUTE) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy, path).toContain("script-src 'self'")
    expect(await cspViolations(page), path).toEqual([])
  }
})

test('the policy refuses what it is there to refuse: an injected inline script does not run', async ({ page }) => {
  await recordCspViolations(page)
  await page.goto('/tenants')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.injectedRan = true'
    document.body.append(script)
    await new Promise(resolve => setTimeout(resolve, 50))
    return (window as unknown as { injectedRan?: boolean }).injectedRan === true
  })
  expect(ran).toBe(false)
  expect(await cspViolations(page)).toEqual(['script-src-elem refused inline'])
})
