import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'

/** The demo partner's seeded tenants, as a person reads them in the list. */
export const SEEDED_TENANT_COUNT = 12
export const DESKLESS_ONLY_TENANT = 'Hôtel des Écrins'
export const STANDARD_TENANT = 'Boulangerie Dupré & Fils'

/** Fails on any serious or critical accessibility violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = results.violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      violation =>
        `${violation.id}: ${violation.help} (${violation.nodes.map(node => node.target.join(' ')).join(', ')})`,
    )
  expect(serious).toEqual([])
}

/** The tenant list's count line, e.g. "12 tenants". */
export function tenantCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /tenants?\b|clients?\b/ })
}

export function tenantTable(page: Page) {
  return page.getByRole('region', { name: /client tenants|clients/i }).getByRole('table')
}

/** Answers yes to "Share more widely…?", the question widening a tenant's external sharing asks first. */
export async function confirmWiderSharing(page: Page): Promise<void> {
  await page
    .getByRole('dialog', { name: /Share more widely/ })
    .getByRole('button', { name: 'Widen sharing' })
    .click()
}

/**
 * Chooses a wider external sharing level and confirms it. A click, not `check()`: the level only stays chosen once
 * the question is answered, which `check()` would want at once.
 */
export async function widenSharing(page: Page, level: string): Promise<void> {
  await page.getByRole('group', { name: 'External sharing' }).getByRole('radio', { name: level }).click()
  await confirmWiderSharing(page)
}
