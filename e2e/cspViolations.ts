import type { Page } from '@playwright/test'

declare global {
  interface Window {
    cspViolations?: string[]
  }
}

/**
 * Records every Content-Security-Policy violation from the page's first script on, before the
 * console's own code runs; `cspViolations(page)` reads them.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', event => {
      window.cspViolations!.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}`)
    })
  })
}

export function cspViolations(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => window.cspViolations)
}
