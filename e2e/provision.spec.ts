import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { fillAddressAndAgreement } from './provisioning'
import { SEEDED_TENANT_COUNT, tenantCount, tenantTable } from './support'

async function fillCompany(page: Page, companyName: string): Promise<void> {
  await page.getByLabel('Company name').fill(companyName)
  await page.getByLabel('Contact name').fill('Sophie Martin')
  await page.getByLabel('Contact e-mail').fill('sophie.martin@example.fr')
  await page.getByLabel('Country').selectOption({ label: 'France' })
  await page.getByLabel("Users' language").selectOption('fr')
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click()
}

test.beforeEach(async ({ page }) => {
  await page.goto('/tenants')
  await page.getByRole('link', { name: 'Provision a tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Provision a tenant' })).toBeVisible()
})

test('provisions a tenant through the guided form; it opens on its overview and survives a reload', async ({
  page,
}) => {
  await fillCompany(page, 'Menuiserie Giraud')
  await next(page)
  await fillAddressAndAgreement(page, { line1: '4 rue Sommeiller', postalCode: '74 000', city: 'Annecy' })

  // The prefix follows the company name until the person edits it.
  await expect(page.getByLabel('Initial domain prefix')).toHaveValue('menuiserie-giraud')
  await page.getByLabel('Initial domain prefix').fill('menuiserie-giraud-annecy')
  await expect(page.getByText('menuiserie-giraud-annecy.microsoftonline.com')).toBeVisible()
  await next(page)

  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByLabel('Seats for Standard Suite').fill('45')
  await page.getByRole('checkbox', { name: /Deskless Worker Suite/ }).check()
  await page.getByLabel('Seats for Deskless Worker Suite').fill('10')
  await next(page)

  await expect(page.getByText('4 rue Sommeiller, 74 000 Annecy')).toBeVisible()
  await expect(page.getByText(/^Sophie Martin · sophie\.martin@example\.fr · /)).toBeVisible()
  const prices = page.getByRole('table', { name: 'Monthly price per offer and in total' })
  await expect(prices.getByRole('row', { name: /Standard Suite/ })).toContainText('$450.00')
  await expect(prices.getByRole('row', { name: /Deskless Worker Suite/ })).toContainText('$30.00')
  await expect(prices.getByRole('row', { name: /Total per month/ })).toContainText('$480.00')

  await page.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Menuiserie Giraud' })).toBeVisible()
  await expect(page.getByText('Application console available.')).toBeVisible()
  // The demo keeps the address on the tenant, as Partner Center does on the customer.
  await expect(page.getByRole('region', { name: 'Company' })).toContainText('4 rue Sommeiller74 000 Annecy')
  await expect(page.getByText("Needed on the client's workstations for Standard Suite.")).toBeVisible()
  const subscriptions = page.getByRole('region', { name: 'Subscriptions' })
  await expect(subscriptions.getByRole('row', { name: /Standard Suite/ })).toContainText('0 / 45')
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(
    'Tenant Menuiserie Giraud provisioned',
  )

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Menuiserie Giraud' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT + 1} tenants`)
  await expect(tenantTable(page).getByRole('row', { name: /Menuiserie Giraud/ })).toContainText(
    'menuiserie-giraud-annecy.microsoftonline.com',
  )
})

test('a trial tenant shows when its 30-day trial ends', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'))
  await page.reload()
  await fillCompany(page, 'Pharmacie du Lac')
  await next(page)
  await fillAddressAndAgreement(page)
  await next(page)
  await page.getByRole('radio', { name: /30-day trial/ }).check()
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByLabel('Seats for Standard Suite').fill('25')
  await next(page)
  await expect(page.getByText('A trial allows at most 20 seats: choose a paid subscription for more.')).toBeVisible()
  await page.getByLabel('Seats for Standard Suite').fill('20')
  await next(page)
  await expect(page.getByText('Free for 30 days, until 24 Dec 2026')).toBeVisible()
  await page.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pharmacie du Lac' })).toBeVisible()
  await expect(page.getByText('Trial ends on 24 Dec 2026')).toBeVisible()
})

