import type { Download, Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { expectNoSeriousA11yViolations, STANDARD_TENANT } from './support'

const DESCRIPTION = 'Migration des boîtes IMAP du fournil'

function serviceRow(page: Page, description: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: description }) })
}

/** Opens a service row's actions menu and picks the item named `item` (each item is named for its service). */
async function rowAction(page: Page, description: string, item: string): Promise<void> {
  await serviceRow(page, description)
    .getByRole('button', { name: `Actions for ${description}` })
    .click()
  await page
    .getByRole('menu', { name: `Actions for ${description}` })
    .getByRole('menuitem', { name: item })
    .click()
}

function totals(page: Page) {
  return page.getByRole('region', { name: 'Totals of the services shown' })
}

async function csvRows(download: Download): Promise<Record<string, string>[]> {
  const text = await readFile(await download.path(), 'utf8')
  expect(text.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8').toBe(true)
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
}

/** Fills the record form of the tenant tab with a mail migration of 12 mailboxes at 45.50. */
async function recordMigration(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Record a service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a service' })
  await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: 'Mail migration' })
  await dialog.getByLabel('Source system').selectOption({ label: 'IMAP4' })
  await dialog.getByLabel('Description', { exact: true }).fill(DESCRIPTION)
  await dialog.getByLabel('Quantity', { exact: true }).fill('12')
  await expect(dialog.getByLabel('Unit', { exact: true })).toHaveValue('mailboxes')
  await dialog.getByLabel('Unit price (USD)').fill('45.50')
  await dialog.getByLabel('Technician').fill('Julien Marchand')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

test('a service recorded on a tenant shows on its Services tab and on the partner page, after a reload', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre')
  const sections = page.getByRole('navigation', { name: 'Tenant sections' })
  await sections.getByRole('link', { name: 'Services' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Services' })).toBeVisible()
  await recordMigration(page)

  const row = serviceRow(page, DESCRIPTION)
  await expect(row).toContainText('Quoted')
  await expect(row).toContainText('12 mailboxes')
  // 12 × 45.50 = 546.00
  await expect(row).toContainText('US$546.00')
  await page.reload()
  await expect(serviceRow(page, DESCRIPTION)).toContainText('US$546.00')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Services' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible()
  const partnerRow = serviceRow(page, DESCRIPTION)
  await expect(partnerRow.getByRole('link', { name: STANDARD_TENANT })).toBeVisible()
  await page.reload()
  await expect(serviceRow(page, DESCRIPTION)).toContainText('US$546.00')
  await expectNoSeriousA11yViolations(page)
})

test('an invalid service is refused field by field and nothing is recorded', async ({ page }) => {
  await page.goto('/tenants/tenant-tilleuls/services')
  // The tenant has one seeded service: the header row and its row.
  await expect(page.getByRole('row')).toHaveCount(2)
  await page.getByRole('button', { name: 'Record a service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a service' })
  await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: 'Office Pro deployment' })
  await dialog.getByLabel('Unit', { exact: true }).selectOption({ label: 'hours' })
  await dialog.getByLabel('Quantity', { exact: true }).fill('0')
  await dialog.getByLabel('Unit price (USD)').fill('12.345')
  await dialog.getByRole('button', { name: 'Save' }).click()

  await expect(dialog.getByLabel('Description', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('Describe the service.')).toBeVisible()
  await expect(dialog.getByText('Enter a quantity above zero.')).toBeVisible()
  await expect(
    dialog.getByText('A mail migration is counted in mailboxes, an Office Pro deployment in workstations.'),
  ).toBeVisible()
  await expect(dialog.getByText('Use at most 2 decimals (cents).')).toBeVisible()
  await expect(dialog.getByLabel('Unit price (USD)')).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  // What was typed is asked about before it is dropped (e2e/no-lost-forms.spec.ts).
  await page
    .getByRole('dialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click()
  await expect(dialog).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: 'Services' })).toBeVisible()
  await expect(page.getByRole('row')).toHaveCount(2)
})

