import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { SEEDED_TENANT_COUNT, expectNoSeriousA11yViolations, tenantCount, tenantTable } from './support'

/** A day so many days before today, as a date field writes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}

function activityCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /changes?\b/ })
}

test('the quote list sorts by any column, says how in aria-sort, and keeps it in the address', async ({ page }) => {
  await page.goto('/quotes')
  const table = page.getByRole('table', { name: 'Quotes' })
  await expect(table.getByRole('row')).not.toHaveCount(0)
  const prospect = table.getByRole('columnheader', { name: 'Prospect' })
  await prospect.getByRole('button', { name: 'Prospect' }).click()
  await expect(prospect).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=prospect/)
  const names = async () => table.getByRole('rowheader').allTextContents()
  const ascending = await names()
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })))

  await prospect.getByRole('button', { name: 'Prospect' }).click()
  await expect(prospect).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/dir=descending/)
  await page.reload()
  await expect(table.getByRole('columnheader', { name: 'Prospect' })).toHaveAttribute('aria-sort', 'descending')
  expect(await names()).toEqual([...ascending].reverse())
  await expectNoSeriousA11yViolations(page)

  // By number: the order they were given in.
  await table.getByRole('columnheader', { name: 'No.' }).getByRole('button', { name: 'No.' }).click()
  await expect(table.getByRole('columnheader', { name: 'No.' })).toHaveAttribute('aria-sort', 'ascending')
  const numbers: string[] = []
  for (const row of await table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .all())
    numbers.push(await row.getByRole('cell').first().innerText())
  expect(numbers.length).toBeGreaterThan(1)
  expect(numbers).toEqual([...numbers].sort())
})

test('the services ledger sorts by amount across its pages, the largest first', async ({ page }) => {
  await page.goto('/services')
  const amount = page.getByRole('columnheader', { name: 'Amount' })
  await amount.getByRole('button').click()
  await amount.getByRole('button').click()
  await expect(amount).toHaveAttribute('aria-sort', 'descending')
  const amounts = await page
    .getByRole('table')
    .getByRole('row')
    .evaluateAll(rows => rows.slice(1).map(row => Number((row.children[5]?.textContent ?? '').replace(/[^\d.]/g, ''))))
  expect(amounts.length).toBeGreaterThan(1)
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
})

test('a tenant list with no match offers to clear its filters', async ({ page }) => {
  await page.goto('/tenants?q=no+such+company&offer=deskless-suite')
  await expect(page.getByText('No tenant matches this search and these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
  await expect(page.getByLabel('Search tenants')).toHaveValue('')
  await expect(page).not.toHaveURL(/offer=/)
})

test('a tenant name cut off in the list shows whole on hover and on keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 })
  await page.goto('/tenants')
  const name = "Association d'Aide à Domicile du Grésivaudan"
  const link = tenantTable(page).getByRole('link', { name })
  await expect(link).toBeVisible()
  // Too long for its column: the link's text is cut with an ellipsis.
  expect(await link.evaluate(element => element.scrollWidth > element.clientWidth)).toBe(true)
  // The whole name shows a second time, in the tooltip (for the eye: a screen reader reads the link whole).
  const shown = page.getByText(name, { exact: true })
  await expect(shown).toHaveCount(1)
  await link.focus()
  await expect(shown).toHaveCount(2)
  await expect(shown.nth(1)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(shown).toHaveCount(1)
  await link.hover()
  await expect(shown).toHaveCount(2)
})

test('the activity log filters by date, keeps the days in the address, and clears them', async ({ page }) => {
  await page.goto('/activity')
  await expect(activityCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} changes`)
  await page.getByLabel('From').fill(daysAgo(30))
  await expect(activityCount(page)).toHaveText(`2 changes of ${SEEDED_TENANT_COUNT}`)
  await page.getByLabel('To').fill(daysAgo(20))
  await expect(activityCount(page)).toHaveText(`1 change of ${SEEDED_TENANT_COUNT}`)
  await expect(page.getByRole('link', { name: 'Architectes Aubert & Nguyen' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`from=${daysAgo(30)}&to=${daysAgo(20)}`))

  await page.reload()
  // Shown as the console's English writes it in this browser (en-GB): day/month/year.
  await expect(page.getByLabel('To')).toHaveValue(daysAgo(20).split('-').reverse().join('/'))
  await expect(activityCount(page)).toHaveText(`1 change of ${SEEDED_TENANT_COUNT}`)

  await page.getByLabel('From').fill(daysAgo(19))
  await expect(page.getByText('No change matches these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(activityCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} changes`)
  await expect(page.getByLabel('From')).toHaveValue('')
})

test("a tenant's users sort by sign-in address, and the order stays in the address", async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  const table = page.getByRole('region', { name: 'List of users' }).getByRole('table')
  const header = table.getByRole('columnheader', { name: 'User name' })
  await header.getByRole('button', { name: 'User name' }).click()
  await header.getByRole('button', { name: 'User name' }).click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=userName&dir=descending/)
  const addresses = await table
    .getByRole('row')
    .evaluateAll(rows => rows.slice(1).map(row => (row.children[2]?.textContent ?? '').trim()))
  expect(addresses.length).toBeGreaterThan(1)
  expect(addresses).toEqual(
    [...addresses].sort((a, b) => b.localeCompare(a, 'fr', { sensitivity: 'base', numeric: true })),
  )
})
