import type { Download, Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { SEEDED_TENANT_COUNT, tenantCount } from './support'

// A handful of the hostile-input catalogue (src/backends/hostileInputs) typed into the real forms:
// each refusal shows its message beside the field and stores nothing; a formula is stored as text
// and neutralised in the CSV export.

const HIDDEN_MESSAGE = /Remove the invisible or control characters from this text/

async function openProvisioning(page: Page): Promise<void> {
  await page.goto('/tenants')
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
  await page.getByRole('link', { name: 'Provision a tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Provision a tenant' })).toBeVisible()
}

async function fillCompany(page: Page, companyName: string): Promise<void> {
  await page.getByLabel('Company name').fill(companyName)
  await page.getByLabel('Contact name').fill('Sophie Martin')
  await page.getByLabel('Contact e-mail').fill('sophie.martin@example.fr')
  await page.getByLabel('Country').selectOption({ label: 'France' })
  await page.getByLabel("Users' language").selectOption('fr')
  await page.getByRole('button', { name: 'Next' }).click()
}

/** The provisioning form kept the person on its first step, and the tenant list is as seeded. */
async function expectNothingProvisioned(page: Page): Promise<void> {
  await expect(page.getByLabel('Company name')).toBeVisible()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  // The form guards what was typed: leaving is the person's choice.
  await page
    .getByRole('dialog', { name: 'Leave this page?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click()
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
}

test('a right-to-left override in a company name is refused beside the field, and nothing is stored', async ({
  page,
}) => {
  await openProvisioning(page)
  await fillCompany(page, 'Acme \u202Egnp.exe')
  const field = page.getByLabel('Company name')
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText(HIDDEN_MESSAGE)).toBeVisible()
  await expectNothingProvisioned(page)
})

test('a 10,000-character company name is refused with its limit, and nothing is stored', async ({ page }) => {
  await openProvisioning(page)
  await fillCompany(page, 'x'.repeat(10_000))
  await expect(page.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Keep the company name to 64 characters or fewer.')).toBeVisible()
  await expectNothingProvisioned(page)
})

async function openServices(page: Page): Promise<void> {
  await page.goto('/tenants/tenant-dupre')
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Services' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Services' })).toBeVisible()
}

async function recordTraining(page: Page, description: string) {
  await page.getByRole('button', { name: 'Record a service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a service' })
  await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: 'Training' })
  await dialog.getByLabel('Description', { exact: true }).fill(description)
  await dialog.getByLabel('Quantity', { exact: true }).fill('1')
  await dialog.getByLabel('Unit price (USD)').fill('100')
  await dialog.getByRole('button', { name: 'Save' }).click()
  return dialog
}

async function csvRows(download: Download): Promise<Record<string, string>[]> {
  const text = await readFile(await download.path(), 'utf8')
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
}

test('a zero-width space in a service description is refused beside the field, and nothing is stored', async ({
  page,
}) => {
  await openServices(page)
  // Dupré's seeded services, read once the table shows them.
  const descriptions = page.getByRole('table').getByRole('rowheader')
  await expect(descriptions.first()).toBeVisible()
  const before = await descriptions.allTextContents()
  const dialog = await recordTraining(page, 'Formation\u200B Outlook')
  await expect(dialog.getByLabel('Description', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText(HIDDEN_MESSAGE)).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.reload()
  await expect(descriptions.first()).toBeVisible()
  await expect(descriptions).toHaveText(before)
})

test('a formula-leading service description is stored as text and neutralised in the CSV export', async ({ page }) => {
  const formula = '=HYPERLINK("http://evil.example","Open")'
  await openServices(page)
  await expect(await recordTraining(page, formula)).toBeHidden()
  await expect(page.getByRole('rowheader', { name: formula })).toBeVisible()

  await page.goto('/services')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to CSV' }).click()
  const rows = await csvRows(await downloading)
  const descriptions = rows.map(row => row.description)
  expect(descriptions).toContain(`'${formula}`)
  expect(descriptions).not.toContain(formula)
})
