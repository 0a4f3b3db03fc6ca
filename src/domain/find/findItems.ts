import type { Tenant } from '../tenant/tenant'
import type { TenantUser } from '../users/users'
import type { FindItem } from './findIndex'
import { primaryDomain } from '../tenant/tenant'
import { userPrincipalName } from '../users/users'

/** A tenant as the search finds it: by its company name, shown with its main domain. */
export function tenantFindItem(tenant: Pick<Tenant, 'id' | 'companyName' | 'domains'>): FindItem {
  return {
    kind: 'tenant',
    tenantId: tenant.id,
    tenantName: tenant.companyName,
    key: tenant.id,
    label: tenant.companyName,
    detail: tenant.domains.length > 0 ? primaryDomain(tenant as Tenant) : '',
    text: tenant.companyName,
  }
}

/** A tenant known only by name (Microsoft 365, not read yet): found by that name. */
export function namedTenantFindItem(tenantId: string, companyName: string): FindItem {
  return {
    kind: 'tenant',
    tenantId,
    tenantName: companyName,
    key: tenantId,
    label: companyName,
    detail: '',
    text: companyName,
  }
}

/** Each of a tenant's domains, found by its name. */
export function domainFindItems(tenant: Pick<Tenant, 'id' | 'companyName' | 'domains'>): FindItem[] {
  return tenant.domains.map(domain => ({
    kind: 'domain' as const,
    tenantId: tenant.id,
    tenantName: tenant.companyName,
    key: domain.name,
    label: domain.name,
    detail: tenant.companyName,
    text: domain.name,
  }))
}

/** A user, found by display name, first and last name and sign-in address, shown with that address. */
export function userFindItem(
  user: Pick<TenantUser, 'id' | 'tenantId' | 'displayName' | 'firstName' | 'lastName' | 'alias' | 'domain'>,
  tenantName: string,
): FindItem {
  const address = userPrincipalName(user)
  return {
    kind: 'user',
    tenantId: user.tenantId,
    tenantName,
    key: user.id,
    label: user.displayName,
    detail: address,
    text: `${user.displayName} ${user.firstName} ${user.lastName} ${address}`,
  }
}
