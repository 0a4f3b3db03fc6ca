import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

/**
 * The domain pages ask the public DNS through DNS over HTTPS. Here no request leaves the machine:
 * every one is answered from `zone` (name and type → records), and a name it lacks doesn't exist.
 */
async function routeDns(page: Page, zone: Map<string, string[]>, asked: string[] = []): Promise<void> {
  const numbers: Record<string, number> = { TXT: 16, MX: 15, CNAME: 5 }
  await page.route('https://cloudflare-dns.com/dns-query**', async route => {
    const url = new URL(route.request().url())
    const name = url.searchParams.get('name')!
    const type = url.searchParams.get('type')!
    asked.push(`${name} ${type}`)
    const data = zone.get(`${name} ${type}`)
    const body = data
      ? { Status: 0, Answer: data.map(value => ({ name, type: numbers[type], TTL: 3600, data: value })) }
      : { Status: 3 }
    await route.fulfill({ contentType: 'application/dns-json', body: JSON.stringify(body) })
  })
}

function domainsTable(page: Page) {
  return page.getByRole('region', { name: 'Domains' }).getByRole('table')
}

async function addDomain(page: Page, name: string): Promise<void> {
  const add = page.getByRole('region', { name: 'Add a domain' })
  await add.getByLabel('Domain name').fill(name)
  await add.getByRole('button', { name: 'Add domain' }).click()
  await expect(domainsTable(page).getByRole('row', { name: new RegExp(name.replace('.', '\\.')) })).toBeVisible()
}

