import type { Page } from '@playwright/test'
import type { RecordedRequest } from '../../test-world/graph/server'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { isWrite } from '../../test-world/graph/testWorld'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
const [standard] = CLIENT_TENANTS

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

/**
 * The Graph server is shared by every spec of the run and never cleared here: each test reads
 * only what the server received after its own mark, and only for its own tenant.
 */
async function requestsAfter(mark: number): Promise<RecordedRequest[]> {
  return (await graph.requests()).slice(mark).filter(r => r.tenantId === standard.id)
}

async function openTenantSection(page: Page, section: string): Promise<void> {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: standard.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: section }).click()
}

test("switching a user's Exchange off sends assignLicense with the Exchange plan, read from the tenant's SKUs, in disabledPlans", async ({
  page,
}) => {
  const { skus, users } = await graph.tenant(standard.id)
  const standardSku = skus.find(s => s.skuPartNumber === 'STANDARDPACK')!
  const exchangePlan = standardSku.servicePlans.find(p => p.servicePlanName === 'EXCHANGE_S_STANDARD')!.servicePlanId
  // A Standard Suite user whose Exchange is still on, whatever other tests did before.
  const person = users.find(u =>
    u.assignedLicenses.some(l => l.skuId === standardSku.skuId && !l.disabledPlans.includes(exchangePlan)),
  )!
  const alreadyOff = person.assignedLicenses.find(l => l.skuId === standardSku.skuId)!.disabledPlans
  await openTenantSection(page, 'Users')
  await page.getByRole('searchbox', { name: 'Search users' }).fill(person.displayName)
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: person.displayName }).click()
  const detail = page.getByRole('region', { name: person.displayName })
  const exchange = detail.getByRole('switch', { name: 'Exchange Online' })
  await expect(exchange).toBeChecked()
  await expectNoSeriousA11yViolations(page)

  const mark = (await graph.requests()).length
  await exchange.click()
  await expect(page.getByRole('status').filter({ hasText: 'Exchange Online turned off for' })).toBeAttached()
  await expect(exchange).not.toBeChecked()
  const assignments = (await requestsAfter(mark)).filter(r => r.path === `/users/${person.id}/assignLicense`)
  expect(assignments.map(r => r.status)).toEqual([200])
  // The full set each time: what was already off, and Exchange.
  expect(assignments[0]!.body).toEqual({
    addLicenses: [{ skuId: standardSku.skuId, disabledPlans: [...alreadyOff, exchangePlan] }],
    removeLicenses: [],
  })
  const stored = (await graph.tenant(standard.id)).users.find(u => u.id === person.id)!
  expect(stored.assignedLicenses).toEqual([{ skuId: standardSku.skuId, disabledPlans: [...alreadyOff, exchangePlan] }])
})

test('importing 45 users from a CSV file costs 3 $batch requests of 20, 20 and 5, and the users are listed', async ({
  page,
}) => {
  // A run-unique alias, so the test needs no particular state of the shared server.
  const run = Date.now().toString(36)
  const rows = ['firstName;lastName;alias;domain;usageLocation;licence']
  for (let index = 0; index < 45; index++)
    rows.push(`Saisonnier;S${run}N${index};saisonnier.${run}.${index};${standard.defaultDomain};FR;`)
  await openTenantSection(page, 'Users')
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'saisonniers.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) })

  const mark = (await graph.requests()).length
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog).toBeHidden({ timeout: 20_000 })
  await expect(page.getByText('45 users imported.')).toBeVisible()

  const requests = await requestsAfter(mark)
  // The import's own $batch requests (opening the tenant reads it in a $batch of GETs too).
  const batches = requests.filter(r => r.path === '/$batch' && isWrite(r))
  expect(batches.map(b => (b.body as { requests: unknown[] }).requests.length)).toEqual([20, 20, 5])
  // This import's own creates (other tests of the run may add users to the same tenant meanwhile).
  const ours = requests.filter(
    r =>
      r.method === 'POST' &&
      r.path === '/users' &&
      String((r.body as { mailNickname?: string }).mailNickname).startsWith(`saisonnier.${run}.`),
  )
  expect(ours.filter(r => r.inBatch !== null).map(r => r.status)).toEqual(Array.from({ length: 45 }, () => 201))
  expect(ours.filter(r => r.inBatch === null)).toEqual([])

  // Each created user's temporary password, the very one Graph received, handed over once.
  const handover = page.getByRole('dialog', { name: 'Temporary passwords' })
  const last = handover.getByRole('row', { name: new RegExp(`saisonnier\\.${run}\\.44@`) })
  const sent = ours.find(r => (r.body as { mailNickname: string }).mailNickname === `saisonnier.${run}.44`)!
  await expect(last).toContainText((sent.body as { passwordProfile: { password: string } }).passwordProfile.password)
  await expect(handover.getByRole('row')).toHaveCount(46)
  await handover.getByRole('button', { name: 'Done: forget the passwords' }).click()
  await handover.getByRole('button', { name: 'Close without keeping them' }).click()
  await expect(handover).toBeHidden()

  await page.getByRole('searchbox', { name: 'Search users' }).fill(`S${run}N44`)
  await expect(
    page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: `Saisonnier S${run}N44` }),
  ).toBeVisible()
})

