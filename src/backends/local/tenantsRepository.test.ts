import { describe, expect, it } from 'vitest'
import { makeLocal } from './testing'

describe('local backend: workstations and Office Pro', () => {
  it('travels with an export and its import', async () => {
    const source = makeLocal()
    await source.tenants.updateWorkstations('tenant-dupre', { workstations: 12, withOfficePro: 4 })
    const target = makeLocal()
    await target.dataAdmin.importAll(JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())))
    expect((await target.tenants.get('tenant-dupre'))?.tenant.workstations).toEqual({
      workstations: 12,
      withOfficePro: 4,
    })
  })
})
