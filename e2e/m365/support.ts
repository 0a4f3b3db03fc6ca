import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { TECHNICIAN } from './directory'

/** The test provider's pages import a web font: no network here, so refuse it at once. */
export async function refuseProviderWebFonts(page: Page): Promise<void> {
  await page.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, route => route.abort())
}

/** The provider's own login form, as the technician fills it in. */
export async function enterTechnicianCredentials(page: Page): Promise<void> {
  await page.getByPlaceholder('Enter any login').fill(TECHNICIAN.login)
  await page.getByPlaceholder('and password').fill(TECHNICIAN.password)
  await page.getByRole('button', { name: 'Sign-in' }).click()
}

/** From the start page to the console: sign in at the partner's authority and consent once. */
export async function signInFromStartPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign in to Microsoft 365' }).click()
  await enterTechnicianCredentials(page)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('banner')).toContainText(TECHNICIAN.name)
}
