import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, SEEDED_TENANT_COUNT, STANDARD_TENANT } from './support'

/** Today as the browser sees it (the tests run in Paris time), YYYY-MM-DD. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
const year = Number(today.slice(0, 4))

function figure(page: Page, title: string | RegExp): Locator {
  return page.getByRole('group', { name: 'Key figures' }).getByRole('region', { name: title })
}

/** An amount as the page writes it in English ("US$2,414.25"), in cents. */
function cents(text: string): number {
  const match = /-?[\d,]+\.\d{2}/.exec(text)
  if (!match) throw new Error(`No amount in "${text}"`)
  return Math.round(Number(match[0].replace(/,/g, '')) * 100)
}

/** The headline amount of a figure, in cents. */
async function headline(page: Page, title: string | RegExp): Promise<number> {
  return cents(await figure(page, title).getByRole('paragraph').first().innerText())
}

/** The amount a figure gives beside one of its labels ("Recurring fee  US$1,751.82"), in cents. */
async function line(page: Page, title: string | RegExp, label: string): Promise<number> {
  const text = await figure(page, title).innerText()
  const match = new RegExp(`${label}\\s+(\\S*?[\\d,]+\\.\\d{2})`).exec(text)
  if (!match) throw new Error(`No "${label}" amount in ${text}`)
  return cents(match[1]!)
}

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(figure(page, 'Tenants')).toBeVisible()
}

