import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

/** Dark mode (issue 14, item 7): the system's choice by default, a switch in Settings kept in this browser. */

function pageBackground(page: Page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor)
}

const DARK = 'rgb(31, 31, 31)' // Fluent's web-dark colorNeutralBackground2
const LIGHT = 'rgb(250, 250, 250)' // web-light's

test('the console follows the system: dark when it asks for dark, light otherwise', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/tenants')
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
  expect(await pageBackground(page)).toBe(DARK)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await pageBackground(page)).toBe(LIGHT)
})

test('Settings chooses light or dark whatever the system says, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/settings')
  const appearance = page.getByRole('group', { name: 'Appearance' })
  await expect(appearance.getByRole('radio', { name: 'As the system' })).toBeChecked()

  await appearance.getByRole('radio', { name: 'Light' }).check()
  expect(await pageBackground(page)).toBe(LIGHT)
  await page.reload()
  await expect(page.getByRole('group', { name: 'Appearance' }).getByRole('radio', { name: 'Light' })).toBeChecked()
  expect(await pageBackground(page)).toBe(LIGHT)

  // Arrow keys move and choose, as a radio group should.
  await page.getByRole('group', { name: 'Appearance' }).getByRole('radio', { name: 'Light' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('group', { name: 'Appearance' }).getByRole('radio', { name: 'Dark' })).toBeChecked()
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await pageBackground(page)).toBe(DARK)

  await page.getByRole('group', { name: 'Appearance' }).getByRole('radio', { name: 'As the system' }).check()
  expect(await pageBackground(page)).toBe(LIGHT)
})

test('the dashboard charts redraw in the dark theme’s colours', async ({ page }) => {
  await page.goto('/')
  const chart = page.getByRole('img', { name: /Seats by offer/i })
  await expect(chart).toBeVisible()
  // The canvas's own pixels (not the page behind them): they change only if the chart is drawn again.
  const pixels = () => chart.evaluate(canvas => (canvas as HTMLCanvasElement).toDataURL())
  await expect.poll(pixels).toMatch(/^data:image\/png/)
  const light = await pixels()
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(pixels).not.toBe(light)
})
