// @vitest-environment happy-dom
import type { UserInput } from '@/domain/users/users'
import { describe, expect, it } from 'vitest'
import { useTenant } from './currentTenant'
import { inDataLayer } from './testing'
import { useSaveUser, useTenantUsers, useUserErrorVoice } from './users'
import { makeLocal } from '@/backends/local/testing'

/** A new user of Boulangerie Dupré on its Standard Suite licences. */
async function newUser(backend: ReturnType<typeof makeLocal>, alias: string): Promise<UserInput> {
  const tenant = await backend.tenants.get('tenant-dupre')
  const standard = tenant!.subscriptions.find(s => s.offerId === 'standard-suite')!
  return {
    firstName: 'Élise',
    lastName: 'Marchal',
    alias,
    domain: 'dupre-boulangerie.fr',
    usageLocation: 'FR',
    subscriptionId: standard.id,
  }
}

function seatsTaken(tenant: { subscriptions: readonly { offerId: string; assignedSeats: number }[] } | null) {
  return tenant?.subscriptions.find(s => s.offerId === 'standard-suite')?.assignedSeats
}

describe("a tenant's users", () => {
  it('adds a user: the users and the tenant, whose seat counter moved, are read again', async () => {
    const backend = makeLocal()
    const input = await newUser(backend, 'elise.marchal')
    const { users, tenant, saving } = inDataLayer(backend, () => ({
      users: useTenantUsers('tenant-dupre'),
      tenant: useTenant('tenant-dupre'),
      saving: useSaveUser('tenant-dupre'),
    }))
    await Promise.all([users.refresh(), tenant.refresh()])
    const before = { users: users.data.value?.length ?? 0, seats: seatsTaken(tenant.data.value ?? null) ?? 0 }
    const saved = await saving.mutateAsync({ userId: null, input })
    expect(saved.temporaryPassword).toMatch(/^\S{16}$/)
    expect(users.data.value).toHaveLength(before.users + 1)
    expect(seatsTaken(tenant.data.value ?? null)).toBe(before.seats + 1)
  })

  it('refuses a licence past the seats by its field, naming the offer, and creates nobody', async () => {
    const backend = makeLocal()
    const { users, saving, voice } = inDataLayer(backend, () => ({
      users: useTenantUsers('tenant-dupre'),
      saving: useSaveUser('tenant-dupre'),
      voice: useUserErrorVoice(),
    }))
    await saving.mutateAsync({ userId: null, input: await newUser(backend, 'elise.marchal') })
    const count = users.data.value?.length
    await expect(saving.mutateAsync({ userId: null, input: await newUser(backend, 'leo.marchal') })).rejects.toThrow()
    expect(voice.byField(saving.error.value).subscriptionId).toBe(
      'Not enough Standard Suite licences: 0 of 12 left. Add seats to the subscription or choose another licence.',
    )
    expect(users.data.value).toHaveLength(count ?? 0)
  })
})
