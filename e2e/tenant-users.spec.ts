import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

function userList(page: Page) {
  return page.getByRole('region', { name: 'List of users' })
}

async function openUser(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(name)
  await userList(page).getByRole('button', { name }).click()
  return page.getByRole('region', { name })
}

test('a user added to Boulangerie Dupré takes its last licence and is still there after a reload', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre')
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await expect(page.getByText('11 of 12 Standard Suite licences assigned, 1 left')).toBeVisible()

  await page.getByRole('button', { name: 'Add a user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a user' })
  await dialog.getByLabel('First name').fill('Élise')
  await dialog.getByLabel('Last name').fill('Marchal')
  await dialog.getByLabel('User name').fill('Elise.Marchal')
  await expect(dialog.getByLabel('Domain')).toHaveValue('dupre-boulangerie.fr')
  await expect(dialog.getByLabel('Usage location')).toHaveValue('FR')
  await dialog.getByLabel('Licence').selectOption({ label: 'Standard Suite (1 left)' })
  await dialog.getByRole('button', { name: 'Add the user' }).click()
  await expect(dialog).toBeHidden()
  // The new user's temporary password, to hand over: shown once.
  const password = page.getByRole('dialog', { name: 'Temporary password' })
  await expect(password).toContainText('Give this password to Élise Marchal')
  await expect(password.getByRole('textbox', { name: 'Temporary password' })).toHaveValue(/^\S{16}$/)
  await password.getByRole('button', { name: 'Done' }).click()
  await expect(password).toBeHidden()
  await expect(page.getByText('12 of 12 Standard Suite licences assigned, none left')).toBeVisible()

  await page.reload()
  const detail = await openUser(page, 'Élise Marchal')
  await expect(detail).toContainText('elise.marchal@dupre-boulangerie.fr')
  await expect(detail).toContainText('Standard Suite')
  await expect(page.getByText('12 of 12 Standard Suite licences assigned, none left')).toBeVisible()

  // Taking the licence back frees the seat.
  await detail.getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Élise Marchal' })
  await expect(edit.getByLabel('User name')).toHaveValue('elise.marchal')
  await edit.getByLabel('Licence').selectOption({ label: 'No licence' })
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(edit).toBeHidden()
  await expect(detail).toContainText('No licence')
  await expect(page.getByText('11 of 12 Standard Suite licences assigned, 1 left')).toBeVisible()
})

