import type { MaybeRefOrGetter } from 'vue'
import type { FailedAction } from './errorVoice'
import type { UserRepository } from '@/backends/backend'
import type { BulkUserAction } from '@/domain/users/bulkUsers'
import type { TenantUser, UserExchangeOverrides, UserInput, UserWorkload } from '@/domain/users/users'
import { defineQuery, useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { computed, shallowRef, toValue } from 'vue'
import { useTenantChange } from './currentTenant'
import { useErrorVoice } from './errorVoice'
import { ChangeNotLogged, isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { useValidationMessages } from '@/composables/useValidationMessages'

export type { CreatedUser, UserImportResult, UserImportRow } from '@/backends/backend'
export type { BulkUserOutcome, BulkUserResult } from '@/backends/backend'

/** Cache keys of a tenant's users. */
export const userKeys = {
  all: ['users'] as const,
  tenant: (tenantId: string) => ['users', tenantId] as const,
}

/** A tenant's users, as the backend lists them. */
export function useTenantUsers(tenantId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => userKeys.tenant(toValue(tenantId)),
    query: () => useBackend().users.list(toValue(tenantId)),
  })
}

/**
 * One user's Exchange overrides as the service has them now, read for their page only (on
 * Microsoft 365, a call to Exchange each). Under the tenant's users key: a user write reads it again.
 */
export function useUserExchange(tenantId: MaybeRefOrGetter<string>, userId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => [...userKeys.tenant(toValue(tenantId)), toValue(userId), 'exchange'],
    query: () => useBackend().users.exchangeOverrides(toValue(tenantId), toValue(userId)),
  })
}

/** The tenant's users to choose list members from, by name; none when they can't be read. */
export function useMemberChoices(tenantId: MaybeRefOrGetter<string>) {
  const users = useTenantUsers(tenantId)
  return computed<readonly TenantUser[]>(() =>
    [...(users.data.value ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName)),
  )
}

/** The tenant whose last user write was made but not logged, shared by the users page's parts. */
const useUnloggedWrite = defineQuery(() => ({ tenantId: shallowRef<string | null>(null) }))

/** Whether the last write to this tenant's users was made but couldn't be logged (the page warns). */
export function useUserWriteNotLogged(tenantId: MaybeRefOrGetter<string>) {
  const unlogged = useUnloggedWrite()
  return computed(() => unlogged.tenantId.value === toValue(tenantId))
}

/**
 * One kind of write to a tenant's users. A write made but not logged (`ChangeNotLogged`) stands:
 * its result is kept and the page warns. Afterwards, refused too (another tab may have changed
 * what the refusal was about), the users and the tenant are read again: a licence given or freed
 * moves the subscription's seat counter, which the page and the tenant list show.
 */
function useUserWrite<Vars, Result>(
  tenantId: MaybeRefOrGetter<string>,
  write: (users: UserRepository, tenantId: string, vars: Vars) => Promise<Result>,
  /** Runs once the write is made, before the users are read again (a panel the read closes can still say so). */
  onDone?: (result: Result, vars: Vars) => void,
) {
  const cache = useQueryCache()
  const { reread } = useTenantChange()
  const unlogged = useUnloggedWrite()
  return useMutation({
    mutation: async (vars: Vars): Promise<Result> => {
      const id = toValue(tenantId)
      if (unlogged.tenantId.value === id) unlogged.tenantId.value = null
      try {
        return await write(useBackend().users, id, vars)
      } catch (error) {
        if (!(error instanceof ChangeNotLogged)) throw error
        unlogged.tenantId.value = id
        return error.result as Result
      }
    },
    onSuccess: (result, vars) => onDone?.(result, vars),
    onSettled: () => {
      const id = toValue(tenantId)
      return Promise.all([cache.invalidateQueries({ key: userKeys.tenant(id) }), reread(id)])
    },
  })
}

/** Creates a user (with the temporary password to hand over) or, given its id, updates one. */
export function useSaveUser(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(tenantId, async (users, id, { userId, input }: { userId: string | null; input: UserInput }) =>
    userId === null
      ? users.create(id, input)
      : { user: await users.update(id, userId, input), temporaryPassword: null },
  )
}

/** Imports checked rows: all or none, or row by row where the backend can't do otherwise. */
export function useImportUsers(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(tenantId, (users, id, inputs: readonly UserInput[]) => users.importMany(id, inputs))
}

export function useSetUserBlocked(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(tenantId, (users, id, { userId, blocked }: { userId: string; blocked: boolean }) =>
    users.setBlocked(id, userId, blocked),
  )
}

/** A new temporary password, shown once and never stored in clear. */
export function useResetPassword(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(tenantId, (users, id, userId: string) => users.resetPassword(id, userId))
}

/** Removes a user; `onRemoved` runs before the users are read again without them. */
export function useRemoveUser(tenantId: MaybeRefOrGetter<string>, onRemoved?: (userId: string) => void) {
  return useUserWrite(
    tenantId,
    (users, id, userId: string) => users.remove(id, userId),
    (_done, userId) => onRemoved?.(userId),
  )
}

/** Turns workloads on or off for one user, within what their licence includes. */
export function useSetUserWorkloads(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(
    tenantId,
    (users, id, { userId, workloads }: { userId: string; workloads: Partial<Record<UserWorkload, boolean>> }) =>
      users.setServices(id, userId, workloads),
  )
}

/** Replaces one user's Exchange overrides (protocols, mailbox size) whole. */
export function useSetExchangeOverrides(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(
    tenantId,
    (users, id, { userId, overrides }: { userId: string; overrides: UserExchangeOverrides }) =>
      users.setExchangeOverrides(id, userId, overrides),
  )
}

/** One action on many users: all or none, or user by user where the backend can't do otherwise. */
export function useBulkUsers(tenantId: MaybeRefOrGetter<string>) {
  return useUserWrite(
    tenantId,
    (users, id, { userIds, action }: { userIds: readonly string[]; action: BulkUserAction }) =>
      users.bulk(id, userIds, action),
  )
}

/**
 * The error voice for user writes. A licence that lacks what a change needs is refused with the
 * fields at fault (`featureUnavailable` with issues): said field by field, naming what the licence
 * lacks, where the voice alone would only say the offers don't include it.
 */
export function useUserErrorVoice() {
  const voice = useErrorVoice()
  const validation = useValidationMessages()

  function licenceIssues(error: unknown) {
    return isBackendError(error, 'featureUnavailable') ? error.issues : []
  }

  function byField(error: unknown): Record<string, string> {
    const issues = licenceIssues(error)
    return issues.length > 0 ? validation.byField(issues) : voice.byField(error)
  }

  function say(error: unknown, action?: FailedAction): string {
    const [first] = licenceIssues(error)
    return first ? validation.message(first) : voice.say(error, action)
  }

  return { byField, say }
}
