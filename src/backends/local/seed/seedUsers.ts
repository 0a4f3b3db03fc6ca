import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { TenantUser } from '@/domain/users/users'
import { foldForSearch } from '@/domain/search'
import { primaryDomain } from '@/domain/tenant/tenant'
import { workloadsForLicence } from '@/domain/users/userWorkloads'
import { FIRST_NAMES, LAST_NAMES } from './frenchNames'
import { mulberry32 } from './largeDataset'

/** `Hélène` + `Le Gall` → `helene.legall`: accents folded, only what an alias allows. */
function aliasOf(firstName: string, lastName: string): string {
  const part = (name: string) => foldForSearch(name).replace(/[^a-z0-9-]/g, '')
  return `${part(firstName)}.${part(lastName)}`
}

/** The contact's name as first and last name: `Maëlle Le Goff` → `Maëlle`, `Le Goff`. */
function splitName(fullName: string): [string, string] {
  const space = fullName.indexOf(' ')
  return space < 0 ? [fullName, fullName] : [fullName.slice(0, space), fullName.slice(space + 1)]
}

/**
 * The demo tenants' users: for each subscription, exactly as many users holding its licence as it
 * has seats assigned, so the seat counters hold from the start. The contact comes first; the
 * others get French names that the same tenants always give, on the tenant's default domain.
 */
export function demoUsers(tenants: readonly TenantWithSubscriptions[]): TenantUser[] {
  return tenants.flatMap(({ tenant, subscriptions }, tenantIndex) => {
    const domain = primaryDomain(tenant)
    // One generator per tenant, so a tenant's names don't depend on how many users came before.
    const rng = mulberry32(0x05e7 + tenantIndex)
    const pick = (names: readonly string[]) => names[Math.floor(rng() * names.length)]!
    const aliases = new Set<string>()
    const users: TenantUser[] = []
    for (const subscription of subscriptions) {
      for (let seat = 0; seat < subscription.assignedSeats; seat++) {
        const n = users.length
        const [firstName, lastName] = n === 0 ? splitName(tenant.contact.name) : [pick(FIRST_NAMES), pick(LAST_NAMES)]
        // Namesakes get a number, as an administrator would do: marie.martin, marie.martin2.
        const base = aliasOf(firstName, lastName)
        let alias = base
        for (let k = 2; aliases.has(alias); k++) alias = `${base}${k}`
        aliases.add(alias)
        users.push({
          id: `user-${tenant.id.replace(/^tenant-/, '')}-${String(n + 1).padStart(3, '0')}`,
          tenantId: tenant.id,
          firstName,
          lastName,
          displayName: `${firstName} ${lastName}`,
          alias,
          domain,
          usageLocation: tenant.country,
          subscriptionId: subscription.id,
          services: workloadsForLicence(subscription),
          exchange: {},
          blocked: false,
          createdAt: `${subscription.startedOn}T09:00:00.000Z`,
        })
      }
    }
    return users
  })
}