test('a domain is verified by the DNS check once its TXT record is in place, copied with its button', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const zone = new Map<string, string[]>([['dupre.paris TXT', ['"google-site-verification=x1"']]])
  const asked: string[] = []
  await routeDns(page, zone, asked)
  await page.goto('/tenants/tenant-dupre/domains')
  await addDomain(page, 'dupre.paris')

  const verify = page.getByRole('region', { name: 'Verify dupre.paris' })
  const value = await verify.getByText(/^MS=ms\d{8}$/).innerText()
  await verify.getByRole('button', { name: 'Copy the value of the Ownership (verification) record' }).click()
  await expect(
    verify.getByRole('button', { name: 'Copy the value of the Ownership (verification) record' }),
  ).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value)

  // Not in the DNS yet: the page says so, and the domain stays unverified.
  await verify.getByRole('button', { name: 'Check the DNS and verify' }).click()
  await expect(verify.getByRole('status').filter({ hasText: /isn't in the DNS of dupre\.paris yet/ })).toBeVisible()
  await expect(verify.getByRole('row', { name: /Ownership/ })).toContainText('Not found yet')
  await expectNoSeriousA11yViolations(page)

  // The partner creates it at the DNS host: the next check finds it and verifies the domain.
  zone.set('dupre.paris TXT', ['"google-site-verification=x1"', `"${value}"`])
  await verify.getByRole('button', { name: 'Check the DNS and verify' }).click()
  await expect(verify).toHaveCount(0)
  await expect(domainsTable(page).getByRole('row', { name: /dupre\.paris/ })).toContainText('Verified')
  expect(asked).toEqual(['dupre.paris TXT', 'dupre.paris TXT'])
})

test('a verified domain shows its whole record set, each checked in the DNS, and says what is missing', async ({
  page,
}) => {
  const zone = new Map<string, string[]>([
    ['dupre-boulangerie.fr MX', ['10 mail.global.frontbridge.com.']],
    ['autodiscover.dupre-boulangerie.fr CNAME', ['mail.ovh.net.']],
    ['dupre-boulangerie.fr TXT', ['"v=spf1 include:mx.ovh.com ~all"']],
  ])
  await routeDns(page, zone)
  await page.goto('/tenants/tenant-dupre/domains')
  const setup = page.getByRole('region', { name: 'Set up dupre-boulangerie.fr' })
  const records = setup.getByRole('table', { name: 'DNS records of dupre-boulangerie.fr' })
  await expect(records.getByRole('rowheader')).toHaveText([
    'Ownership (verification)',
    'Mail routing (MX)',
    'Outlook setup (Autodiscover)',
    'Sender policy (SPF)',
  ])
  for (const record of [
    'Ownership (verification)',
    'Mail routing (MX)',
    'Outlook setup (Autodiscover)',
    'Sender policy (SPF)',
  ])
    await expect(setup.getByRole('button', { name: `Copy the value of the ${record} record` })).toBeVisible()
  await expect(records.getByRole('row', { name: /Mail routing/ })).toContainText('10 mail.global.frontbridge.com')

  await setup.getByRole('button', { name: 'Check the DNS records' }).click()
  const summary = setup.getByRole('status').filter({ hasText: /in place/ })
  await expect(summary).toHaveText('1 of 4 records in place: add or correct the others at the DNS host.')
  await expect(records.getByRole('row', { name: /Ownership/ })).toContainText('Not found yet')
  await expect(records.getByRole('row', { name: /Mail routing/ })).toContainText('Found')
  await expect(records.getByRole('row', { name: /Autodiscover/ })).toContainText('Another value')
  await expect(records.getByRole('row', { name: /SPF/ })).toContainText('Another value')
  await expectNoSeriousA11yViolations(page)

  // Corrected at the DNS host, every record reads as in place.
  const verification = await records
    .getByRole('row', { name: /Ownership/ })
    .getByText(/^MS=ms\d{8}$/)
    .innerText()
  zone.set('autodiscover.dupre-boulangerie.fr CNAME', ['autodiscover.outlook.com.'])
  zone.set('dupre-boulangerie.fr TXT', [`"${verification}"`, '"v=spf1 include:outlook.com ~all"'])
  await setup.getByRole('button', { name: 'Check the DNS records' }).click()
  await expect(summary).toHaveText('Every record of dupre-boulangerie.fr is in place.')
})

test('users move to a verified domain in bulk, each with its outcome; an alias taken there is refused', async ({
  page,
}) => {
  await routeDns(page, new Map())
  await page.goto('/tenants/tenant-dupre/domains')
  await addDomain(page, 'dupre.paris')
  const verify = page.getByRole('region', { name: 'Verify dupre.paris' })
  await verify.getByRole('button', { name: 'Mark as verified by hand' }).click()
  await page
    .getByRole('dialog', { name: 'Is the record for dupre.paris in place?' })
    .getByRole('button')
    .first()
    .click()
  await expect(verify).toHaveCount(0)

  // Someone already has one of the bakery's aliases on the new domain.
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  const firstUser = page.getByRole('row').filter({ hasText: '@dupre-boulangerie.fr' }).first()
  const alias = /([a-z0-9.-]+)@dupre-boulangerie\.fr/.exec(await firstUser.innerText())![1]!
  await page.getByRole('button', { name: 'Add a user' }).click()
  const add = page.getByRole('dialog', { name: 'Add a user' })
  await add.getByLabel('First name').fill('Homonyme')
  await add.getByLabel('Last name').fill('Paris')
  await add.getByLabel('User name').fill(alias)
  await add.getByLabel('Domain').selectOption('dupre.paris')
  await add.getByRole('button', { name: 'Add the user' }).click()
  await page.getByRole('dialog', { name: 'Temporary password' }).getByRole('button', { name: 'Done' }).click()

  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Domains' }).click()
  await page
    .getByRole('region', { name: 'Set up dupre.paris' })
    .getByRole('button', { name: 'Move users to dupre.paris' })
    .click()
  const move = page.getByRole('dialog', { name: 'Move users to dupre.paris' })
  const boxes = move.getByRole('group', { name: 'Users on another domain' }).getByRole('checkbox')
  const count = await boxes.count()
  expect(count).toBeGreaterThan(2)
  for (let index = 0; index < count; index++) await expect(boxes.nth(index)).toBeChecked()
  await expectNoSeriousA11yViolations(page)
  await move.getByRole('button', { name: `Move ${count} users` }).click()

  const outcomes = move.getByRole('table', { name: 'What each move came to' })
  await expect(outcomes.getByRole('row')).toHaveCount(count + 1)
  await expect(move.getByRole('status')).toHaveText(`${count - 1} of ${count} users moved.`)
  await expect(outcomes.getByRole('row').filter({ hasText: 'Not moved' })).toHaveCount(1)
  await move.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await expect(page.getByRole('row').filter({ hasText: '@dupre.paris' })).toHaveCount(count)
  await expect(page.getByRole('row').filter({ hasText: '@dupre-boulangerie.fr' })).toHaveCount(1)
})
