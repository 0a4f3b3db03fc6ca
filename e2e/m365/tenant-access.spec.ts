import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS, RESTRICTED_TENANTS, TECHNICIAN } from '../../test-world/directory'
import { CUSTOMER_PERMISSIONS } from '../../src/auth/graphScopes'
import { graphControl } from '../../test-world/graph/controlClient'
import { ROLE } from '../../test-world/graph/gdapRoles'
import { partnerCenterControl } from '../../test-world/partnerCenter/controlClient'
import { GRAPH_ORIGIN, OIDC_ORIGIN, PARTNER_CENTER_ORIGIN } from '../../test-world/ports'
import { enterTechnicianCredentials, prepareMicrosoft365Page, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
const partnerCenter = partnerCenterControl(PARTNER_CENTER_ORIGIN)
/** The relay's delegated Graph pair for granting an app role (relay/src/partnerCenter/consent.ts). */
const RELAY_GRAPH_SCOPES = 'AppRoleAssignment.ReadWrite.All,Application.Read.All'
const [working] = CLIENT_TENANTS
const { noRole, notConsented } = RESTRICTED_TENANTS

// Every test starts from Garage Martin unconsented: one at a time.
test.describe.configure({ mode: 'serial' })

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
  // Garage Martin starts unconsented, whatever an earlier run of this spec granted, by a technician in AdminAgents.
  await graph.withdrawConsent(notConsented.id)
  await partnerCenter.setAdminAgent(true)
})

// The world as seeded again for the other specs: Garage Martin unconsented, the technician in AdminAgents, and
// without Privileged Role Administrator there.
test.afterEach(async () => {
  await graph.withdrawConsent(notConsented.id)
  await partnerCenter.setAdminAgent(true)
  await graph.setTechnicianRole(notConsented.id, ROLE.privilegedRoleAdministrator, false)
})

