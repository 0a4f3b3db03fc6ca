import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { TECHNICIAN } from '../../test-world/directory'
import { RELAY_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

const ME = `${RELAY_ORIGIN}/api/me`

/** Signed in, on Settings, where the data source card says what the partner relay answered. */
async function openSettingsSignedIn(page: Page): Promise<void> {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
}

test('Settings shows the partner relay connected as the technician, asked with a token for it', async ({ page }) => {
  const asked = page.waitForRequest(request => request.url() === ME && request.method() === 'GET')
  const answered = page.waitForResponse(response => response.url() === ME && response.request().method() === 'GET')
  await openSettingsSignedIn(page)
  const dataSource = page.getByRole('region', { name: 'Data source' })
  await expect(dataSource.getByText(`Partner relay: connected as ${TECHNICIAN.name}.`)).toBeVisible()

  const request = await asked
  const headers = await request.allHeaders()
  expect(headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
  expect(headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/)
  // The relay checked that token itself and names the same correlation id back.
  const response = await answered
  expect(response.status()).toBe(200)
  expect(await response.headerValue('x-correlation-id')).toBe(headers['x-correlation-id'])
})

test('Settings says the relay refused when the token it gets is for another audience', async ({ page }) => {
  await page.goto('/')
  await signInFromStartPage(page)
  // A real token from the partner's authority, but Graph's: the relay must turn it down itself.
  const graphToken = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find(name => name.includes('|accesstoken|') && name.includes('graph'))
    return key ? (JSON.parse(sessionStorage.getItem(key)!) as { secret: string }).secret : undefined
  })
  expect(graphToken).toBeTruthy()
  await page.route(ME, route =>
    route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${graphToken}` } }),
  )
  const answered = page.waitForResponse(response => response.url() === ME && response.request().method() === 'GET')
  await page.goto('/settings')
  await expect(
    page
      .getByRole('region', { name: 'Data source' })
      .getByText("Partner relay: it refused your sign-in. Your sign-in has expired or doesn't allow this."),
  ).toBeVisible()
  expect((await answered).status()).toBe(401)
})

test('Settings says the relay is not reachable when nothing answers there', async ({ page }) => {
  await page.route(ME, route => route.abort('connectionrefused'))
  await openSettingsSignedIn(page)
  await expect(
    page.getByRole('region', { name: 'Data source' }).getByText('Partner relay: not reachable.', { exact: false }),
  ).toBeVisible()
})
