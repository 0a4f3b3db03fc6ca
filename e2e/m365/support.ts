import type { APIRequestContext, Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { TECHNICIAN } from '../../test-world/directory'
import { M365_DIST, OIDC_ORIGIN } from '../../test-world/ports'

/**
 * Before each Microsoft 365 test: the configured build must be there (the world only starts
 * then), and the test provider's pages import a web font: no network here, so refuse it at once.
 */
export async function prepareMicrosoft365Page(page: Page): Promise<void> {
  if (!existsSync(join(M365_DIST, 'index.html')))
    throw new Error(
      `No Microsoft 365 test build in ${M365_DIST}: run \`npx vite build --mode m365\` (npm run test:e2e does) with the same E2E_* environment`,
    )
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

/**
 * Makes this page's sign-in session act again (consent, MFA) at one client tenant, through the
 * test provider's control endpoint: its refresh tokens there answer `interaction_required` and
 * its authorization asks, until the person goes through the provider's page once.
 */
export async function requireInteractionAt(page: Page, request: APIRequestContext, tenantId: string): Promise<void> {
  const session = (await page.context().cookies(OIDC_ORIGIN)).find(cookie => cookie.name === '_session')
  if (!session) throw new Error('Not signed in at the test provider: no _session cookie')
  const response = await request.post(`${OIDC_ORIGIN}/_test/interaction-required`, {
    data: { tenantId, session: session.value },
  })
  expect(response.status()).toBe(204)
}

/**
 * Ages this tab's cached Graph access token for a tenant past its expiry, as an hour's wait would:
 * the next call for that tenant needs a new one.
 */
export async function expireAccessToken(page: Page, tenantId: string): Promise<void> {
  const expired = await page.evaluate(realm => {
    const keys = Object.keys(sessionStorage).filter(key => key.includes('|accesstoken|') && key.includes(`|${realm}|`))
    const past = String(Math.floor(Date.now() / 1000) - 60)
    for (const key of keys)
      sessionStorage.setItem(
        key,
        JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key)!), expiresOn: past, extendedExpiresOn: past }),
      )
    return keys.length
  }, tenantId)
  expect(expired).toBe(1)
}

/**
 * The provider's "Sign out?" page, answered yes. Its page is waited for first: clicking while the
 * console is still navigating away made the click land on a page being replaced, on a loaded machine.
 */
export async function confirmProviderSignOut(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign out?' })).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
}
