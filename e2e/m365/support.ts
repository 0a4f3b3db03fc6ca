import type { Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { TECHNICIAN } from './directory'
import { M365_DIST } from './ports'

/**
 * Before each Microsoft 365 test: the configured build must be there (the world only starts
 * then), and the test provider's pages import a web font: no network here, so refuse it at once.
 */
export async function prepareMicrosoft365Page(page: Page): Promise<void> {
  if (!existsSync(join(M365_DIST, 'index.html')))
    throw new Error(`No Microsoft 365 test build in ${M365_DIST}: run \`npx vite build --mode m365\` (npm run test:e2e does) with the same E2E_* environment`)
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
