import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../support'
import { TECHNICIAN } from '../../test-world/directory'
import { confirmProviderSignOut, prepareMicrosoft365Page, signInFromStartPage } from './support'

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

test('the technician signs in through the provider, stays signed in on reload, and signs out', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Use the demo data' })).toBeEnabled()
  await expectNoSeriousA11yViolations(page)

  await signInFromStartPage(page)
  const banner = page.getByRole('banner')
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  // Tokens live in this tab's session storage, in MSAL's cache only.
  expect(await page.evaluate(() => Object.keys(localStorage).some(key => key.includes('accesstoken')))).toBe(false)
  expect(await page.evaluate(() => Object.keys(sessionStorage).some(key => key.includes('accesstoken')))).toBe(true)

  await page.reload()
  await expect(banner).toContainText(TECHNICIAN.name)
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()

  await banner.getByRole('button', { name: 'Sign out' }).click()
  await confirmProviderSignOut(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
  expect(await page.evaluate(() => Object.keys(sessionStorage).some(key => key.includes('accesstoken')))).toBe(false)

  // The provider's session ended too: signing in again asks for the password.
  await page.getByRole('button', { name: 'Sign in to Microsoft 365' }).click()
  await expect(page.getByPlaceholder('and password')).toBeVisible()
})
