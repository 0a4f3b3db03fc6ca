import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

// Whether a page holds still as its data arrive (layout shifts, as Lighthouse's CLS counts them) and never freezes
// the browser for long (long tasks). A moving page is a click that lands on something else.

declare global {
  interface Window {
    __layoutShift: { value: number; sources: string[] }[]
    __longTasks: number[]
  }
}

/** From the next page load on, records its layout shifts (those no input caused) and long tasks. */
export async function observeSteadiness(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShift = []
    window.__longTasks = []
    new PerformanceObserver(list => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
        sources: { node?: Node }[]
      })[]) {
        if (entry.hadRecentInput) continue
        const sources = entry.sources.map(source => (source.node?.textContent ?? '').trim().slice(0, 60))
        window.__layoutShift.push({ value: entry.value, sources })
      }
    }).observe({ type: 'layout-shift', buffered: true })
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration))
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** Waits until nothing is fetched and two more frames are painted, plus a moment for a late figure to land. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.waitForTimeout(500)
}

/** Once the page settled: its layout shifts add up to less than `maxCls`, and no task ran `maxLongTaskMs` or more. */
export async function expectSteady(page: Page, maxCls: number, maxLongTaskMs = Infinity): Promise<void> {
  await settle(page)
  const { shifts, longTasks } = await page.evaluate(() => ({
    shifts: window.__layoutShift,
    longTasks: window.__longTasks,
  }))
  const cls = shifts.reduce((total, shift) => total + shift.value, 0)
  test.info().annotations.push({ type: 'figures', description: `CLS ${cls.toFixed(4)}, long tasks ${longTasks}` })
  expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(maxCls)
  expect(Math.max(0, ...longTasks), `long tasks (ms): ${longTasks.join(', ')}`).toBeLessThan(maxLongTaskMs)
}