test('a service moves only through the allowed steps, from quote to invoice', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/services')
  await recordMigration(page)
  const row = serviceRow(page, DESCRIPTION)
  const menu = page.getByRole('menu', { name: `Actions for ${DESCRIPTION}` })
  await row.getByRole('button', { name: `Actions for ${DESCRIPTION}` }).click()
  await expect(menu.getByRole('menuitem', { name: `Mark ${DESCRIPTION} as Delivered` })).toHaveCount(0)
  await page.keyboard.press('Escape')
  const steps = [
    ['Accept', 'Accepted'],
    ['Schedule', 'Scheduled'],
    ['Start', 'In progress'],
    ['Mark delivered', 'Delivered'],
    ['Mark invoiced', 'Invoiced'],
  ] as const
  for (const [action, status] of steps) {
    await row.getByRole('button', { name: `Actions for ${DESCRIPTION}` }).click()
    const step = menu.getByRole('menuitem', { name: `Mark ${DESCRIPTION} as ${status}` })
    await expect(step).toHaveText(action)
    await step.click()
    await expect(row.getByText(status, { exact: true })).toBeVisible()
  }
  // Invoiced is history: no further step, no edit, no deletion.
  await expect(row.getByRole('button')).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByText(`Service invoiced: ${DESCRIPTION}`)).toBeVisible()
  await expect(page.getByText('Status: Delivered → Invoiced')).toBeVisible()
})

test('filters narrow the partner page, totals follow, and the CSV export holds the rows shown', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/services')
  await recordMigration(page)
  await page.goto('/services')
  const count = page.getByRole('status').filter({ hasText: /services?\b/ })
  await expect(count).toHaveText('13 services')
  const allOneOff = await totals(page).getByRole('definition').first().textContent()
  const filters = page.getByRole('search', { name: 'Service filters' })

  await filters.getByLabel('Search tenants').fill('dupre')
  await expect(count).toHaveText('4 services of 13')
  await filters.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Mail migration' })
  await expect(count).toHaveText('2 services of 13')
  await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Quoted' })
  await expect(count).toHaveText('1 service of 13')
  await expect(totals(page).getByRole('definition').first()).toHaveText('US$546.00')
  await expect(totals(page).getByRole('definition').first()).not.toHaveText(allOneOff ?? '')
  await expect(totals(page).getByRole('definition').nth(1)).toHaveText('US$0.00')
  const breakdown = page.getByRole('region', { name: 'Totals by group' })
  await expect(breakdown.getByRole('row', { name: /Quoted/ })).toContainText('US$546.00')
  await breakdown.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Kind' })
  await expect(breakdown.getByRole('rowheader')).toHaveText(['Mail migration'])

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^services-\d{4}-\d{2}-\d{2}\.csv$/)
  const rows = await csvRows(download)
  expect(rows).toEqual([
    expect.objectContaining({
      tenant: STANDARD_TENANT,
      description: DESCRIPTION,
      kind: 'Mail migration',
      status: 'Quoted',
      quantity: '12',
      unit: 'mailboxes',
      'unit price': '45.50',
      amount: '546.00',
      currency: 'USD',
    }),
  ])

  // A period that ends before today leaves out the quote recorded today.
  await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' })
  await filters.getByRole('textbox', { name: 'To' }).fill('2000-01-01')
  await expect(page.getByText('No service matches these filters.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export to CSV' })).toBeDisabled()
})

test('presentation mode takes the partner-wide totals off the services page, and keeps the rows', async ({ page }) => {
  await page.goto('/services')
  await expect(totals(page)).toBeVisible()
  await page.getByRole('switch', { name: 'Presentation mode' }).check()
  await expect(totals(page)).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Totals by group' })).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /services?\b/ })).toHaveText('12 services')
})

test('cancelling a running maintenance contract ends it today: the row and the activity log say so', async ({
  page,
}) => {
  const contract = 'Contrat de maintenance des postes de la boulangerie'
  // The browser's day (Paris), written as its English (en-GB) interface writes a date.
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(new Date())
  await page.goto('/tenants/tenant-dupre/services')
  const row = serviceRow(page, contract)
  await rowAction(page, contract, `Mark ${contract} as Cancelled`)
  await expect(row.getByText('Cancelled', { exact: true })).toBeVisible()
  await expect(row.getByText(`Ended on ${today}`)).toBeVisible()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByText(`Ended on: none → ${today}`)).toBeVisible()
})

const MONTHLY = {
  English: {
    record: 'Record a service',
    kind: 'Kind',
    maintenance: 'Maintenance contract',
    billing: 'Billing',
    monthly: 'Monthly',
    unit: 'Unit',
    units: ['months', 'users'],
    oneMonth: '1 month',
    users: 'users',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: /Unit price/,
    save: 'Save',
    onePerMonth: 'A contract counted per month has a quantity of 1',
    perUser: '45 users',
  },
  Français: {
    record: 'Enregistrer une prestation',
    kind: 'Type',
    maintenance: 'Contrat de maintenance',
    billing: 'Facturation',
    monthly: 'Mensuelle',
    unit: 'Unité',
    units: ['mois', 'utilisateurs'],
    oneMonth: '1 mois',
    users: 'utilisateurs',
    description: 'Description',
    quantity: 'Quantité',
    unitPrice: /Prix unitaire/,
    save: 'Enregistrer',
    onePerMonth: 'Un contrat compté au mois a une quantité de 1',
    perUser: '45 utilisateurs',
  },
} as const

