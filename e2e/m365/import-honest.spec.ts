import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
const [standard] = CLIENT_TENANTS

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

test("a Microsoft 365 import warns it can't be all or nothing, then names what it created and what it couldn't", async ({
  page,
}) => {
  // Run-unique aliases: the faults below touch only this test's rows on the shared server.
  const run = Date.now().toString(36)
  const address = (alias: string) => `${alias}.${run}@${standard.defaultDomain}`
  // Created, but its answer lost (a 504 after the work): the retry is refused as a duplicate.
  await graph.fault({
    fault: 'lostAnswer',
    count: 1,
    path: '/users',
    method: 'POST',
    inBatch: true,
    bodyContains: address('perdu'),
  })
  // Throttled every time it is sent: Microsoft 365 never creates it.
  await graph.fault({
    fault: 'throttle',
    count: 20,
    path: '/users',
    method: 'POST',
    bodyContains: address('refuse'),
    retryAfterSeconds: 0,
    retryAfterAs: 'date',
  })

  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: standard.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  // Said before anything is sent.
  await expect(
    dialog.getByRole('status').filter({ hasText: "On Microsoft 365 an import can't be all or nothing" }),
  ).toBeVisible()

  const csv = [
    'firstName;lastName;alias;domain;usageLocation;licence',
    `Ok;Honnête;ok.${run};${standard.defaultDomain};FR;`,
    `Perdu;Honnête;perdu.${run};${standard.defaultDomain};FR;`,
    `Refusé;Honnête;refuse.${run};${standard.defaultDomain};FR;`,
  ].join('\r\n')
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'honnete.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await dialog.getByRole('button', { name: 'Import the users' }).click()

  await expect(dialog.getByRole('status').filter({ hasText: '2 of 3 rows imported' })).toBeVisible({ timeout: 20_000 })
  await expect(dialog.getByText('Nothing was imported')).toHaveCount(0)
  const rows = dialog.getByRole('region', { name: 'What each row came to' }).getByRole('row')
  for (const [line, name, alias] of [
    ['Row 2', 'Ok Honnête', 'ok'],
    ['Row 3', 'Perdu Honnête', 'perdu'],
  ] as const) {
    await expect(rows.filter({ hasText: line })).toContainText(`${name} (${address(alias)})`)
    await expect(rows.filter({ hasText: line })).toContainText('Imported')
  }
  const refused = rows.filter({ hasText: 'Row 4' })
  await expect(refused).toContainText(address('refuse'))
  await expect(refused).toContainText('Not imported')
  await expect(refused).toContainText('Microsoft 365 refused this: Too many requests')
  await expectNoSeriousA11yViolations(page)

  // Each created once, the refused one not at all.
  const { users } = await graph.tenant(standard.id)
  for (const [alias, count] of [
    ['ok', 1],
    ['perdu', 1],
    ['refuse', 0],
  ] as const)
    expect(users.filter(u => u.userPrincipalName === address(alias))).toHaveLength(count)
  const steps = (await graph.requests()).filter(
    r =>
      r.inBatch !== null && (r.body as { userPrincipalName?: string } | null)?.userPrincipalName === address('perdu'),
  )
  expect(steps.map(r => r.status)).toEqual([504, 400])

  // The created rows are in the list behind the dialog.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('searchbox', { name: 'Search users' }).fill('Honnête')
  await expect(
    page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: 'Perdu Honnête' }),
  ).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: 'Refusé Honnête' }),
  ).toHaveCount(0)
})
