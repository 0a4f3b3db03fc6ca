import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS, RESTRICTED_TENANTS, TECHNICIAN } from '../../test-world/directory'
import { M365_APP_ORIGIN, OIDC_ORIGIN } from '../../test-world/ports'
import { expireAccessToken, prepareMicrosoft365Page, requireInteractionAt, signInFromStartPage } from './support'

const [standard, deskless, mixed] = CLIENT_TENANTS

/** The list of tenants the console can't read yet (the world keeps two out of reach: no role, no consent). */
function unreadableRegion(page: Page) {
  return page.getByRole('region', { name: /can't be read yet/ })
}

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

test('a client tenant that wants consent again shows as needing sign-in while the list stays; signing in to it alone brings it back', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(tenantTable(page).getByRole('link', { name: mixed.displayName })).toBeVisible()

  // An hour later, the mixed tenant's token has run out and the tenant wants consent (or MFA) again.
  await expireAccessToken(page, mixed.id)
  await requireInteractionAt(page, request, mixed.id)
  await page.reload()

  // The list loads without leaving the console: the others as ever, that one named as waiting.
  const table = tenantTable(page)
  await expect(table.getByRole('link', { name: standard.displayName })).toBeVisible()
  await expect(table.getByRole('link', { name: deskless.displayName })).toBeVisible()
  await expect(table.getByRole('link', { name: mixed.displayName })).toHaveCount(0)
  const waiting = unreadableRegion(page)
  await expect(waiting).toContainText(mixed.displayName)
  await expect(waiting).toContainText('Sign-in needed')
  expect(page.url().startsWith(M365_APP_ORIGIN)).toBe(true)
  await expectNoSeriousA11yViolations(page)

  // The technician chooses to sign in to that tenant: its own authority asks, they agree.
  await waiting.getByRole('button', { name: `Sign in to ${mixed.displayName}` }).click()
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ORIGIN}/${mixed.id}/`))
  await page.getByRole('button', { name: 'Continue' }).click()

  // Back on the list, every tenant readable, nothing waiting.
  await expect(page).toHaveURL(/\/tenants$/)
  await expect(tenantTable(page).getByRole('link', { name: mixed.displayName })).toBeVisible()
  await expect(unreadableRegion(page).getByText(mixed.displayName)).toHaveCount(0)
})

test("refusing a client tenant's sign-in comes back to the console, saying that tenant could not be opened, and asks nothing more", async ({
  page,
  request,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  const link = tenantTable(page).getByRole('link', { name: deskless.displayName })
  await expect(link).toBeVisible()
  // Every customer read (whether Garage Martin is consented just now, on the other worker, or not).
  await expect(tenantTable(page).getByText('Reading…')).toHaveCount(0)
  await expect(unreadableRegion(page)).toContainText(RESTRICTED_TENANTS.noRole.displayName)

  // The Deskless tenant wants consent again; the technician opens it, and refuses at its page.
  await expireAccessToken(page, deskless.id)
  await requireInteractionAt(page, request, deskless.id)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ORIGIN}/${deskless.id}/`))
  await page.getByRole('link', { name: '[ Cancel ]' }).click()

  // Back in the console, signed in, on the list (not on that tenant's page, which would ask again).
  await expect(page).toHaveURL(new RegExp(`^${M365_APP_ORIGIN}/tenants$`))
  await expect(page.getByRole('banner')).toContainText(TECHNICIAN.name)
  await expect(page.getByRole('alert')).toContainText(`${deskless.displayName} could not be opened`)
  await expect(unreadableRegion(page)).toContainText(deskless.displayName)
  await expect(tenantTable(page).getByRole('link', { name: standard.displayName })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // No loop: a reload stays in the console, and the notice goes once dismissed.
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.reload()
  await expect(unreadableRegion(page)).toBeVisible()
  expect(page.url()).toBe(`${M365_APP_ORIGIN}/tenants`)
})
