import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** The address-and-agreement step's labels, in the console's two languages. */
const LABELS = {
  en: {
    line1: 'Address line 1',
    postalCode: 'Postal code',
    city: 'City',
    accepted: /accepted the Microsoft Customer Agreement on/,
    next: 'Next',
  },
  fr: {
    line1: 'Adresse (ligne 1)',
    postalCode: 'Code postal',
    city: 'Ville',
    accepted: /a accepté le Contrat client Microsoft le/,
    next: 'Suivant',
  },
}

export interface AddressStep {
  readonly line1?: string
  readonly postalCode?: string
  readonly city?: string
  readonly language?: keyof typeof LABELS
}

/**
 * Fills the provisioning form's address-and-agreement step as a partner does: the company's street, postal code and
 * city, then confirms the contact (the form starts the signatory as the company's contact) accepted the Microsoft
 * Customer Agreement today, and goes on.
 */
export async function fillAddressAndAgreement(page: Page, step: AddressStep = {}): Promise<void> {
  const labels = LABELS[step.language ?? 'en']
  await page.getByLabel(labels.line1).fill(step.line1 ?? '12 rue des Lilas')
  await page.getByLabel(labels.postalCode).fill(step.postalCode ?? '38000')
  await page.getByLabel(labels.city).fill(step.city ?? 'Grenoble')
  const accepted = page.getByRole('checkbox', { name: labels.accepted })
  await accepted.check()
  await expect(accepted).toBeChecked()
  await page.getByRole('button', { name: labels.next }).click()
}
