import { expect, test } from '@playwright/test'
import { CLIENT_TENANTS, PARTNER_TENANT, TECHNICIAN } from '../../test-world/directory'
import { confirmProviderSignOut, prepareMicrosoft365Page, signInFromStartPage } from './support'

const [standard] = CLIENT_TENANTS

test('a second tab opened on a tenant stays on Microsoft 365 and is signed in without asking; after sign-out a new tab asks', async ({
  context,
  page,
}) => {
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)

  // MSAL's cache is this tab's session storage: the new tab has none, but the provider's session is the browser's.
  const second = await context.newPage()
  await prepareMicrosoft365Page(second)
  await second.goto(`/tenants/${standard.id}`)
  await expect(second.getByRole('heading', { level: 1, name: standard.displayName })).toBeVisible()
  await expect(second).toHaveURL(new RegExp(`/tenants/${standard.id}$`))
  const banner = second.getByRole('banner')
  await expect(banner).toContainText(TECHNICIAN.name)
  await expect(banner).toContainText(PARTNER_TENANT.displayName)
  expect(await second.evaluate(() => Object.keys(sessionStorage).some(key => key.includes('accesstoken')))).toBe(true)

  // Signed out (at the provider too): a new tab can't be signed in silently, and says nothing went wrong.
  await banner.getByRole('button', { name: 'Sign out' }).click()
  await confirmProviderSignOut(second)
  await expect(second.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
  const third = await context.newPage()
  await prepareMicrosoft365Page(third)
  await third.goto(`/tenants/${standard.id}`)
  await expect(third.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
  await expect(third.getByRole('button', { name: 'Sign in to Microsoft 365' })).toBeVisible()
  await expect(third.getByRole('alert')).toHaveCount(0)
})
