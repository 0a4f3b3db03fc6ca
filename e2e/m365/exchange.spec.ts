import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN, RELAY_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

// Exchange Online on Microsoft 365, through the partner relay and the test world's Exchange admin server.
const [standard] = CLIENT_TENANTS
const graph = graphControl(GRAPH_ORIGIN)

/**
 * Standard Suite users whose Exchange service is still on, whatever other specs did before (one
 * turns a user's Exchange off): each test takes its own from the end of the list.
 */
async function mailboxUsers(): Promise<string[]> {
  const { skus, users } = await graph.tenant(standard.id)
  const sku = skus.find(s => s.skuPartNumber === 'STANDARDPACK')!
  const exchange = sku.servicePlans.find(p => p.servicePlanName === 'EXCHANGE_S_STANDARD')!.servicePlanId
  return users
    .filter(u => u.assignedLicenses.some(l => l.skuId === sku.skuId && !l.disabledPlans.includes(exchange)))
    .map(u => u.displayName)
}

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: standard.displayName }).click()
})

async function openSection(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: section }).click()
}

/** The user's detail panel, opened from the users list, and its Mailbox section. */
async function openMailbox(page: Page, name: string) {
  await openSection(page, 'Users')
  await page.getByRole('searchbox', { name: 'Search users' }).fill(name)
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name }).click()
  return page.getByRole('region', { name }).getByRole('region', { name: 'Mailbox' })
}

/** Writes the page sends to the relay's Exchange routes, as method and path. */
function relayWrites(page: Page): string[] {
  const writes: string[] = []
  page.on('request', request => {
    if (request.url().startsWith(RELAY_ORIGIN) && request.method() !== 'GET' && request.method() !== 'OPTIONS')
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`)
  })
  return writes
}

test('POP turned off for one user, then for the whole tenant, through the relay: both survive a reload', async ({
  page,
}) => {
  // Two reloads, a dozen relay calls and the activity list read from SharePoint: longer than one page's budget.
  test.slow()
  const person = (await mailboxUsers()).at(-1)!
  let mailbox = await openMailbox(page, person)
  const userPop = mailbox.getByRole('switch', { name: 'POP3' })
  await expect(userPop).toBeChecked()
  await userPop.uncheck()
  await expect(page.getByRole('status').filter({ hasText: `POP3 turned off for ${person}` })).toBeAttached()
  await page.reload()
  mailbox = await openMailbox(page, person)
  await expect(mailbox.getByRole('switch', { name: 'POP3' })).not.toBeChecked()
  await expect(mailbox.getByRole('switch', { name: 'IMAP4' })).toBeChecked()

  await openSection(page, 'Exchange')
  const tenantPop = page.getByRole('switch', { name: 'POP3' })
  await expect(tenantPop).toBeChecked()
  await tenantPop.uncheck()
  await expect(page.getByRole('status').filter({ hasText: 'POP3 turned off for' })).toBeAttached()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'POP3' })).not.toBeChecked()
  await expect(page.getByRole('switch', { name: 'IMAP4' })).toBeChecked()
  await expectNoSeriousA11yViolations(page)

  // The tenant's switch now stands in the way of the user's.
  mailbox = await openMailbox(page, person)
  await expect(mailbox).toContainText('Turned off for the whole tenant.')
  await openSection(page, 'Activity')
  await expect(page.getByRole('listitem').filter({ hasText: 'Console settings changed' }).first()).toContainText(
    'POP3: On → Off',
  )
})

test("a mailbox size above the offer's limit is refused next to the field, and nothing is sent to Exchange", async ({
  page,
}) => {
  const writes = relayWrites(page)
  const person = (await mailboxUsers()).at(-2)!
  const mailbox = await openMailbox(page, person)
  const size = mailbox.getByLabel('Mailbox size (MB)')
  await size.fill('30000')
  await mailbox.getByRole('button', { name: 'Save the size' }).click()
  await expect(size).toHaveAttribute('aria-invalid', 'true')
  await expect(size).toHaveAccessibleDescription(/This licence allows mailboxes of at most 25.600 MB\./)
  expect(writes).toEqual([])

  await size.fill('10240')
  await mailbox.getByRole('button', { name: 'Save the size' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Mailbox size set to 10 GB for ${person}` })).toBeAttached()
  await expect(size).not.toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect((await openMailbox(page, person)).getByLabel('Mailbox size (MB)')).toHaveValue('10240')
})