test('a user added on Microsoft 365 gets the temporary password shown once, the one Graph received', async ({
  page,
}) => {
  const alias = `nouvelle.${Date.now().toString(36)}`
  await openTenantSection(page, 'Users')
  await page.getByRole('button', { name: 'Add a user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a user' })
  await dialog.getByLabel('First name').fill('Nouvelle')
  await dialog.getByLabel('Last name').fill('Recrue')
  await dialog.getByLabel('User name').fill(alias)
  const mark = (await graph.requests()).length
  await dialog.getByRole('button', { name: 'Add the user' }).click()

  const shown = page.getByRole('dialog', { name: 'Temporary password' })
  const password = await shown.getByRole('textbox', { name: 'Temporary password' }).inputValue()
  const [post] = (await requestsAfter(mark)).filter(
    r => r.method === 'POST' && r.path === '/users' && (r.body as { mailNickname?: string }).mailNickname === alias,
  )
  expect(post!.body).toMatchObject({
    mailNickname: alias,
    passwordProfile: { password, forceChangePasswordNextSignIn: true },
  })
  await expectNoSeriousA11yViolations(page)
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toBeHidden()
})

test("resetting a user's password on Microsoft 365 PATCHes passwordProfile with the permission Graph documents for it, and shows the new password once", async ({
  page,
}) => {
  const person = (await graph.tenant(standard.id)).users.find(u => u.assignedLicenses.length > 0)!
  await openTenantSection(page, 'Users')
  await page.getByRole('searchbox', { name: 'Search users' }).fill(person.displayName)
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: person.displayName }).click()
  const detail = page.getByRole('region', { name: person.displayName })
  const mark = (await graph.requests()).length
  await detail.getByRole('button', { name: 'Reset password' }).click()
  const shown = page.getByRole('dialog', { name: 'Temporary password' })
  const password = await shown.getByRole('textbox', { name: 'Temporary password' }).inputValue()
  // The Graph server refuses this PATCH without User-PasswordProfile.ReadWrite.All (permissions.ts): it answered 204.
  const patches = (await requestsAfter(mark)).filter(r => r.method === 'PATCH' && r.path === `/users/${person.id}`)
  expect(patches.map(r => r.status)).toEqual([204])
  expect(patches[0]!.body).toMatchObject({ passwordProfile: { password, forceChangePasswordNextSignIn: true } })
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toBeHidden()
})

test('a throttled read is retried, Retry-After being hidden from the page as real Graph hides it, and the users show as usual', async ({
  page,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  const mark = (await graph.requests()).length
  await graph.throttle({ count: 1, retryAfterSeconds: 1, path: '/users', method: 'GET' })
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: standard.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await expect(
    page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: 'Sophie Martin' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  const reads = (await graph.requests()).slice(mark).filter(r => r.method === 'GET' && r.path.startsWith('/users'))
  const throttled = reads.findIndex(r => r.status === 429)
  expect(throttled).toBeGreaterThanOrEqual(0)
  // The same read, sent again, answered.
  expect(reads.slice(throttled + 1).some(r => r.path === reads[throttled]!.path && r.status === 200)).toBe(true)
})
