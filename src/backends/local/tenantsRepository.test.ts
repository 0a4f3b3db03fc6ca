import { describe, expect, it } from 'vitest'
import { isBackendError } from '../backend'
import { failure, makeLocal } from './testing'

describe('local backend: workstations and Office Pro', () => {
  it('starts with no count recorded', async () => {
    expect((await makeLocal().tenants.get('tenant-rochat'))?.tenant.workstations).toBeUndefined()
  })

  it('records the count and logs it, before → after', async () => {
    const backend = makeLocal()
    const updated = await backend.tenants.updateWorkstations('tenant-rochat', { workstations: 15, withOfficePro: 6 })
    expect(updated.tenant.workstations).toEqual({ workstations: 15, withOfficePro: 6 })
    expect((await backend.tenants.get('tenant-rochat'))?.tenant.workstations).toEqual({ workstations: 15, withOfficePro: 6 })
    await backend.tenants.updateWorkstations('tenant-rochat', { workstations: 15, withOfficePro: 9 })
    const [latest, first] = await backend.activity.list({ tenantId: 'tenant-rochat', limit: 2 })
    expect(first).toMatchObject({ area: 'tenant', action: 'tenant.workstationsChanged', changes: [{ field: 'workstations', before: null, after: 15 }, { field: 'withOfficePro', before: null, after: 6 }] })
    expect(latest?.changes).toEqual([{ field: 'withOfficePro', before: 6, after: 9 }])
  })

  it('is not a console write: a Deskless-only tenant records its workstations too', async () => {
    const updated = await makeLocal().tenants.updateWorkstations('tenant-ecrins', { workstations: 60, withOfficePro: 0 })
    expect(updated.tenant.workstations).toEqual({ workstations: 60, withOfficePro: 0 })
  })

  it('refuses more Office Pro than workstations, and stores nothing', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    const error = await failure(backend.tenants.updateWorkstations('tenant-rochat', { workstations: 5, withOfficePro: 6 }))
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual([{ field: 'withOfficePro', code: 'aboveMaximum', params: { max: 5 } }])
    expect((await backend.tenants.get('tenant-rochat'))?.tenant.workstations).toBeUndefined()
    expect(await backend.activity.list()).toEqual(before)
  })

  it('refuses an unknown tenant', async () => {
    const error = await failure(makeLocal().tenants.updateWorkstations('tenant-nobody', { workstations: 1, withOfficePro: 0 }))
    expect(isBackendError(error, 'notFound')).toBe(true)
  })

  it('travels with an export and its import', async () => {
    const source = makeLocal()
    await source.tenants.updateWorkstations('tenant-dupre', { workstations: 12, withOfficePro: 4 })
    const target = makeLocal()
    await target.dataAdmin.importAll(JSON.parse(JSON.stringify(await source.dataAdmin.exportAll())))
    expect((await target.tenants.get('tenant-dupre'))?.tenant.workstations).toEqual({ workstations: 12, withOfficePro: 4 })
  })
})
