import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS, RESTRICTED_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
const [working] = CLIENT_TENANTS
const { noRole, notConsented } = RESTRICTED_TENANTS

// Both tests start from Garage Martin unconsented: one at a time.
test.describe.configure({ mode: 'serial' })

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
  // Garage Martin starts unconsented, whatever an earlier run of this spec granted.
  await graph.withdrawConsent(notConsented.id)
})

test('the tenant list shows each GDAP customer with its access: no role, consent needed (granted from the list), and one that works', async ({
  page,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()

  const unreadable = page.getByRole('region', { name: "2 tenants can't be read yet" })
  const pharmacie = unreadable.getByRole('listitem').filter({ hasText: noRole.displayName })
  await expect(pharmacie).toContainText('No role for you')
  await expect(pharmacie).toContainText(
    'Directory Readers, User Administrator, License Administrator, Domain Name Administrator, SharePoint Administrator and Exchange Administrator',
  )
  await expect(pharmacie).toContainText('Roles are granted in Partner Center')
  await expect(pharmacie.getByRole('button')).toHaveCount(0)
  const garage = unreadable.getByRole('listitem').filter({ hasText: notConsented.displayName })
  await expect(garage).toContainText('Consent needed')
  await expect(tenantTable(page).getByRole('link', { name: working.displayName })).toBeVisible()
  await expect(tenantTable(page).getByRole('link', { name: notConsented.displayName })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)

  // The dashboard gives the same per-tenant answer: the figures of the others, and how many are left out.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText("2 tenants can't be read yet and are not counted here.")).toBeVisible()
  await page.getByRole('link', { name: 'See why on the tenant list' }).click()

  // Consent for Garage Martin at its admin consent page, then back on the list, where it is read.
  await page.getByRole('button', { name: `Consent for ${notConsented.displayName}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Permissions requested' })).toBeVisible()
  await expect(page.getByRole('listitem')).toHaveText([
    'User.Read',
    'LicenseAssignment.Read.All',
    'User.ReadWrite.All',
    'User-PasswordProfile.ReadWrite.All',
    'Domain.ReadWrite.All',
  ])
  await page.getByRole('button', { name: 'Accept' }).click()
  await expect(page).toHaveURL(/\/tenants$/)
  await expect(
    page.getByRole('status').filter({ hasText: `The console is now consented in ${notConsented.displayName}` }),
  ).toBeVisible()
  await expect(tenantTable(page).getByRole('link', { name: notConsented.displayName })).toBeVisible()
  await expect(page.getByRole('region', { name: "1 tenant can't be read yet" })).toContainText(noRole.displayName)

  // The working one opens.
  await tenantTable(page).getByRole('link', { name: working.displayName }).click()
  await expect(page.getByRole('heading', { level: 1, name: working.displayName })).toBeVisible()

  // Nothing partner-only was asked at a customer: its calls carried only the customer-side permissions.
  const requests = await graph.requests()
  expect(requests.some(r => r.tenantId === noRole.id && r.status === 403)).toBe(true)
  expect(requests.filter(r => r.tenantId === notConsented.id).every(r => r.status < 400)).toBe(true)
})

test('cancelling the consent page comes back to the list saying it was not granted, and nothing changes', async ({
  page,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByRole('button', { name: `Consent for ${notConsented.displayName}` }).click()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert')).toContainText(
    `Consent for ${notConsented.displayName} was not granted (AADSTS65004`,
  )
  await expect(page.getByRole('region', { name: "2 tenants can't be read yet" })).toContainText(
    notConsented.displayName,
  )
})
