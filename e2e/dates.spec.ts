import type { Browser } from '@playwright/test'
import { expect, test } from '@playwright/test'

/**
 * Date fields show and read dates in the console's language, not the browser's (UX review L8): a
 * French console on an English browser writes 07/12/2026, never 12/07/2026.
 */

async function frenchConsoleOn(browser: Browser, browserLocale: string) {
  const context = await browser.newContext({ locale: browserLocale })
  const page = await context.newPage()
  await page.goto('/settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' })
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
  return page
}

const todayIn = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())

test('a French console on a US English browser writes and reads day/month/year', async ({ browser }) => {
  const page = await frenchConsoleOn(browser, 'en-US')
  await page.goto('/quotes/new')
  const created = page.getByLabel('Date du devis')
  await expect(created).toHaveValue(todayIn('fr'))
  await expect(created).toHaveAccessibleDescription(/jj\/mm\/aaaa/)
  const validUntil = page.getByLabel("Valable jusqu'au")
  await validUntil.fill('5.1.27')
  await validUntil.blur()
  await expect(validUntil).toHaveValue('05/01/2027')
  await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'English' })
  // The same date, now as US English writes it (the browser's region for the console's language).
  await expect(page.getByLabel('Valid until')).toHaveValue('01/05/2027')
  await expect(page.getByLabel('Valid until')).toHaveAccessibleDescription(/mm\/dd\/yyyy/)
})

test('a date filter says when what was typed is no date, and filters once it is one', async ({ browser }) => {
  const page = await frenchConsoleOn(browser, 'en-GB')
  await page.goto('/activity')
  const from = page.getByLabel('Du', { exact: true })
  await from.fill('31/02/2026')
  await from.blur()
  await expect(from).toHaveAttribute('aria-invalid', 'true')
  await expect(from).toHaveAccessibleDescription(/Ce n'est pas une date : saisissez-la sous la forme jj\/mm\/aaaa\./)
  // A day far ahead: nothing in the log is that late.
  await from.fill('01/01/2099')
  await from.blur()
  await expect(from).toHaveAttribute('aria-invalid', 'false')
  await expect(page.getByRole('button', { name: 'Exporter en CSV' })).toBeDisabled()
  await page.reload()
  await expect(page.getByLabel('Du', { exact: true })).toHaveValue(/^(01\/01\/2099)?$/)
})
