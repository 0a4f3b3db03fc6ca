import type { AddOn } from './addOns'
import { describe, expect, it } from 'vitest'
import { addOnCsvFileName, addOnCsvRows } from './addOnCsv'

const service: AddOn = {
  id: 's1',
  tenantId: 'tenant-dupre',
  kind: 'training',
  description: '=HYPERLINK("http://evil")',
  quantity: 1.5,
  unit: 'hours',
  unitPriceMinor: 3333,
  currency: 'EUR',
  billing: 'oneOff',
  mailSource: null,
  quotedOn: '2025-03-01',
  startOn: '2025-03-12',
  deliveredOn: null,
  technician: '+33 Julien',
  notes: '',
  status: 'quoted',
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
}

describe('addOnCsvRows', () => {
  it('writes amounts as plain decimals, words in the given language, and no cell a spreadsheet would run', () => {
    const [row] = addOnCsvRows([service], {
      tenant: () => '@Dupré',
      kind: () => 'Formation',
      status: () => 'Devis',
      unit: () => 'heures',
      billing: () => 'Unique',
    })
    expect(row).toEqual({
      tenant: "'@Dupré",
      date: '2025-03-12',
      kind: 'Formation',
      description: '\'=HYPERLINK("http://evil")',
      status: 'Devis',
      quantity: '1.5',
      unit: 'heures',
      unitPrice: '33.33',
      amount: '50.00',
      currency: 'EUR',
      billing: 'Unique',
      technician: "'+33 Julien",
    })
    expect(addOnCsvFileName('2025-03-10')).toBe('services-2025-03-10.csv')
  })
})
