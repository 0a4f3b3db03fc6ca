import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

test('presentation mode is a top-bar switch the browser remembers', async ({ page }) => {
  await page.goto('/')
  const presentation = page.getByRole('switch', { name: 'Presentation mode' })
  await expect(presentation).not.toBeChecked()

  await presentation.check()
  await expect(presentation).toBeChecked()
  await expectNoSeriousA11yViolations(page)

  await page.reload()
  await expect(page.getByRole('switch', { name: 'Presentation mode' })).toBeChecked()

  await page.getByRole('switch', { name: 'Presentation mode' }).uncheck()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Presentation mode' })).not.toBeChecked()
})
