import { expect, test, type Page } from '@playwright/test'
import { EVERY_ROUTE, SEEDED_TENANT_PATH } from './everyRoute'
import { expectNoSeriousA11yViolations } from './support'

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
async function sidewaysOverflow(page: Page, width: number): Promise<number> {
  return page.evaluate(w => document.documentElement.scrollWidth - Math.min(window.innerWidth, w), width)
}

async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Let the data that follows the heading render before measuring.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

const screens = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
]

for (const screen of screens) {
  test.describe(`on a ${screen.name} (${screen.viewport.width}×${screen.viewport.height})`, () => {
    test.use({ viewport: screen.viewport, isMobile: screen.isMobile, hasTouch: screen.hasTouch })

    for (const path of EVERY_ROUTE) {
      test(`${path} doesn't scroll sideways and axe finds no serious issue`, async ({ page }) => {
        await page.goto(path)
        await settled(page)
        expect(await sidewaysOverflow(page, screen.viewport.width)).toBeLessThanOrEqual(0)
        await expectNoSeriousA11yViolations(page)
      })
    }

    test('the menu button opens the navigation, and choosing a page closes it', async ({ page }) => {
      await page.goto('/')
      await settled(page)
      const menu = page.getByRole('button', { name: 'Menu' })
      const nav = page.getByRole('navigation', { name: 'Main navigation' })
      await expect(menu).toHaveAttribute('aria-expanded', 'false')
      await expect(nav).toBeHidden()

      await menu.click()
      await expect(menu).toHaveAttribute('aria-expanded', 'true')
      await expect(nav).toBeVisible()
      await nav.getByRole('link', { name: 'Quotes' }).click()

      await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible()
      await expect(menu).toHaveAttribute('aria-expanded', 'false')
      await expect(nav).toBeHidden()
      // The chosen link is gone from view: the person starts at the new page's content.
      await expect(page.getByRole('main')).toBeFocused()
    })

    test('a dialog fits the screen, and touch targets are at least 44 px high', async ({ page }) => {
      await page.goto('/baselines')
      await settled(page)
      await page.getByRole('button', { name: 'Delete SMB secure default' }).click()
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      const box = await dialog.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(screen.viewport.width)
      expect(box!.y + box!.height).toBeLessThanOrEqual(screen.viewport.height)
      for (const button of await dialog.getByRole('button').all()) {
        expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44)
      }
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog).toBeHidden()

      await page.goto(`${SEEDED_TENANT_PATH}/users`)
      await settled(page)
      const targets = [
        page.getByRole('button', { name: 'Menu' }),
        page.getByLabel('Language'),
        ...(await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link').all()),
      ]
      for (const target of targets) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    })

    test('Escape closes the menu and gives focus back to its button', async ({ page }) => {
      await page.goto('/tenants')
      await settled(page)
      const menu = page.getByRole('button', { name: 'Menu' })
      await menu.focus()
      await page.keyboard.press('Enter')
      const nav = page.getByRole('navigation', { name: 'Main navigation' })
      await expect(nav).toBeVisible()
      await nav.getByRole('link', { name: 'Dashboard' }).focus()
      await page.keyboard.press('Escape')
      await expect(nav).toBeHidden()
      await expect(menu).toHaveAttribute('aria-expanded', 'false')
      await expect(menu).toBeFocused()
    })
  })
}

test('on a desktop the navigation stays open and there is no menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await settled(page)
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden()
})
