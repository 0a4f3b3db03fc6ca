import type { Faults } from './faults'
import type { GraphResponse } from './http'
import type { RecordedRequest, ThrottleRule } from './server'
import type { GraphWorld } from './world'
import { badRequest, errorResponse, json } from './http'
import { addClientTenant } from './world'
import { checkFaultRule } from './faults'
import { setLatency } from './latency'
import { appendItems, changeItem, listFromDefinition, listIn } from './routes/lists'

/**
 * Test-only endpoints under `/_test/` (no token): what the server received, throttling on demand,
 * a reseed, a tenant's directory as stored, publishing a domain's TXT record, and the partner's
 * lists as stored, with a change to an item made "elsewhere" (its ETag moves). Never part of Graph.
 */
export interface ControlState {
  readonly world: GraphWorld
  readonly requests: RecordedRequest[]
  readonly throttles: ThrottleRule[]
  readonly faults: Faults
  readonly schemaViolations: readonly string[]
  readonly reseed: () => void
}

interface ControlRoute {
  readonly method: string
  readonly pattern: RegExp
  readonly handle: (state: ControlState, params: readonly string[], body: unknown) => GraphResponse
}

function tenantOf(state: ControlState, id: string) {
  return state.world.tenants.get(id)
}

function partnerLists(state: ControlState) {
  return state.world.tenants.get(state.world.partnerTenantId)!.lists
}

