import type { Tenant } from '@/domain/tenant/tenant'
import type { WorkstationCount } from '@/domain/tenant/workstations'
import type { RecordWrite } from './services'
import { validateWorkstationCount } from '@/domain/tenant/workstations'
import { BackendError } from '../backend'

/** The tenant's new workstation count with its activity entry; `null` when nothing moved. */
export function workstationsWrite(tenant: Tenant, count: WorkstationCount): RecordWrite<WorkstationCount> | null {
  const issues = validateWorkstationCount(count)
  if (issues.length > 0) throw new BackendError('validation', 'The workstation count is not allowed', issues)
  const before = tenant.workstations
  const after: WorkstationCount = { workstations: count.workstations, withOfficePro: count.withOfficePro }
  const changes = (['workstations', 'withOfficePro'] as const)
    .filter(field => before?.[field] !== after[field])
    .map(field => ({ field, before: before?.[field] ?? null, after: after[field] }))
  if (changes.length === 0) return null
  return {
    record: after,
    activity: { area: 'tenant', action: 'tenant.workstationsChanged', tenant, details: { ...after }, changes },
  }
}