test('the tenant list shows each GDAP customer with its access: no role, consent needed (granted through Partner Center), and one that works', async ({
  page,
}) => {
  const graphMark = (await graph.requests()).length
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

  // Consent for Garage Martin through the partner relay (Partner Center's application-consent API): read at once.
  const asked = (await partnerCenter.requests()).length
  await page.getByRole('button', { name: `Consent for ${notConsented.displayName}` }).click()
  await expect(
    page.getByRole('status').filter({
      hasText: `The console is now consented in ${notConsented.displayName} through Partner Center`,
    }),
  ).toBeVisible()
  // The console got the customer-side Graph permissions, the relay its Exchange one and Graph's pair for granting its
  // own app SharePoint's application permission, and nothing else.
  const consents = (await partnerCenter.requests()).slice(asked).filter(r => r.path.endsWith('/applicationconsents'))
  expect(
    consents.map(r => [r.status, (r.body as { applicationGrants: { scope: string }[] }).applicationGrants]),
  ).toEqual([
    [201, [{ enterpriseApplicationId: '00000003-0000-0000-c000-000000000000', scope: CUSTOMER_PERMISSIONS.join(',') }]],
    [
      201,
      [
        { enterpriseApplicationId: '00000003-0000-0000-c000-000000000000', scope: RELAY_GRAPH_SCOPES },
        { enterpriseApplicationId: '00000002-0000-0ff1-ce00-000000000000', scope: 'Exchange.Manage' },
      ],
    ],
  ])
  await expect(tenantTable(page).getByRole('link', { name: notConsented.displayName })).toBeVisible()
  await expect(page.getByRole('region', { name: "1 tenant can't be read yet" })).toContainText(noRole.displayName)

  // The working one opens.
  await tenantTable(page).getByRole('link', { name: working.displayName }).click()
  await expect(page.getByRole('heading', { level: 1, name: working.displayName })).toBeVisible()

  // Nothing partner-only was asked at a customer: its calls carried only the customer-side permissions.
  const requests = (await graph.requests()).slice(graphMark)
  expect(requests.some(r => r.tenantId === noRole.id && r.status === 403)).toBe(true)
  // The relay's grant of Graph's app role asks Privileged Role Administrator, which the technician doesn't hold
  // there: refused, and only that.
  const atGarage = requests.filter(r => r.tenantId === notConsented.id)
  expect(
    atGarage.filter(r => r.status >= 400).map(r => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/, '{id}')}`),
  ).toEqual(['POST /servicePrincipals/{id}/appRoleAssignedTo'])

  // So its SharePoint settings say what to do rather than a value.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: notConsented.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'SharePoint' }).click()
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await expect(sharing).toContainText(
    "Not readable: the partner relay has no permission for SharePoint's settings in this tenant yet. Consent this tenant again through the relay, as a technician holding Privileged Role Administrator there.",
  )
  await expect(sharing.getByRole('radio')).toHaveCount(0)
  await expect(page.getByRole('switch', { name: 'Site creation by users' })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
})

test("a technician holding Privileged Role Administrator consents, and the relay's app is granted SharePoint's settings there", async ({
  page,
}) => {
  await graph.setTechnicianRole(notConsented.id, ROLE.privilegedRoleAdministrator, true)
  const mark = (await graph.requests()).length
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByRole('button', { name: `Consent for ${notConsented.displayName}` }).click()
  await expect(
    page.getByRole('status').filter({
      hasText: `The console is now consented in ${notConsented.displayName} through Partner Center`,
    }),
  ).toBeVisible()
  // The relay granted its own app Graph's SharePointTenantSettings.ReadWrite.All there, on the technician's behalf.
  const granted = (await graph.requests())
    .slice(mark)
    .filter(r => r.tenantId === notConsented.id && r.path.endsWith('/appRoleAssignedTo'))
    .map(r => `${r.method} ${r.status}`)
  expect(granted).toEqual(['POST 201'])

  // So its SharePoint settings read, app-only through the relay.
  await tenantTable(page).getByRole('link', { name: notConsented.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'SharePoint' }).click()
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await expect(sharing.getByRole('radio')).toHaveCount(3)
  await expect(sharing).not.toContainText('Not readable')
  await expect(page.getByRole('switch', { name: 'Site creation by users' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test("a technician Partner Center refuses is told why, and can still use the tenant's admin consent page", async ({
  page,
}) => {
  await partnerCenter.setAdminAgent(false)
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByRole('button', { name: `Consent for ${notConsented.displayName}` }).click()
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText(`Partner Center refused to consent the console in ${notConsented.displayName}`)
  await expect(refusal).toContainText('not an admin agent of the partner (AdminAgents)')

  // Entra's admin consent page wants only the GDAP role; cancelled there, nothing changes.
  await refusal
    .getByRole('button', { name: `Consent at ${notConsented.displayName}'s admin consent page instead` })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Permissions requested' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert')).toContainText(
    `Consent for ${notConsented.displayName} was not granted (AADSTS65004`,
  )
  await expect(page.getByRole('region', { name: "2 tenants can't be read yet" })).toContainText(
    notConsented.displayName,
  )
})

/** The partner's Conditional Access wants MFA again from this page's sign-in session (a sign-in frequency policy). */
async function requireMfaAgain(page: Page, request: APIRequestContext): Promise<void> {
  const session = (await page.context().cookies(OIDC_ORIGIN)).find(cookie => cookie.name === '_session')
  if (!session) throw new Error('Not signed in at the test provider: no _session cookie')
  const response = await request.post(`${OIDC_ORIGIN}/_test/mfa-required`, { data: { session: session.value } })
  expect(response.status()).toBe(204)
}

/** Ages this tab's cached token for the relay, if it has one yet, past its expiry, as an hour's wait would. */
async function expireRelayToken(page: Page): Promise<void> {
  await page.evaluate(() => {
    const keys = Object.keys(sessionStorage).filter(
      key => key.includes('|accesstoken|') && key.includes('access_as_user'),
    )
    const past = String(Math.floor(Date.now() / 1000) - 60)
    for (const key of keys)
      sessionStorage.setItem(
        key,
        JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key)!), expiresOn: past, extendedExpiresOn: past }),
      )
  })
}

