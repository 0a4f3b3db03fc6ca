import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { fillAddressAndAgreement } from './provisioning'
import { expectNoSeriousA11yViolations } from './support'

/**
 * After a users import, the temporary passwords are offered once as a file and a sheet, then
 * forgotten (UX review H2).
 */

async function importTwoUsers(page: Page): Promise<void> {
  await page.goto('/tenants/tenant-lemoine/users')
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  const rows = [
    'firstName,lastName,alias,domain,usageLocation,licence',
    'Nadia,Ben Amar,nadia.benamar,transports-lemoine.fr,FR,deskless-suite',
    '=Yves,Carré,yves.carre,transports-lemoine.fr,FR,',
  ]
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'chauffeurs.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
}

test('the imported users’ passwords come once as a CSV file and a printed sheet, then are gone', async ({ page }) => {
  await importTwoUsers(page)
  const handover = page.getByRole('dialog', { name: 'Temporary passwords' })
  await expect(handover).toContainText('2 users were created.')
  const table = handover.getByRole('table', { name: 'Temporary passwords' })
  await expect(table.getByRole('row')).toHaveCount(3)
  const nadia = table.getByRole('row', { name: /Nadia Ben Amar/ })
  await expect(nadia).toContainText('nadia.benamar@transports-lemoine.fr')
  const password = (await nadia.getByRole('cell').nth(2).innerText()).trim()
  expect(password).toMatch(/^[A-Za-z2-9]\S{15}$/)
  await expectNoSeriousA11yViolations(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    handover.getByRole('button', { name: 'Download as a CSV file' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('temporary-passwords.csv')
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
  expect(csv[0]).toBe('Name,User name,Temporary password')
  expect(csv).toContain(`Nadia Ben Amar,nadia.benamar@transports-lemoine.fr,${password}`)
  // A name that looks like a formula stays text in the spreadsheet.
  expect(csv.find(line => line.includes('yves.carre'))).toMatch(/^'=Yves Carré,yves\.carre@transports-lemoine\.fr,/)

  await handover.getByRole('button', { name: 'Print a sheet' }).click()
  await page.emulateMedia({ media: 'print' })
  const sheet = page.getByRole('region', { name: 'Temporary passwords: Transports Lemoine' })
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('nadia.benamar@transports-lemoine.fr')
  await expect(sheet).toContainText(password)
  await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await expect(sheet).toBeHidden()

  await handover.getByRole('button', { name: 'Done: forget the passwords' }).click()
  await expect(handover).toBeHidden()
  await expect(page.getByText('2 users imported.')).toBeVisible()
  // Forgotten: no trace of the password anywhere in the page, shown or hidden.
  const content = await page.content()
  for (const line of csv.slice(1)) expect(content).not.toContain(line.split(',').at(-1))
})

test('closing before the passwords were kept warns once, in French too', async ({ page }) => {
  await importTwoUsers(page)
  const handover = page.getByRole('dialog', { name: 'Temporary passwords' })
  await handover.getByRole('button', { name: 'Done: forget the passwords' }).click()
  await expect(handover.getByRole('status')).toContainText('You have neither downloaded nor printed these passwords.')
  await page.keyboard.press('Escape')
  await expect(handover).toBeHidden()

  await page.getByLabel('Language').selectOption({ label: 'Français' })
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importer des utilisateurs depuis un fichier CSV' })
  await dialog.getByLabel('Fichier CSV').setInputFiles({
    name: 'un.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('firstName,lastName,alias,domain,usageLocation\nLéa,Roux,lea.roux,transports-lemoine.fr,FR\n'),
  })
  await dialog.getByRole('button', { name: 'Importer les utilisateurs' }).click()
  const french = page.getByRole('dialog', { name: 'Mots de passe temporaires' })
  await expect(french).toContainText('1 utilisateur a été créé.')
  await expect(french.getByRole('button', { name: 'Télécharger en fichier CSV' })).toBeVisible()
})

test('a provisioned tenant comes with its first administrator, whose password its overview shows once', async ({
  page,
}) => {
  await page.goto('/tenants/new')
  await page.getByLabel('Company name').fill('Atelier Vernet')
  await page.getByLabel('Contact name').fill('Marc Vernet')
  await page.getByLabel('Contact e-mail').fill('marc@vernet.example')
  await page.getByLabel('Country').selectOption({ label: 'France' })
  await page.getByRole('button', { name: 'Next' }).click()
  await fillAddressAndAgreement(page)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByLabel('Seats for Standard Suite').fill('5')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create tenant' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Atelier Vernet' })).toBeVisible()
  const handover = page.getByRole('region', { name: 'Temporary passwords' })
  await expect(handover).toContainText('The tenant was created with its first administrator')
  const row = handover.getByRole('row', { name: /First administrator/ })
  await expect(row).toContainText('admin@atelier-vernet.microsoftonline.com')
  const password = (await row.getByRole('cell').nth(2).innerText()).trim()
  expect(password).toMatch(/^\S{16}$/)
  await expectNoSeriousA11yViolations(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    handover.getByRole('button', { name: 'Download as a CSV file' }).click(),
  ])
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv).toContain(`First administrator,admin@atelier-vernet.microsoftonline.com,${password}`)
  await handover.getByRole('button', { name: 'Done: forget the passwords' }).click()
  await expect(handover).toBeHidden()
  expect(await page.content()).not.toContain(password)

  // The administrator is one of the tenant's users, holding no licence.
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await expect(
    page.getByRole('region', { name: 'List of users' }).getByRole('row', { name: /Global Administrator/ }),
  ).toContainText('No licence')
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier Vernet' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Temporary passwords' })).toHaveCount(0)
})
