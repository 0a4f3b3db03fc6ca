import type { Subscription } from '../tenant/tenant'
import type { TenantUser } from './users'
import { escapeFormulaRow } from '../csvCells'
import { USER_WORKLOADS, userPrincipalName } from './users'

/** The export's columns, in order: who, how they sign in, their licence and each service. */
export const USER_EXPORT_COLUMNS = [
  'firstName',
  'lastName',
  'displayName',
  'userName',
  'usageLocation',
  'licence',
  'signIn',
  ...USER_WORKLOADS,
  'created',
] as const
export type UserExportColumn = (typeof USER_EXPORT_COLUMNS)[number]

/** The words an export uses, in the person's language: the interface supplies them. */
export interface UserExportText {
  readonly offer: (offerId: string) => string
  readonly noLicence: string
  readonly blocked: (blocked: boolean) => string
  readonly service: (on: boolean) => string
}

/** One row per user, every cell formula-safe (a name may start with "=" or "+"). */
export function userExportRows(
  users: readonly TenantUser[],
  subscriptions: readonly Subscription[],
  text: UserExportText,
): Record<UserExportColumn, string>[] {
  const offers = new Map(subscriptions.map(s => [s.id, s.offerId]))
  return users.map(user => {
    const offer = user.subscriptionId ? offers.get(user.subscriptionId) : undefined
    const services = Object.fromEntries(
      USER_WORKLOADS.map(w => [w, text.service(offer !== undefined && user.services[w])]),
    )
    return escapeFormulaRow({
      firstName: user.firstName,
      lastName: user.lastName,
      displayName: user.displayName,
      userName: userPrincipalName(user),
      usageLocation: user.usageLocation,
      licence: offer ? text.offer(offer) : text.noLicence,
      signIn: text.blocked(user.blocked),
      ...services,
      created: user.createdAt.slice(0, 10),
    } as Record<UserExportColumn, string>)
  })
}