test('Partner Center wants MFA again: the technician signs in again from the list, and the consent then opens the tenant', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  const unreadable = page.getByRole('region', { name: "2 tenants can't be read yet" })
  await expect(unreadable).toContainText(notConsented.displayName)
  // An hour later, any token for the relay has run out, and the partner's Conditional Access wants MFA again.
  await expireRelayToken(page)
  await requireMfaAgain(page, request)

  // The relay's on-behalf-of exchange for Partner Center is refused (AADSTS50076): the page says so, with a sign-in.
  const consent = page.getByRole('button', { name: `Consent for ${notConsented.displayName}` })
  await consent.click()
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('Partner Center wants you to sign in again, with multi-factor authentication')
  await refusal.getByRole('button', { name: 'Sign in again' }).click()

  // The provider asks the technician to sign in again (the claims challenge came with the request), then back.
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ORIGIN}/`))
  await enterTechnicianCredentials(page)
  await expect(page).toHaveURL(/\/tenants$/)

  // The same action now works, and the tenant opens.
  await page.getByRole('button', { name: `Consent for ${notConsented.displayName}` }).click()
  await expect(
    page.getByRole('status').filter({
      hasText: `The console is now consented in ${notConsented.displayName} through Partner Center`,
    }),
  ).toBeVisible()
  await tenantTable(page).getByRole('link', { name: notConsented.displayName }).click()
  await expect(page.getByRole('heading', { level: 1, name: notConsented.displayName })).toBeVisible()
})

test('the rows stay where they are while the customers out of reach are found, so a click lands on its tenant', async ({
  page,
}) => {
  const [, deskless] = CLIENT_TENANTS
  // Microsoft answers for those two after the list shows: their token and GDAP reads are held back a while, from the
  // dashboard's first read of the list on.
  const outOfReach = [noRole.id, notConsented.id]
  await page.route(
    url => outOfReach.some(id => url.href.includes(id)),
    async route => {
      await new Promise(resolve => setTimeout(resolve, 1500))
      await route.fallback()
    },
  )
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()

  // The first row, and one below Garage Martin, which is out of reach: both keep their place.
  const table = tenantTable(page)
  const link = table.getByRole('link', { name: working.displayName })
  const below = table.getByRole('link', { name: deskless.displayName })
  await expect(link).toBeVisible()
  await expect(below).toBeVisible()
  const before = [await link.boundingBox(), await below.boundingBox()]
  const unreadable = page.getByRole('region', { name: "2 tenants can't be read yet" })
  await expect(unreadable).toHaveCount(0)
  await expect(unreadable).toBeVisible({ timeout: 10_000 })
  expect([await link.boundingBox(), await below.boundingBox()]).toEqual(before)
  // Garage Martin keeps its row, named as text (it can't be opened), with what it waits for.
  const garage = table.getByRole('row').filter({ hasText: notConsented.displayName })
  await expect(garage).toContainText("Consent needed Can't be read yet: why, and what to do, under the list.")
  await expect(garage.getByRole('link')).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)

  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(working.displayName)
})

test('on a phone, in dark, the account is in the menu, and the list with its customers out of reach fits the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await signInFromStartPage(page)
  // The account moved into the menu, where the bar has no room for it.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeHidden()
  await page.getByRole('button', { name: 'Menu' }).click()
  const menu = page.getByRole('navigation', { name: 'Main navigation' })
  await expect(menu).toContainText(TECHNICIAN.name)
  await expect(menu.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await menu.getByRole('link', { name: 'Tenants' }).click()
  await expect(page.getByRole('region', { name: "2 tenants can't be read yet" })).toBeVisible()
  await expect(tenantTable(page).getByRole('row').filter({ hasText: notConsented.displayName })).toContainText(
    'Consent needed',
  )
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await expectNoSeriousA11yViolations(page)
})