test('a licence past the seats is refused with how many are left, and nobody is created', async ({ page }) => {
  // Librairie Saint-Gilles has assigned all 9 of its Exchange Online licences.
  await page.goto('/tenants/tenant-saint-gilles/users')
  await expect(page.getByText('9 of 9 Exchange Online licences assigned, none left')).toBeVisible()
  await page.getByRole('button', { name: 'Add a user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a user' })
  await dialog.getByLabel('First name').fill('Luc')
  await dialog.getByLabel('Last name').fill('Peeters')
  await dialog.getByLabel('User name').fill('luc.peeters')
  await dialog.getByLabel('Licence').selectOption({ label: 'Exchange Online (no licence left)' })
  await dialog.getByRole('button', { name: 'Add the user' }).click()

  const message =
    'Not enough Exchange Online licences: 0 of 9 left. Add seats to the subscription or choose another licence.'
  await expect(dialog.getByLabel('Licence')).toHaveAccessibleDescription(message)
  await expect(dialog.getByLabel('Licence')).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  // What was typed is asked about before it is dropped (e2e/no-lost-forms.spec.ts).
  await page
    .getByRole('dialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click()

  await page.reload()
  await page.getByRole('searchbox', { name: 'Search users' }).fill('peeters')
  await expect(page.getByText('No user matches this search.')).toBeVisible()
  await expect(page.getByText('9 of 9 Exchange Online licences assigned, none left')).toBeVisible()
})

test('a CSV file with one bad row imports nothing and names the row; fixed, it imports whole', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await expect(page.getByText('131 of 140 Deskless Worker Suite licences assigned, 9 left')).toBeVisible()
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  await expect(dialog.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute(
    'download',
    'users-template.csv',
  )

  // Excel's French CSV: a BOM, semicolons, and a quoted name.
  const rows = [
    'firstName;lastName;alias;domain;usageLocation;licence',
    'Nadia;"Ben Amar";nadia.benamar;transports-lemoine.fr;FR;deskless-suite',
    'Yves;Carré;yves.carre;transports-lemoine.com;FR;deskless-suite',
  ]
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'chauffeurs.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${rows.join('\r\n')}`) })
  await dialog.getByRole('button', { name: 'Import the users' }).click()

  await expect(dialog.getByRole('alert')).toHaveText('Nothing was imported: 1 row needs fixing.')
  const report = dialog.getByRole('region', { name: 'Rows to fix' })
  await expect(report.getByRole('row', { name: /Row 3/ })).toContainText(
    "transports-lemoine.com is not one of this tenant's domains.",
  )
  await expect(report.getByRole('row', { name: /Row 2/ })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('searchbox', { name: 'Search users' }).fill('Ben Amar')
  await expect(page.getByText('No user matches this search.')).toBeVisible()
  await expect(page.getByText('131 of 140 Deskless Worker Suite licences assigned, 9 left')).toBeVisible()

  rows[2] = rows[2]!.replace('transports-lemoine.com', 'transports-lemoine.fr')
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'chauffeurs.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${rows.join('\r\n')}`) })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('2 users imported.')).toBeVisible()
  await expect(page.getByText('133 of 140 Deskless Worker Suite licences assigned, 7 left')).toBeVisible()
  await expect(userList(page).getByRole('button', { name: 'Nadia Ben Amar' })).toBeVisible()
})

test('blocking a user and resetting the password, shown once', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/tenants/tenant-dupre/users')
  const detail = await openUser(page, 'Jean-Marc Dupré')

  await detail.getByRole('button', { name: 'Block sign-in' }).click()
  await expect(detail.getByRole('button', { name: 'Unblock sign-in' })).toBeVisible()
  await expect(userList(page).getByRole('row', { name: /Jean-Marc Dupré/ })).toContainText('Blocked')

  await detail.getByRole('button', { name: 'Reset password' }).click()
  const dialog = page.getByRole('dialog', { name: 'Temporary password' })
  const field = dialog.getByLabel('Temporary password')
  await expect(field).toHaveValue(/^\S{16}$/)
  const password = await field.inputValue()
  expect(password).toMatch(/[A-Z]/)
  expect(password).toMatch(/\d/)
  await dialog.getByRole('button', { name: 'Copy' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  // Forgotten once closed: the closed dialog no longer holds it.
  await expect(page.getByRole('textbox', { name: 'Temporary password', includeHidden: true })).toHaveValue('')

  await page.reload()
  await expect(userList(page).getByRole('row', { name: /Jean-Marc Dupré/ })).toContainText('Blocked')
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Overview' }).click()
  const activity = page.getByRole('region', { name: 'Recent activity' })
  await expect(activity).toContainText('Password of Jean-Marc Dupré reset')
  await expect(activity).toContainText('Sign-in blocked for Jean-Marc Dupré')
})

test('a Deskless user of Transports Lemoine has only the services Deskless allows', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await page.getByRole('search').getByLabel('Licence').selectOption({ label: 'Deskless Worker Suite' })
  await expect(page.getByText('131 of 155 users')).toBeVisible()
  // The first user's name (the headers' sort buttons expand nothing).
  await userList(page).getByRole('button', { expanded: false }).first().click()
  const detail = page
    .getByRole('region', { name: /\w/ })
    .filter({ has: page.getByRole('heading', { name: 'Services' }) })

  await expect(detail.getByRole('switch')).toHaveCount(2)
  await expect(detail.getByRole('switch', { name: 'Exchange Online' })).toBeChecked()
  await expect(detail.getByRole('switch', { name: 'SharePoint Online' })).toBeChecked()
  await expect(detail.getByText('Outlook Web Access only, 500 MB mailbox.')).toBeVisible()
  await expect(detail.getByText("Read-only access to the company's sites.")).toBeVisible()
  await expect(detail.getByText('Not included in the Deskless Worker Suite licence.')).toHaveCount(6)
  await expect(detail.getByText('500 MB, fixed by the Deskless Worker Suite licence.')).toBeVisible()
  await expect(detail.getByLabel('Mailbox size (MB)')).toHaveCount(0)

  // A Standard Suite colleague has every service, and each mail protocol as a switch.
  await page.getByRole('search').getByLabel('Licence').selectOption({ label: 'Standard Suite' })
  const standard = await openUser(page, 'Sébastien Lemoine')
  await expect(standard.getByRole('switch')).toHaveCount(8)
  await expect(standard.getByLabel('Mailbox size (MB)')).toBeVisible()
})

test('the users page, its detail panel and its dialogs pass an accessibility scan', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await expect(page.getByRole('heading', { level: 2, name: 'Users' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await openUser(page, 'Sébastien Lemoine')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('button', { name: 'Add a user' }).click()
  await expect(page.getByRole('dialog', { name: 'Add a user' })).toBeVisible()
  await page.getByRole('dialog', { name: 'Add a user' }).getByRole('button', { name: 'Add the user' }).click()
  await expect(page.getByRole('dialog', { name: 'Add a user' }).getByText('Enter the first name.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('firstName,lastName,alias,domain,usageLocation\nA,B,a b,nowhere.fr,ZZ\n'),
  })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('a Deskless-only tenant has no users section to manage', async ({ page }) => {
  await page.goto('/tenants/tenant-ecrins/users')
  await expect(page.getByRole('region', { name: 'No application console.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add a user' })).toHaveCount(0)
})
