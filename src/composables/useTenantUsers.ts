import type { InjectionKey, Ref, ShallowRef } from 'vue'
import type { UserRepository } from '@/backends/backend'
import type { TenantUser } from '@/domain/users/users'
import { inject, provide, ref, shallowRef, watch } from 'vue'
import { ChangeNotLogged } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { useCurrentTenant } from '@/data/currentTenant'

type LoadState = 'loading' | 'ready' | 'error'

export interface TenantUsers {
  readonly users: ShallowRef<TenantUser[]>
  readonly state: Ref<LoadState>
  /** The last write was made, but its activity entry could not be written: the page says so. */
  readonly notLogged: Ref<boolean>
  /**
   * Runs one write to the open tenant's users, then reads them and the tenant again: a licence
   * given or freed moves the subscription's seat counter, which the page and tenant list show.
   */
  write: <T>(work: (users: UserRepository, tenantId: string) => Promise<T>) => Promise<T>
}

const key: InjectionKey<TenantUsers> = Symbol('tenantUsers')

/** The users page's state, shared with its parts (table, detail panel, dialogs). */
export function provideTenantUsers(): TenantUsers {
  const current = useCurrentTenant()
  const users = shallowRef<TenantUser[]>([])
  const state = ref<LoadState>('loading')
  const notLogged = ref(false)

  async function load(tenantId: string): Promise<void> {
    try {
      users.value = await useBackend().users.list(tenantId)
      state.value = 'ready'
    } catch {
      state.value = 'error'
    }
  }

  watch(
    () => current.tenant.value?.tenant.id,
    tenantId => {
      if (tenantId) {
        state.value = 'loading'
        void load(tenantId)
      }
    },
    { immediate: true },
  )

  async function write<T>(work: (repository: UserRepository, tenantId: string) => Promise<T>): Promise<T> {
    const tenantId = current.tenant.value!.tenant.id
    const backend = useBackend()
    notLogged.value = false
    try {
      return await work(backend.users, tenantId)
    } catch (error) {
      // Done, only not logged: the write's result stands, and the page warns.
      if (!(error instanceof ChangeNotLogged)) throw error
      notLogged.value = true
      return error.result as T
    } finally {
      // Refused writes too: another tab may have changed what the refusal was about.
      const fresh = await backend.tenants.get(tenantId)
      await Promise.all([load(tenantId), fresh ? current.replaceTenant(fresh) : current.reread(tenantId)])
    }
  }

  const provided: TenantUsers = { users, state, notLogged, write }
  provide(key, provided)
  return provided
}

export function useTenantUsers(): TenantUsers {
  const provided = inject(key)
  if (!provided) throw new Error('useTenantUsers() needs provideTenantUsers() in a parent (the users page)')
  return provided
}
