import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const [standard, , mixed] = CLIENT_TENANTS
const graph = graphControl(GRAPH_ORIGIN)

// The m365 test build names the partner relay: Exchange goes through it (exchange.spec.ts), all but this switch.
const ALWAYS_ON =
  "Not available on Microsoft 365: Microsoft 365 filters every tenant's mail through its default anti-spam policy, which can't be switched off; the sender lists adjust it."
const NOT_IN_GRAPH = 'Not available on Microsoft 365: Microsoft Graph has nothing that does this.'
// Said only by a build without a relay (src/backends/relay/sharePointSettings.test.ts covers it).
const APP_ONLY_WITHOUT_RELAY = 'which the partner relay does; this build names none'
const NOT_YET =
  "Not available on Microsoft 365: Microsoft Graph can do this, but this version of the console doesn't yet."
// The m365 test build is configured with Partner Center: seats and new tenants go through it, the rest is done there.
const IN_PARTNER_CENTER =
  'Not available on Microsoft 365: adding, converting, moving and cancelling subscriptions are done in Partner Center itself; the console creates tenants and changes seats there.'

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

async function openTenantSection(page: Page, tenant: string, section: string): Promise<void> {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: tenant }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: section }).click()
}

test("Exchange's spam filtering says why the relay leaves it out, with no switch", async ({ page }) => {
  await openTenantSection(page, standard.displayName, 'Exchange')
  const access = page.getByRole('region', { name: 'Access and filtering' })
  await expect(access).toContainText(ALWAYS_ON)
  await expect(access.getByRole('switch', { name: 'Spam and virus filtering' })).toHaveCount(0)
  // The protocols the relay reads are switches, with their values: only filtering's can't be read.
  await expect(access.getByRole('switch', { name: 'POP3' })).toBeVisible()
  await expect(access.getByText('Current value not readable here.', { exact: false })).toHaveCount(1)
  await expectNoSeriousA11yViolations(page)
})

test("SharePoint's storage and sites say why; its sharing and site creation are read through the relay, never with the technician's GDAP token", async ({
  page,
}) => {
  const mark = (await graph.requests()).length
  await openTenantSection(page, standard.displayName, 'SharePoint')
  await expect(page.getByRole('region', { name: 'Storage' })).toHaveText(`Storage${NOT_IN_GRAPH}`)
  const sites = page.getByRole('region', { name: 'Site collections' })
  await expect(sites).toHaveText(`Site collections${NOT_IN_GRAPH}`)
  await expect(page.getByRole('button', { name: 'Create site' })).toHaveCount(0)
  // Graph refuses sharepointSettings to a delegated GDAP token; the relay reads them app-only (sharepoint.spec.ts).
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await expect(sharing.getByRole('radio')).toHaveCount(3)
  await expect(sharing).not.toContainText(APP_ONLY_WITHOUT_RELAY)
  await expect(page.getByRole('switch', { name: 'Site creation by users' })).toBeVisible()
  // Workflows have no Graph API at all.
  await expect(page.getByRole('switch', { name: 'Workflows' })).toHaveCount(0)
  await expect(page.getByText(NOT_IN_GRAPH)).toHaveCount(3)
  await expectNoSeriousA11yViolations(page)
  // Only the relay's app-only calls: a delegated GDAP token would have been answered 401. (sharepoint.spec.ts may be
  // changing this tenant's settings at the same time, through the relay too: its calls are answered 200 as well.)
  const calls = (await graph.requests())
    .slice(mark)
    .filter(r => r.path.startsWith('/admin/sharepoint') && r.tenantId === standard.id)
    .map(r => `${r.method} ${r.status}`)
  expect(calls).toContain('GET 200')
  expect(calls.filter(call => !call.endsWith(' 200'))).toEqual([])
})

test('subscriptions change their seats through Partner Center; moving, cancelling and adding say they are done in Partner Center itself', async ({
  page,
}) => {
  await openTenantSection(page, mixed.displayName, 'Subscriptions')
  for (const offer of ['Standard Suite', 'Deskless Worker Suite']) {
    const card = page.getByRole('region', { name: offer, exact: true })
    await expect(card).toContainText('Seats used / bought')
    await expect(card).toContainText(IN_PARTNER_CENTER)
    await expect(card.getByRole('textbox', { name: 'Seats bought' })).toBeVisible()
    await expect(card.getByRole('button')).toHaveText(['Change seats'])
  }
  await expect(page.getByRole('region', { name: 'Add a subscription' })).toHaveText(
    `Add a subscription${IN_PARTNER_CENTER}`,
  )
  await expect(page.getByRole('button', { name: 'Add subscription' })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
})

test("a custom domain added through Graph offers no removal, which the console doesn't do on Graph yet: the table says why", async ({
  page,
}) => {
  const domain = `lemoine-${Date.now().toString(36)}.fr`
  await openTenantSection(page, mixed.displayName, 'Domains')
  const add = page.getByRole('region', { name: 'Add a domain' })
  await add.getByLabel('Domain name').fill(domain)
  await add.getByRole('button', { name: 'Add domain' }).click()
  const table = page.getByRole('region', { name: 'Domains' })
  await expect(table.getByRole('row', { name: new RegExp(domain.replace('.', '\\.')) })).toContainText(
    'Awaiting verification',
  )
  await expect(table.getByRole('button', { name: `Remove ${domain}` })).toHaveCount(0)
  await expect(table).toContainText(NOT_YET)
  await expectNoSeriousA11yViolations(page)
})