test('the dashboard is the home page: tenants by status, seats, billing, fees, services and what comes up', async ({
  page,
}) => {
  await openDashboard(page)
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(page).toHaveTitle('Dashboard · BPOS partner console')

  const tenants = figure(page, 'Tenants')
  await expect(tenants.getByRole('paragraph').first()).toHaveText(String(SEEDED_TENANT_COUNT))
  // The demo: nine paying clients, two trials, one trial that ended.
  expect(await tenants.innerText()).toMatch(/Active\s+9\s+Trial\s+2\s+Trial ended\s+1\s+Cancelled\s+0/)
  for (const title of [
    'Seats in service',
    'Monthly recurring billing',
    /^Fees this quarter \(Q[1-4] \d{4}\)$/,
    `Fees in ${year}`,
    'Next fee statement',
    `Services in ${year}`,
  ])
    await expect(figure(page, title)).toBeVisible()

  const upcoming = page.getByRole('region', { name: 'Renewals and trial ends in the next 90 days' })
  await expect(upcoming.getByRole('row', { name: /Crêperie du Vieux Moulin/ })).toContainText(
    'Standard Suite trial ends: 10 seats',
  )
  await expect(upcoming.getByRole('row', { name: /Association d'Aide à Domicile du Grésivaudan/ })).toContainText(
    'Deskless Worker Suite renews: 85 seats',
  )
  await expectNoSeriousA11yViolations(page)

  await upcoming.getByRole('link', { name: 'Crêperie du Vieux Moulin' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Crêperie du Vieux Moulin' })).toBeVisible()
  await expect(page).toHaveURL(/\/tenants\/tenant-vieux-moulin\/subscriptions$/)
  await expect(page.getByRole('region', { name: 'Standard Suite' })).toBeVisible()

  await page.getByRole('link', { name: 'BPOS partner console' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
})

/** The chart's nine quarters as its table names them: four before this one, this one, four after. */
function chartQuarters(): string[] {
  const current = year * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3)
  return [-4, -3, -2, -1, 0, 1, 2, 3, 4].map(offset => {
    const index = current + offset
    const name = `Q${(index % 4) + 1} ${Math.floor(index / 4)}`
    return offset === 0 ? `${name} (current)` : offset > 0 ? `${name} (forecast)` : name
  })
}

test('the charts draw fees by quarter and seats by offer, each beside a table of the same figures', async ({
  page,
}) => {
  await openDashboard(page)
  const fees = page.getByRole('region', { name: 'Fees and services by quarter' })
  const feeChart = fees.getByRole('img', { name: /^Bar chart of fees and services by quarter/ })
  await expect(feeChart).toBeVisible()
  await expect(fees.getByText('Drawing the chart…')).toHaveCount(0)
  // Chart.js has drawn something on the canvas.
  expect(
    await feeChart.evaluate((canvas: HTMLCanvasElement) =>
      canvas
        .getContext('2d')!
        .getImageData(0, 0, canvas.width, canvas.height)
        .data.some(byte => byte !== 0),
    ),
  ).toBe(true)

  const table = fees.getByRole('table', { name: 'Fees and services by quarter, in USD' })
  await expect(table.getByRole('rowheader')).toHaveText(chartQuarters())
  // The current quarter's row says what the "Fees this quarter" figure says.
  const current = table.getByRole('row', { name: /\(current\)/ })
  const cells = current.getByRole('cell')
  expect(cents(await cells.nth(0).innerText())).toBe(await line(page, /^Fees this quarter/, 'Sale fee'))
  expect(cents(await cells.nth(1).innerText())).toBe(await line(page, /^Fees this quarter/, 'Recurring fee'))

  const seats = page.getByRole('region', { name: 'Seats by offer' })
  await expect(seats.getByRole('img', { name: /^Bar chart of seats by offer/ })).toBeVisible()
  const seatTable = seats.getByRole('table', { name: 'Seats in service by offer' })
  await expect(seatTable.getByRole('row', { name: /Deskless Worker Suite/ })).toHaveText(
    /Deskless Worker Suite\s*433\s*5\s*438/,
  )
  const totals = await seatTable
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .evaluateAll(rows => rows.map(row => Number(row.lastElementChild!.textContent!.replace(/\D/g, ''))))
  await expect(figure(page, 'Seats in service').getByRole('paragraph').first()).toHaveText(
    String(totals.reduce((a, b) => a + b, 0)),
  )
  await expectNoSeriousA11yViolations(page)
})

test('the figures follow the ledger and the subscriptions: 3 more seats and a booked service move them by exactly that', async ({
  page,
}) => {
  await openDashboard(page)
  const billing = await headline(page, 'Monthly recurring billing')
  const recurring = await line(page, `Fees in ${year}`, 'Recurring fee')
  const sale = await line(page, `Fees in ${year}`, 'Sale fee')
  const booked = await line(page, `Services in ${year}`, 'Booked, one-off')
  const delivered = await line(page, `Services in ${year}`, 'Delivered, one-off')
  const seats = await figure(page, 'Seats in service').getByRole('paragraph').first().innerText()

  // The bakery's Standard Suite goes from 12 to 15 seats at $10.00.
  await page.goto('/tenants/tenant-dupre/subscriptions')
  const standard = page.getByRole('region', { name: 'Standard Suite' })
  await standard.getByLabel('Seats bought').fill('15')
  await standard.getByRole('button', { name: 'Change seats' }).click()
  await expect(standard).toContainText('11 / 15')

  // A migration of 12 mailboxes at $45.50, quoted today, then accepted: $546.00 booked.
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Services' }).click()
  await page.getByRole('button', { name: 'Record a service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a service' })
  await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: 'Mail migration' })
  await dialog.getByLabel('Source system').selectOption({ label: 'IMAP4' })
  await dialog.getByLabel('Description', { exact: true }).fill('Migration des boîtes du fournil')
  await dialog.getByLabel('Quantity', { exact: true }).fill('12')
  await dialog.getByLabel('Unit price (USD)').fill('45.50')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Actions for Migration des boîtes du fournil' }).click()
  await page.getByRole('menuitem', { name: 'Mark Migration des boîtes du fournil as Accepted' }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Migration des boîtes du fournil' })).toContainText('Accepted')

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(figure(page, 'Seats in service').getByRole('paragraph').first()).toHaveText(
    String(Number(seats.replace(/,/g, '')) + 3),
  )
  // 3 seats × $10.00 a month.
  expect(await headline(page, 'Monthly recurring billing')).toBe(billing + 3_000)
  // The 3 seats are a new sale today: 3 % of 3 × $10.00 × 12 = $10.80 an instalment, today and
  // every 3 months while the year lasts; and 6 % of $30.00 = $1.80 more for each month billed
  // on 15 seats this year (from the next month's first day, or this month's if today is the 1st).
  const [month, day] = [Number(today.slice(5, 7)), Number(today.slice(8, 10))]
  const instalmentsThisYear = Math.floor((12 - month) / 3) + 1
  const monthsBilledThisYear = 12 - month + (day === 1 ? 1 : 0)
  expect(await line(page, `Fees in ${year}`, 'Sale fee')).toBe(sale + instalmentsThisYear * 1_080)
  expect(await line(page, `Fees in ${year}`, 'Recurring fee')).toBe(recurring + monthsBilledThisYear * 180)
  expect(await line(page, `Services in ${year}`, 'Booked, one-off')).toBe(booked + 54_600)
  expect(await line(page, `Services in ${year}`, 'Delivered, one-off')).toBe(delivered)
})

test('in French, the dashboard speaks French and writes amounts the French way', async ({ page }) => {
  await openDashboard(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible()
  await expect(page).toHaveTitle('Tableau de bord · Console partenaire BPOS')
  const figures = page.getByRole('group', { name: 'Chiffres clés' })
  await expect(figures.getByRole('region', { name: 'Clients' })).toContainText('Essai terminé')
  await expect(figures.getByRole('region', { name: `Commissions en ${year}` })).toContainText('Commission récurrente')
  // French writes 2 414,25 $US: a comma before the cents, the currency after.
  await expect(
    figures.getByRole('region', { name: 'Facturation mensuelle récurrente' }).getByRole('paragraph').first(),
  ).toHaveText(/^[\d\s\u202F]+,\d{2}\s\$US$/)
  await expect(
    page.getByRole('region', { name: "Renouvellements et fins d'essai dans les 90 prochains jours" }),
  ).toContainText("Fin de l'essai Standard Suite : 10 licences")
  const feeTable = page.getByRole('table', { name: 'Commissions et prestations par trimestre, en USD' })
  await expect(feeTable.getByRole('rowheader')).toHaveText(
    chartQuarters().map(name =>
      name.replace('Q', 'T').replace('(current)', '(en cours)').replace('(forecast)', '(prévision)'),
    ),
  )
  await expect(page.getByRole('img', { name: /^Graphique en barres des licences par offre/ })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test("a tenant's overview says what it earns: the bakery's 12 seats at $10.00 bring 6 % a month all year", async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre')
  const earnings = page.getByRole('region', { name: 'What this tenant earns' })
  // Sold long ago: no sale-fee instalment left, 12 months × 6 % of $120.00 = $86.40 this year.
  await expect(earnings.getByRole('row', { name: new RegExp(`Fees in ${year}`) })).toHaveText(
    new RegExp(`Fees in ${year}\\s*US\\$0\\.00\\s*US\\$86\\.40\\s*US\\$86\\.40`),
  )
  await expect(earnings.getByRole('row', { name: /Next statement \(Q[1-4] \d{4}\), dated/ })).toContainText('US$21.60')
  await expectNoSeriousA11yViolations(page)
})

test('in presentation mode no fee or earnings figure shows, on the dashboard or the tenant overview', async ({
  page,
}) => {
  await openDashboard(page)
  const hidden = [
    await figure(page, /^Fees this quarter/)
      .getByRole('paragraph')
      .first()
      .innerText(),
    await figure(page, `Fees in ${year}`).getByRole('paragraph').first().innerText(),
    await figure(page, 'Next fee statement').getByRole('paragraph').first().innerText(),
    await figure(page, `Services in ${year}`).getByRole('paragraph').first().innerText(),
  ]
  const billing = await figure(page, 'Monthly recurring billing').getByRole('paragraph').first().innerText()

  await page.getByRole('switch', { name: 'Presentation mode' }).check()
  await expect(figure(page, 'Tenants')).toBeVisible()
  await expect(figure(page, 'Seats in service')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Renewals and trial ends in the next 90 days' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /fee|earn|services in/i })).toHaveCount(0)
  await expect(page.getByRole('table', { name: /fees/i })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Seats in service by offer' })).toBeVisible()
  const shown = await page.getByRole('main').innerText()
  for (const amount of hidden) expect(shown).not.toContain(amount)
  // What all clients are billed together is theirs too: masked, not gone.
  expect(shown).not.toContain(billing)
  await expect(figure(page, 'Monthly recurring billing')).toContainText('Hidden during the demo')
  await expectNoSeriousA11yViolations(page)

  await page.goto('/tenants/tenant-dupre')
  await expect(page.getByRole('heading', { level: 1, name: STANDARD_TENANT })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Subscriptions' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'What this tenant earns' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /fee|earn/i })).toHaveCount(0)
  await expect(page.getByRole('main')).not.toContainText(/fee|earn|US\$86\.40|US\$21\.60/i)

  await page.getByRole('switch', { name: 'Presentation mode' }).uncheck()
  await expect(page.getByRole('region', { name: 'What this tenant earns' })).toContainText('US$86.40')
})

// The French captions widen the tables while their boxes keep their size: a box that starts to scroll
// then must become a tab stop, or a keyboard can't reach its hidden columns (axe: scrollable-region-focusable).
for (const width of [1280, 1366]) {
  test(`at ${width} px, a table that widens in French can still be scrolled from the keyboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await openDashboard(page)
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
    await expect(page.getByRole('table', { name: 'Commissions et prestations par trimestre, en USD' })).toBeVisible()
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('.table-scroll')].filter(
              box => box.scrollWidth > box.clientWidth !== (box.getAttribute('tabindex') === '0'),
            ).length,
        ),
      )
      .toBe(0)
    await expectNoSeriousA11yViolations(page)
  })
}