test("the default size of new mailboxes is read from the tenant's mailbox plans and changed there", async ({
  page,
}) => {
  await openSection(page, 'Exchange')
  const mailbox = page.getByRole('region', { name: 'Mailbox size' })
  const size = mailbox.getByLabel('Default mailbox size (MB)')
  // Exchange Online Plan 1's mailboxes start at the licence's 50 GB, above what the console's offer allows.
  await expect(size).toHaveValue('51200')
  await size.fill('30000')
  await mailbox.getByRole('button', { name: 'Save size' }).click()
  await expect(size).toHaveAccessibleDescription(/This tenant's offers allow mailboxes of at most 25.600 MB\./)
  await size.fill('10240')
  await mailbox.getByRole('button', { name: 'Save size' }).click()
  await expect(mailbox).toContainText('New mailboxes get 10 GB now.')
  await page.reload()
  await expect(page.getByRole('region', { name: 'Mailbox size' }).getByLabel('Default mailbox size (MB)')).toHaveValue(
    '10240',
  )
})

test('a blocked sender is added to the tenant through the relay and is still there after a reload', async ({
  page,
}) => {
  await openSection(page, 'Exchange')
  const blocked = page.getByRole('region', { name: 'Blocked senders', exact: true })
  const field = blocked.getByLabel('Add a blocked sender')
  await field.fill('Promo@Pain-Industriel.COM')
  await blocked.getByRole('button', { name: 'Add' }).click()
  await expect(blocked.getByRole('listitem').filter({ hasText: 'promo@pain-industriel.com' })).toHaveCount(1)
  await expect(field).toHaveValue('')
  await page.reload()
  await expect(
    page
      .getByRole('region', { name: 'Blocked senders', exact: true })
      .getByRole('listitem')
      .filter({ hasText: 'promo@pain-industriel.com' }),
  ).toHaveCount(1)
})

test("a write the relay fails is kept in the tenant's activity with the correlation id its message names", async ({
  page,
}) => {
  await openSection(page, 'Exchange')
  // The relay answers as it does when Exchange keeps failing after its retries.
  await page.route(`${RELAY_ORIGIN}/api/tenants/*/exchange/senders`, route =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 502,
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: JSON.stringify({ error: { code: 'remote', message: 'Exchange failed', correlationId: 'ignored' } }),
        })
      : route.fallback(),
  )
  const blocked = page.getByRole('region', { name: 'Blocked senders', exact: true })
  await blocked.getByLabel('Add a blocked sender').fill('offers@spam-meunerie.example')
  await blocked.getByRole('button', { name: 'Add' }).click()
  const refusal = blocked.getByText(/Reference for support: [0-9a-f-]{36}/)
  await expect(refusal).toBeVisible()
  const correlationId = /([0-9a-f-]{36})/.exec((await refusal.textContent()) ?? '')![1]!

  await openSection(page, 'Activity')
  await expect(
    page.getByRole('listitem').filter({ hasText: 'A change through the partner relay failed' }).first(),
  ).toContainText(`/exchange/senders answered 502 remote (reference for support: ${correlationId})`)
})

test('a distribution list is created with a member through the relay, at its address on the default domain', async ({
  page,
}) => {
  await openSection(page, 'Exchange')
  const lists = page.getByRole('region', { name: 'Distribution lists' })
  await lists.getByLabel('Display name').fill('Vendeuses')
  await lists.getByLabel('Alias').fill('Vente')
  const members = lists.getByRole('group', { name: 'Members' })
  await members.getByLabel('Find users').fill('sophie')
  await members.getByRole('checkbox', { name: /Sophie Martin/ }).check()
  await lists.getByRole('button', { name: 'Create list' }).click()
  const row = lists.getByRole('row', { name: /Vendeuses/ })
  await expect(row).toContainText(`vente@${standard.defaultDomain}`)
  await expect(row.getByRole('cell').nth(1)).toHaveText('1')
  await page.reload()
  await expect(
    page
      .getByRole('region', { name: 'Distribution lists' })
      .getByRole('row', { name: /Vendeuses/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1')
})
