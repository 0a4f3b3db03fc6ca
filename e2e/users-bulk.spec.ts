import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

/** Bulk user actions (issue 14, item 6): tick users, act on them all, see each user's outcome. */

function userList(page: Page) {
  return page.getByRole('region', { name: 'List of users' })
}

/** The tick box of the list's n-th user (0 is the first user, under the header row). */
function tickBox(page: Page, n: number) {
  return userList(page)
    .getByRole('row')
    .nth(n + 1)
    .getByRole('checkbox')
}

async function rowName(page: Page, n: number): Promise<string> {
  return (
    await userList(page)
      .getByRole('row')
      .nth(n + 1)
      .getByRole('button')
      .innerText()
  ).trim()
}

test('shift-click ticks a range; blocking them says so per user and shows in the list and the log', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/users')
  await tickBox(page, 0).click()
  await tickBox(page, 2).click({ modifiers: ['Shift'] })
  const bar = page.getByRole('toolbar', { name: 'Actions on the selected users' })
  await expect(bar.getByRole('status')).toHaveText('3 users selected')
  await expect(tickBox(page, 1)).toBeChecked()
  await expect(tickBox(page, 3)).not.toBeChecked()
  const names = [await rowName(page, 0), await rowName(page, 1), await rowName(page, 2)]

  await bar.getByRole('button', { name: 'Block sign-in', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Block sign-in for 3 users' })
  await expect(dialog).toContainText('3 users will no longer be able to sign in.')
  await expectNoSeriousA11yViolations(page)
  await dialog.getByRole('button', { name: 'Block sign-in', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('3 users changed.')).toBeVisible()
  for (const n of [0, 1, 2])
    await expect(
      userList(page)
        .getByRole('row')
        .nth(n + 1),
    ).toContainText('Blocked')
  await expect(userList(page).getByRole('row').nth(4)).toContainText('Allowed')

  // Blocking again: already so, nothing to change.
  await bar.getByRole('button', { name: 'Block sign-in', exact: true }).click()
  await page
    .getByRole('dialog', { name: 'Block sign-in for 3 users' })
    .getByRole('button', { name: 'Block sign-in', exact: true })
    .click()
  await expect(page.getByText('No user needed changing.')).toBeVisible()

  await page.reload()
  await expect(userList(page).getByRole('row').nth(1)).toContainText('Blocked')
  await page.goto('/tenants/tenant-dupre/activity')
  for (const name of names) await expect(page.getByText(name).first()).toBeVisible()
})

test('a licence for more users than seats are left changes nobody and names who is short', async ({ page }) => {
  // Transports Lemoine: 24 of its 25 Standard Suite licences are assigned, 1 left.
  await page.goto('/tenants/tenant-lemoine/users')
  await expect(page.getByText('24 of 25 Standard Suite licences assigned, 1 left')).toBeVisible()
  await page.getByRole('search').getByLabel('Licence').selectOption({ label: 'Deskless Worker Suite' })
  await tickBox(page, 0).click()
  await tickBox(page, 2).click({ modifiers: ['Shift'] })
  const shortOf = [await rowName(page, 1), await rowName(page, 2)]
  await page.getByRole('button', { name: 'Change licence…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Change the licence of 3 users' })
  await dialog.getByLabel('New licence').selectOption({ label: 'Standard Suite (1 seats left)' })
  await dialog.getByRole('button', { name: 'Change the licence' }).click()

  await expect(dialog.getByRole('alert')).toHaveText(
    'Nothing was changed: 2 users can’t take this change.'.replace('’', "'"),
  )
  const refused = dialog.getByRole('region', { name: "Users who can't take this change" })
  for (const name of shortOf)
    await expect(refused.getByRole('row', { name: new RegExp(name) })).toContainText(
      'Not enough Standard Suite licences',
    )
  await expectNoSeriousA11yViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('24 of 25 Standard Suite licences assigned, 1 left')).toBeVisible()

  // With one user ticked it fits, and the seat is taken.
  await page.getByRole('button', { name: 'Clear selection' }).click()
  await tickBox(page, 0).click()
  await page.getByRole('button', { name: 'Change licence…' }).click()
  const one = page.getByRole('dialog', { name: 'Change the licence of 1 user' })
  await one.getByLabel('New licence').selectOption({ label: 'Standard Suite (1 seats left)' })
  await one.getByRole('button', { name: 'Change the licence' }).click()
  await expect(one).toBeHidden()
  await expect(page.getByText('25 of 25 Standard Suite licences assigned, none left')).toBeVisible()
})

test('turning a service on for users whose licence lacks it is refused whole', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await page.getByRole('search').getByLabel('Licence').selectOption({ label: 'Deskless Worker Suite' })
  await userList(page)
    .getByRole('checkbox', { name: /^Select all \d+ matching users$/ })
    .check()
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('131 users selected')
  await page.getByRole('button', { name: 'Change services…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Change the services of 131 users' })
  await dialog.getByLabel('Office Communications Online').selectOption({ label: 'Turn on' })
  await dialog.getByRole('button', { name: 'Change the services' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Nothing was changed: 131 users')
})

test('reset passwords come once as a file; the selection exports as CSV', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/users')
  await tickBox(page, 0).click()
  await tickBox(page, 1).click()
  const first = await rowName(page, 0)
  await page.getByRole('button', { name: 'Reset passwords…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset the passwords of 2 users' })
  await dialog.getByRole('button', { name: 'Reset the passwords' }).click()
  const handover = page.getByRole('dialog', { name: 'Temporary passwords' })
  await expect(handover).toContainText('2 passwords were reset.')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    handover.getByRole('button', { name: 'Download as a CSV file' }).click(),
  ])
  const file = await readFile((await download.path())!, 'utf8')
  expect(file.split('\r\n')).toHaveLength(3)
  expect(file).toContain(first)
  await handover.getByRole('button', { name: 'Done: forget the passwords' }).click()
  await expect(handover).toBeHidden()

  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as CSV' }).click(),
  ])
  const csv = await readFile((await exported.path())!, 'utf8')
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
  expect(lines[0]).toBe(
    'First name,Last name,Display name,User name,Usage location,Licence,Sign-in,Exchange Online,SharePoint Online,Office Communications Online,Office Live Meeting,Created',
  )
  expect(lines).toHaveLength(3)
  expect(lines[1]).toContain(',Standard Suite,Allowed,On,On,')
})
