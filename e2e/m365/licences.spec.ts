import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
/** The mixed tenant buys today's "no Teams" Office 365 E3: no Teams plan, so its users' meetings are unknown. */
const [, , mixed] = CLIENT_TENANTS

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)
})

test('a user on a SKU with no plan the console maps for a service shows that service as unknown, and the rest as switches', async ({
  page,
}) => {
  const { skus, users } = await graph.tenant(mixed.id)
  const noTeams = skus.find(s => s.skuPartNumber === 'Office_365_E3_(no_Teams)')!
  const person = users.find(u => u.assignedLicenses.some(l => l.skuId === noTeams.skuId))!

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: mixed.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await page.getByRole('searchbox', { name: 'Search users' }).fill(person.displayName)
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: person.displayName }).click()
  const services = page.getByRole('region', { name: person.displayName }).getByRole('region', { name: 'Services' })
  await expect(services).toContainText(
    'Office Live MeetingWeb conferences.Service unknown: this licence carries no service plan the console knows for it.',
  )
  await expect(services.getByRole('switch', { name: 'Office Live Meeting' })).toHaveCount(0)
  // Its licence is Standard Suite all the same: mail and sites switch by the E3 plan names.
  await expect(services.getByRole('switch', { name: 'Exchange Online' })).toBeVisible()
  await expect(services.getByRole('switch', { name: 'SharePoint Online' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test("a tenant following a baseline whose settings Graph can't read shows no drift from them: they are not readable here", async ({
  page,
}) => {
  const baseline = `Sans POP ni IMAP ${crypto.randomUUID().slice(0, 6)}`
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Baselines' }).click()
  await page.getByRole('link', { name: 'New baseline' }).click()
  await page.getByLabel('Name').fill(baseline)
  await page.getByLabel('External sharing').selectOption({ label: 'Off: only people in the company' })
  await page.getByLabel('POP3').selectOption({ label: 'Off' })
  await page.getByLabel('IMAP4').selectOption({ label: 'Off' })
  await page.getByRole('button', { name: 'Save baseline' }).click()

  await page.getByRole('link', { name: `Apply ${baseline} to tenants` }).click()
  await page.getByLabel('Search tenants').fill('lemoine')
  await page
    .getByRole('group', { name: 'Tenants to apply the baseline to' })
    .getByRole('checkbox', { name: new RegExp(mixed.displayName) })
    .check()
  await page.getByRole('button', { name: 'Apply to 1 tenant' }).click()
  const result = page.getByRole('region', { name: 'Results' }).getByRole('row', { name: new RegExp(mixed.displayName) })
  // POP3 and IMAP4 go to Exchange through the partner relay, sharing to SharePoint through its app-only routes
  // (already off there: nothing to change).
  await expect(result).toContainText('POP3: On → Off')
  await expect(result).not.toContainText('External sharing: skipped')

  // The tenant list reads none of them (a call to Exchange per tenant): no drift, since the list read
  // nothing; the row says it couldn't compare.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  const row = tenantTable(page).getByRole('row', { name: new RegExp(mixed.displayName) })
  await expect(row).toContainText('Unknown')
  await expect(row).toContainText('3 not readable here')
  await expect(row).not.toContainText('Drifted')
  await expectNoSeriousA11yViolations(page)
})