test('each invalid field is refused with its message next to it, and nothing is created', async ({ page }) => {
  await next(page)
  await expect(page.getByLabel('Company name')).toHaveAccessibleDescription("Enter the company's name.")
  await expect(page.getByLabel('Contact e-mail')).toHaveAccessibleDescription("Enter the contact's e-mail address.")
  await expect(page.getByLabel('Company name')).toBeFocused()

  await page.getByLabel('Company name').fill('x'.repeat(65))
  await expect(page.getByLabel('Company name')).toHaveAccessibleDescription(
    'Keep the company name to 64 characters or fewer.',
  )
  await page.getByLabel('Contact e-mail').fill('sophie.martin@')
  await expect(page.getByLabel('Contact e-mail')).toHaveAccessibleDescription(
    'Enter an e-mail address like name@company.fr.',
  )
  await page.getByLabel('Contact phone').fill('call me')
  await expect(page.getByLabel('Contact phone')).toHaveAccessibleDescription(/Optional.*Enter a phone number/)
  await page.getByLabel('Contact phone').fill('')

  await fillCompany(page, 'Menuiserie Giraud')
  await next(page)

  // The address and the agreement Partner Center needs: each refusal beside its field, in the domain's words.
  await next(page)
  await expect(page.getByLabel('Address line 1')).toHaveAccessibleDescription('Enter the street address.')
  await expect(page.getByLabel('City')).toHaveAccessibleDescription('Enter the city.')
  await expect(page.getByLabel('Address line 1')).toBeFocused()
  const accepted = page.getByRole('checkbox', { name: /accepted the Microsoft Customer Agreement on/ })
  await expect(accepted).toHaveAccessibleDescription(
    'Confirm that the customer accepted the Microsoft Customer Agreement: Microsoft sells no licence without it.',
  )
  // The signatory starts as the company's contact.
  await expect(page.getByLabel('First name of the person who accepted')).toHaveValue('Sophie')
  await expect(page.getByLabel('Last name of the person who accepted')).toHaveValue('Martin')
  await expect(page.getByLabel('Their e-mail')).toHaveValue('sophie.martin@example.fr')
  const postalCode = page.getByLabel('Postal code')
  for (const [value, message] of [
    ['', 'Enter the postal code.'],
    ['3800', 'Enter a postal code written like 75008.'],
    ['F-38000', 'Enter a postal code written like 75008.'],
  ]) {
    await postalCode.fill(value!)
    await next(page)
    await expect(postalCode).toHaveAccessibleDescription(message!)
  }
  await page.getByLabel('Address line 1').fill('x'.repeat(101))
  await expect(page.getByLabel('Address line 1')).toHaveAccessibleDescription(
    'Keep the address line to 100 characters or fewer.',
  )
  await page.getByLabel('Date of acceptance').fill('2999-01-01')
  await expect(page.getByLabel('Date of acceptance')).toHaveAccessibleDescription(
    /^The agreement can't be accepted after today\./,
  )
  await page.getByLabel('Date of acceptance').fill('2026-01-05')
  await fillAddressAndAgreement(page)

  const prefix = page.getByLabel('Initial domain prefix')
  const cases: [string, string][] = [
    ['', "Enter a prefix for the tenant's initial domain."],
    ['Menuiserie', 'Use lower case only, for example menuiserie.'],
    ['menuiserie_giraud', 'Use only letters a–z, digits and hyphens (no spaces, dots, accents or underscores).'],
    ['-menuiserie', "The prefix can't start or end with a hyphen."],
    ['2026', 'The prefix needs at least one letter.'],
    ['a'.repeat(64), 'Keep the prefix to 63 characters or fewer.'],
    ['boulangerie-dupre', 'One of your tenants already has the prefix boulangerie-dupre: choose another prefix.'],
  ]
  for (const [value, message] of cases) {
    await prefix.fill(value)
    await next(page)
    await expect(prefix).toHaveAccessibleDescription(new RegExp(`${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
  }
  await prefix.fill('menuiserie-giraud')
  await next(page)

  await next(page)
  await expect(page.getByText('Choose at least one offer.')).toBeVisible()
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  const seats = page.getByLabel('Seats for Standard Suite')
  for (const [value, message] of [
    ['', 'Enter how many seats to buy.'],
    ['4', 'This offer needs at least 5 seats.'],
    ['5.5', 'Enter a whole number of seats.'],
    ['ten', 'Enter a whole number of seats.'],
    ['10001', 'A subscription can have at most 10,000 seats.'],
  ]) {
    await seats.fill(value!)
    await next(page)
    await expect(seats).toHaveAccessibleDescription(message!)
  }

  await page.getByRole('link', { name: 'Cancel' }).click()
  // What was typed is asked about before it is dropped (e2e/no-lost-forms.spec.ts).
  await page
    .getByRole('dialog', { name: 'Leave this page?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click()
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
})

test('a company name that looks like HTML is stored and shown as plain text', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', dialog => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const hostile = '<img src=x onerror=alert(1)>'
  await fillCompany(page, hostile)
  await next(page)
  await fillAddressAndAgreement(page)
  await page.getByLabel('Initial domain prefix').fill('hostile-name')
  await next(page)
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await next(page)
  await expect(page.getByText(hostile)).toBeVisible()
  await page.getByRole('button', { name: 'Create tenant' }).click()

  await expect(page.getByRole('heading', { level: 1, name: hostile })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(tenantTable(page).getByRole('link', { name: hostile })).toBeVisible()
  await expect(page.getByRole('img')).toHaveCount(0)
  expect(dialogs).toEqual([])
})

test('when the browser refuses the write, the person is told what to do and nothing is half-stored', async ({
  page,
}) => {
  // Make IndexedDB refuse the activity entry, the last write of the provisioning transaction.
  await page.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((window as { failActivityWrites?: boolean }).failActivityWrites && this.name === 'activity')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  })
  await page.reload()
  await fillCompany(page, 'Quota Dépassé SA')
  await next(page)
  await fillAddressAndAgreement(page)
  await next(page)
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await next(page)
  await page.evaluate(() => {
    ;(window as { failActivityWrites?: boolean }).failActivityWrites = true
  })
  await page.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    /could not be saved in this browser, and nothing was created\. Free some disk space/,
  )

  await page.evaluate(() => {
    ;(window as { failActivityWrites?: boolean }).failActivityWrites = false
  })
  await page.getByRole('link', { name: 'Cancel' }).click()
  // What was typed is asked about before it is dropped (e2e/no-lost-forms.spec.ts).
  await page
    .getByRole('dialog', { name: 'Leave this page?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click()
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
  await page.getByLabel('Search tenants').fill('Quota')
  await expect(page.getByText('No tenant matches this search and these filters.')).toBeVisible()
})
