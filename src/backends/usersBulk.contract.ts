import type { Backend, BulkUserResult } from './backend'
import type { TenantFixture } from './backend.contract'
import { describe, expect, it } from 'vitest'
import { isBackendError } from './backend'

/**
 * What every adapter promises of bulk user actions: each user's outcome, seats counted across the
 * selection, and, where the backend has transactions (`userImport: 'allOrNothing'`), nothing
 * written when one user is refused.
 */
export function describeUsersBulkContract(makeBackend: () => Promise<Backend>, tenantWith: TenantFixture): void {
  describe('bulk user actions', () => {
    async function tenantWithUsers(count: number, seats: number) {
      const backend = await makeBackend()
      const { tenant, subscriptions } = await tenantWith(backend, [{ offerId: 'standard-suite', seats }])
      const domain = tenant.domains[0]!.name
      const ids: string[] = []
      for (let n = 0; n < count; n++) {
        const { user } = await backend.users.create(tenant.id, {
          firstName: 'Lina',
          lastName: `Roche ${n}`,
          alias: `lina.${n}.${crypto.randomUUID().slice(0, 6)}`,
          domain,
          usageLocation: 'FR',
          subscriptionId: null,
        })
        ids.push(user.id)
      }
      return { backend, tenantId: tenant.id, licence: subscriptions[0]!.id, ids }
    }

    const outcomes = (result: BulkUserResult) => result.outcomes.map(o => o.outcome)

    it('blocks the chosen users, each with their outcome, and leaves the others as they were', async () => {
      const { backend, tenantId, ids } = await tenantWithUsers(3, 5)
      const first = await backend.users.bulk(tenantId, [ids[0]!, ids[1]!], { kind: 'block', blocked: true })
      expect(outcomes(first)).toEqual(['changed', 'changed'])
      const again = await backend.users.bulk(tenantId, [ids[1]!, ids[2]!], { kind: 'block', blocked: true })
      expect(outcomes(again)).toEqual(['unchanged', 'changed'])
      const listed = await backend.users.list(tenantId)
      expect(listed.filter(user => user.blocked)).toHaveLength(3)
    })

    it('resets each password once, handing each new one over', async () => {
      const { backend, tenantId, ids } = await tenantWithUsers(2, 5)
      const result = await backend.users.bulk(tenantId, ids, { kind: 'resetPassword' })
      const passwords = result.outcomes.map(o => (o.outcome === 'changed' ? o.temporaryPassword : undefined))
      expect(passwords.every(password => typeof password === 'string' && password.length >= 16)).toBe(true)
      expect(new Set(passwords).size).toBe(2)
    })

    it('gives licences within the seats left, counted across the selection', async () => {
      const { backend, tenantId, licence, ids } = await tenantWithUsers(3, 5)
      const result = await backend.users.bulk(tenantId, ids, { kind: 'licence', subscriptionId: licence })
      expect(outcomes(result)).toEqual(['changed', 'changed', 'changed'])
      const { subscriptions } = (await backend.tenants.get(tenantId))!
      expect(subscriptions[0]!.assignedSeats).toBe(3)
    })

    it('refuses the users past the seats by name; with transactions, writes nothing at all', async () => {
      const { backend, tenantId, licence, ids } = await tenantWithUsers(7, 5)
      const before = await backend.users.list(tenantId)
      const logged = await backend.activity.list({ tenantId })
      const attempt = backend.users.bulk(tenantId, ids, { kind: 'licence', subscriptionId: licence })
      if ((backend.capabilities.userImport ?? 'allOrNothing') === 'allOrNothing') {
        const error = await attempt.then(
          () => expect.fail('expected the whole action to be refused'),
          (caught: unknown) => caught,
        )
        expect(isBackendError(error, 'validation')).toBe(true)
        const fields = (error as { issues: { field: string; code: string }[] }).issues
        expect(fields).toEqual([
          expect.objectContaining({ field: 'users[5].subscriptionId', code: 'noSeatsLeft' }),
          expect.objectContaining({ field: 'users[6].subscriptionId', code: 'noSeatsLeft' }),
        ])
        expect(await backend.users.list(tenantId)).toEqual(before)
        expect(await backend.activity.list({ tenantId })).toEqual(logged)
        expect((await backend.tenants.get(tenantId))!.subscriptions[0]!.assignedSeats).toBe(0)
      } else {
        const result = await attempt
        expect(outcomes(result)).toEqual(['changed', 'changed', 'changed', 'changed', 'changed', 'refused', 'refused'])
        expect((await backend.users.list(tenantId)).filter(user => user.subscriptionId === licence)).toHaveLength(5)
      }
    })

    it('refuses an empty selection or a user of another tenant before writing anything', async () => {
      const { backend, tenantId } = await tenantWithUsers(1, 5)
      const empty = await backend.users.bulk(tenantId, [], { kind: 'resetPassword' }).catch((e: unknown) => e)
      expect(isBackendError(empty, 'validation')).toBe(true)
      const stranger = await backend.users
        .bulk(tenantId, ['no-such-user'], { kind: 'block', blocked: true })
        .catch((e: unknown) => e)
      expect(isBackendError(stranger, 'notFound')).toBe(true)
    })
  })
}