for (const language of ['English', 'Français'] as const) {
  test(`a monthly contract is counted per month or per user, not in days or hours, in ${language}`, async ({
    page,
  }) => {
    const text = MONTHLY[language]
    const description = `Support ${language}`
    await page.goto('/tenants/tenant-dupre/services')
    if (language === 'Français') await page.getByLabel('Language').selectOption({ label: 'Français' })
    await expect(serviceRow(page, 'Contrat de maintenance des postes de la boulangerie')).toContainText(text.oneMonth)

    await page.getByRole('button', { name: text.record }).click()
    const dialog = page.getByRole('dialog', { name: text.record })
    await dialog.getByLabel(text.kind, { exact: true }).selectOption({ label: text.maintenance })
    await dialog.getByLabel(text.billing).selectOption({ label: text.monthly })
    const unit = dialog.getByLabel(text.unit, { exact: true })
    await expect(unit).toHaveValue('months')
    // Billed monthly, only a month or a user is offered: no day, no hour.
    await expect(unit.getByRole('option')).toHaveText([...text.units])

    // Two "months" a month would bill the fee twice: the quantity says so, next to it.
    await dialog.getByLabel(text.description, { exact: true }).fill(description)
    await dialog.getByLabel(text.quantity, { exact: true }).fill('2')
    await dialog.getByLabel(text.unitPrice).fill('2.55')
    await dialog.getByRole('button', { name: text.save }).click()
    await expect(dialog.getByLabel(text.quantity, { exact: true })).toHaveAccessibleDescription(
      new RegExp(text.onePerMonth),
    )

    // Per user and month: 45 users at 2.55 a month.
    await unit.selectOption({ label: text.users })
    await dialog.getByLabel(text.quantity, { exact: true }).fill('45')
    await dialog.getByRole('button', { name: text.save }).click()
    await expect(dialog).toBeHidden()
    const row = serviceRow(page, description)
    await expect(row).toContainText(text.perUser)
    await expect(row).toContainText(text.monthly)
    await expect(row).toContainText(language === 'English' ? '114.75' : '114,75')
  })
}

for (const language of ['English', 'Français'] as const) {
  test(`each service's actions sit in one row menu, named for its service, worked by keyboard, in ${language}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    const contract = 'Contrat de maintenance des postes de la boulangerie'
    await page.goto('/tenants/tenant-dupre/services')
    if (language === 'Français') await page.getByLabel('Language').selectOption({ label: 'Français' })
    const [actions, names, edit] =
      language === 'English'
        ? [
            `Actions for ${contract}`,
            [
              `Mark ${contract} as Delivered`,
              `Mark ${contract} as Cancelled`,
              `Edit ${contract}`,
              `Delete ${contract}`,
            ],
            'Edit the service',
          ]
        : [
            `Actions pour ${contract}`,
            [
              `Passer ${contract} à l'état Livrée`,
              `Passer ${contract} à l'état Annulée`,
              `Modifier ${contract}`,
              `Supprimer ${contract}`,
            ],
            'Modifier la prestation',
          ]
    // One button per row, not a stack of them.
    const row = serviceRow(page, contract)
    await expect(row.getByRole('button')).toHaveCount(1)
    const button = row.getByRole('button', { name: actions })
    await expect(button).toHaveAttribute('aria-haspopup', 'menu')
    await expect(button).toHaveAttribute('aria-expanded', 'false')

    // The keyboard opens it on the first item, arrows move, Escape closes it back on its button.
    await button.focus()
    await page.keyboard.press('Enter')
    const menu = page.getByRole('menu', { name: actions })
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(menu.getByRole('menuitem')).toHaveCount(4)
    for (const [index, name] of names.entries())
      await expect(menu.getByRole('menuitem').nth(index)).toHaveAccessibleName(name)
    await expect(menu.getByRole('menuitem', { name: names[0] })).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(menu.getByRole('menuitem', { name: names[3] })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('menuitem', { name: names[0] })).toBeFocused()
    await expectNoSeriousA11yViolations(page)
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(button).toBeFocused()

    // Enter on an item does what it says: here, the edit form opens.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('menuitem', { name: names[2] })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: edit })).toBeVisible()
  })
}