export const controlRoutes: readonly ControlRoute[] = [
  {
    method: 'GET',
    pattern: /^\/_test\/requests$/,
    handle: state => json({ requests: state.requests, schemaViolations: state.schemaViolations }),
  },
  {
    method: 'DELETE',
    pattern: /^\/_test\/requests$/,
    handle: state => {
      state.requests.length = 0
      return { status: 204 }
    },
  },
  {
    method: 'POST',
    pattern: /^\/_test\/throttle$/,
    handle: (state, _params, body) => {
      const rule = body as Partial<ThrottleRule> | undefined
      if (!Number.isInteger(rule?.count) || !Number.isInteger(rule?.retryAfterSeconds))
        return errorResponse(badRequest('A throttle rule needs a whole count and retryAfterSeconds.'))
      state.throttles.push({
        count: rule!.count!,
        retryAfterSeconds: rule!.retryAfterSeconds!,
        path: rule!.path,
        method: rule!.method,
      })
      return { status: 204 }
    },
  },
  // Lost answers, dropped connections, throttling with dates: see faults.ts.
  {
    method: 'POST',
    pattern: /^\/_test\/faults$/,
    handle: (state, _params, body) => {
      const rule = checkFaultRule(body)
      if (typeof rule === 'string') return errorResponse(badRequest(rule))
      state.faults.add(rule)
      return { status: 204 }
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/_test\/faults$/,
    handle: state => {
      state.faults.clear()
      return { status: 204 }
    },
  },
  {
    method: 'POST',
    pattern: /^\/_test\/reset$/,
    handle: state => {
      state.reseed()
      state.requests.length = 0
      state.throttles.length = 0
      state.faults.clear()
      return { status: 204 }
    },
  },
  {
    method: 'GET',
    pattern: /^\/_test\/tenants\/([^/]+)$/,
    handle: (state, [id]) => {
      const tenant = tenantOf(state, id!)
      return tenant ? json({ ...tenant, publishedTxt: [...tenant.publishedTxt] }) : { status: 404 }
    },
  },
  {
    method: 'POST',
    pattern: /^\/_test\/tenants\/([^/]+)\/dns$/,
    handle: (state, [id], body) => {
      const domain = (body as { domain?: unknown } | undefined)?.domain
      const tenant = tenantOf(state, id!)
      if (!tenant || typeof domain !== 'string') return errorResponse(badRequest('Name a known tenant and a domain.'))
      tenant.publishedTxt.add(domain.toLowerCase())
      return { status: 204 }
    },
  },
  // The partner's admin gives the technicians' group a role in a customer's GDAP relationship, or takes it away
  // (Partner Center: the relationship's roles and its security-group assignment), as `{ roleDefinitionId, held }`.
  {
    method: 'POST',
    pattern: /^\/_test\/tenants\/([^/]+)\/technician-roles$/,
    handle: (state, [id], body) => {
      const { roleDefinitionId, held } = (body ?? {}) as { roleDefinitionId?: unknown; held?: unknown }
      const relationship = state.world.gdap.relationships.find(r => r.customer.tenantId === id)
      const assignment = relationship?.accessAssignments[0]
      if (!relationship || !assignment || typeof roleDefinitionId !== 'string' || typeof held !== 'boolean')
        return errorResponse(badRequest('Name a customer with an assignment, a roleDefinitionId and held.'))
      for (const roles of [relationship.accessDetails.unifiedRoles, assignment.accessDetails.unifiedRoles]) {
        const at = roles.findIndex(role => role.roleDefinitionId === roleDefinitionId)
        if (held && at < 0) roles.push({ roleDefinitionId })
        if (!held && at >= 0) roles.splice(at, 1)
      }
      return { status: 204 }
    },
  },
  // A customer's administrator changes SharePoint's sharing in its own admin center (to "Anyone", say).
  {
    method: 'PATCH',
    pattern: /^\/_test\/tenants\/([^/]+)\/sharepoint$/,
    handle: (state, [id], body) => {
      const sharingCapability = (body as { sharingCapability?: unknown } | undefined)?.sharingCapability
      const tenant = tenantOf(state, id!)
      if (!tenant || typeof sharingCapability !== 'string')
        return errorResponse(badRequest('Name a known tenant and a sharingCapability.'))
      tenant.sharepointSettings.sharingCapability = sharingCapability
      return { status: 204 }
    },
  },
  { method: 'GET', pattern: /^\/_test\/lists$/, handle: state => json({ lists: partnerLists(state) }) },
  {
    method: 'PATCH',
    pattern: /^\/_test\/lists\/([^/]+)\/items\/([^/]+)$/,
    handle: (state, [listKey, itemId], body) => {
      const fields = (body as { fields?: unknown } | undefined)?.fields
      const item = listIn(partnerLists(state), listKey!)?.items.find(i => i.id === itemId)
      if (!item || typeof fields !== 'object' || fields === null)
        return errorResponse(badRequest('Name a list, one of its items and the fields to change.'))
      changeItem(item, fields as Record<string, unknown>)
      return json(item)
    },
  },
  // Seeds many items at once (a large list for the threshold tests and the benchmark), creating
  // the list from `definition` when the partner has none by that name yet.
  {
    method: 'POST',
    pattern: /^\/_test\/lists\/([^/]+)\/items$/,
    handle: (state, [listKey], body) => {
      const { items, definition } = (body ?? {}) as { items?: unknown; definition?: { displayName?: string } }
      let list = listIn(partnerLists(state), listKey!)
      if (!list && definition) {
        list = listFromDefinition(definition)
        partnerLists(state).push(list)
      }
      if (!list || !Array.isArray(items))
        return errorResponse(badRequest('Name a list (or give its definition) and the fields of the items to add.'))
      appendItems(list, items as Record<string, unknown>[])
      return json({ id: list.id, count: list.items.length })
    },
  },
  // Every Graph call answered this many milliseconds later (latency.ts), for benchmarks.
  {
    method: 'POST',
    pattern: /^\/_test\/latency$/,
    handle: (_state, _params, body) => {
      const ms = (body as { ms?: unknown } | undefined)?.ms
      if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0)
        return errorResponse(badRequest('A latency needs a whole, non-negative ms.'))
      setLatency(ms)
      return { status: 204 }
    },
  },
  // Adds `count` client tenants under GDAP (roles assigned, app consented), each buying `seats`
  // of `skuPartNumber`: a partner with hundreds of customers, for the benchmark.
  {
    method: 'POST',
    pattern: /^\/_test\/customers$/,
    handle: (state, _params, body) => {
      const {
        count,
        skuPartNumber = 'STANDARDPACK',
        seats = 25,
      } = (body ?? {}) as { count?: unknown; skuPartNumber?: string; seats?: number }
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        return errorResponse(badRequest('Say how many customers to add (a whole count).'))
      const start = state.world.customers.length
      for (let index = 0; index < count; index++)
        addClientTenant(state.world, {
          displayName: `Client ${String(start + index).padStart(4, '0')}`,
          skus: [{ skuPartNumber, seats }],
        })
      return json({ customers: state.world.customers.length })
    },
  },
  // Withdraws the console's and the relay's consent in a tenant (as a customer admin removing the enterprise
  // apps would: their service principals go too), so a spec can consent it again from the console.
  {
    method: 'DELETE',
    pattern: /^\/_test\/tenants\/([^/]+)\/consent$/,
    handle: (state, [id]) => {
      state.world.gdap.consents.delete(id!)
      state.world.gdap.servicePrincipals.delete(id!)
      return { status: 204 }
    },
  },
]
