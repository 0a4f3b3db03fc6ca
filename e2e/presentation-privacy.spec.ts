import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { EVERY_ROUTE } from './everyRoute'

// Other clients' personal data, as the demo seeds them: each tenant's contact, e-mail and phone.
const CONTACTS = [
  ['Jean-Marc Dupré', 'jean-marc.dupre@dupre-boulangerie.fr', '+33 4 76 21 48 90'],
  ['secretariat@cabinet-tilleuls.fr', '+33 4 79 33 12 07'],
  ['Sébastien Lemoine', 's.lemoine@transports-lemoine.fr', '+33 4 74 82 55 10'],
  ['Hélène Mercier', 'h.mercier@sni-imprimerie.fr', '+33 1 48 57 63 20'],
  ['Laurent Rochat', 'l.rochat@rochat-fiduciaire.ch', '+41 22 731 58 40'],
  ['Patrick Lefèvre', 'garage@lefevre-auto.fr', '+33 4 79 62 30 15'],
  ['Thibault Garnier', 'direction@hotel-des-ecrins.fr', '+33 4 92 23 41 18'],
  ['Karim Benali', 'k.benali@nira-proprete.fr', '+33 4 78 60 27 34'],
].flat()

// Dupré's contact is also one of its users: the tenant's own directory (its users, its lists' members) still
// names its people, as the directory is what a technician demos; everywhere else the contact is masked.
const DIRECTORY_PAGE = /\/(users|exchange)$/
const DIRECTORY_PEOPLE = ['Jean-Marc Dupré', 'jean-marc.dupre@dupre-boulangerie.fr']

/**
 * What clients are billed, as numbers in either language's writing (495.00, 495,00), whatever the
 * currency: Dupré's mail migration (11 × 45.00), its half day of training (225.00), and the
 * partner's monthly billing of every client together.
 */
const AMOUNTS = [/(?<![\d.,])495[.,]00(?!\d)/, /(?<![\d.,])225[.,]00(?!\d)/, /2[,\u202f\u00a0 ]?414[.,]25/]

async function pageText(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return page.evaluate(() => document.body.innerText)
}

for (const language of ['English', 'Français'] as const) {
  test(`presentation mode keeps other clients' contacts and bills off every page, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/tenants/tenant-dupre')
    // Off, the contact and the bill are there: the sweep below looks for values that do show.
    await expect(page.getByText('jean-marc.dupre@dupre-boulangerie.fr')).toBeVisible()
    if (language === 'Français') {
      await page.getByLabel('Language').selectOption({ label: 'Français' })
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    }
    await page.getByRole('switch', { name: language === 'English' ? 'Presentation mode' : 'Mode présentation' }).check()
    await expect(
      page.getByText(language === 'English' ? 'Hidden during the demo' : 'Masqué pendant la démo').first(),
    ).toBeVisible()

    const leaks: string[] = []
    for (const path of EVERY_ROUTE) {
      await page.goto(path)
      const text = await pageText(page)
      for (const value of CONTACTS)
        if (text.includes(value) && !(DIRECTORY_PAGE.test(path) && DIRECTORY_PEOPLE.includes(value)))
          leaks.push(`${path}: ${value}`)
      for (const amount of AMOUNTS) if (amount.test(text)) leaks.push(`${path}: ${amount}`)
    }
    expect(leaks).toEqual([])
  })
}

test("the switch's hint speaks of the demo, not of margins", async ({ page }) => {
  await page.goto('/')
  const presentation = page.getByRole('switch', { name: 'Presentation mode' })
  await expect(presentation).toHaveAccessibleDescription(/demo in front of a prospect/)
  await expect(presentation).not.toHaveAccessibleDescription(/margin/i)
})
