import startMicrosoft365World from '../../test-world/start'
import { CLIENT_TENANTS, RESTRICTED_TENANTS } from '../../test-world/directory'
import { control } from './control'

/** How many GDAP customers the partner has, and the delay of every Graph call. */
export const CUSTOMERS = Number(process.env.MEASURE_CUSTOMERS ?? 500)
export const LATENCY_MS = Number(process.env.MEASURE_LATENCY_MS ?? 100)

/**
 * The test world with CUSTOMERS client tenants in all (the seeded ones and generated ones), every Graph call LATENCY_MS
 * late.
 */
export default async function startMeasuredWorld(): Promise<() => Promise<void>> {
  const teardown = await startMicrosoft365World()
  const seeded = CLIENT_TENANTS.length + Object.keys(RESTRICTED_TENANTS).length
  await control('/customers', { count: Math.max(0, CUSTOMERS - seeded) })
  await control('/latency', { ms: LATENCY_MS })
  return teardown
}
