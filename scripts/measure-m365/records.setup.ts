import type { ActivityEntry } from '../../src/domain/activityLog'
import startMicrosoft365World from '../../test-world/start'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { PARTNER_RECORDS_DEFINITION, PARTNER_RECORDS_LIST } from '../../src/backends/graph/partnerRecords'
import { control } from './control'

/** How many activity entries the partner's list holds, and the delay of every Graph call. */
export const ENTRIES = Number(process.env.MEASURE_ENTRIES ?? 100_000)
export const LATENCY_MS = Number(process.env.MEASURE_LATENCY_MS ?? 100)
/** The measured tenant's share: a busy client of a partner with hundreds of them. */
export const TENANT_ENTRIES = 2_000
const OTHER_TENANTS = 499
const CHUNK = 20_000

/**
 * The Microsoft 365 test world as the end-to-end tests start it, then, through its test
 * controls, the partner's records list holding ENTRIES activity entries (one a minute back from
 * now; TENANT_ENTRIES of them the first client tenant's, the others spread over 499 more) and
 * every Graph call delayed LATENCY_MS.
 */
export default async function startMeasuredWorld(): Promise<() => Promise<void>> {
  const teardown = await startMicrosoft365World()
  const measured = CLIENT_TENANTS[0]!
  const now = Date.now()
  const every = Math.max(1, Math.floor(ENTRIES / TENANT_ENTRIES))
  const item = (n: number) => {
    const mine = n % every === 0
    const other = n % OTHER_TENANTS
    const entry: ActivityEntry = {
      id: `measured-${n}`,
      at: new Date(now - (ENTRIES - n) * 60_000).toISOString(),
      actor: 'Technician',
      tenantId: mine ? measured.id : `00000000-0000-4000-8000-${String(other).padStart(12, '0')}`,
      tenantName: mine ? measured.displayName : `Client ${other}`,
      area: 'user',
      action: 'user.created',
      details: { displayName: `User ${n}` },
    }
    return {
      Title: entry.action,
      RecordKind: 'activity',
      RecordKey: entry.id,
      TenantId: entry.tenantId,
      RecordData: JSON.stringify(entry),
      RecordDate: entry.at,
    }
  }
  for (let from = 0; from < ENTRIES; from += CHUNK) {
    const items = Array.from({ length: Math.min(CHUNK, ENTRIES - from) }, (_, n) => item(from + n))
    await control(`/lists/${encodeURIComponent(PARTNER_RECORDS_LIST)}/items`, {
      definition: PARTNER_RECORDS_DEFINITION,
      items,
    })
  }
  await control('/latency', { ms: LATENCY_MS })
  return teardown
}
