import type { Caller } from '../auth.js'
import type { DownstreamTokens } from '../downstream.js'
import type { RelayRequest, RelayResponse } from '../http.js'
import type { RelayRoute } from '../relay.js'
import type { RetryPolicy } from '../retry.js'
import type { CmdletParameters, CmdletRow, ExchangeCall } from './invoke.js'
import { DOWNSTREAM_RESOURCES } from '../downstream.js'
import { RelayError } from '../http.js'
import { DEFAULT_RETRY } from '../retry.js'
import { invokeCmdlet } from './invoke.js'

/**
 * The console's Exchange Online settings, each a cmdlet or a few run in the customer's tenant on
 * the technician's behalf (GDAP: Exchange Administrator):
 * - `GET|PATCH /api/tenants/{id}/exchange/protocols`: the tenant's defaults, its CAS mailbox plans;
 * - `GET|PATCH /api/tenants/{id}/exchange/mailbox-plans`: the sizes its mailbox plans give new mailboxes;
 * - `GET|PATCH /api/tenants/{id}/users/{upn}/exchange`: a mailbox's protocols and size;
 * - `GET|POST /api/tenants/{id}/exchange/senders`, `DELETE …/senders/{allowed|blocked}/{entry}`;
 * - `GET|POST /api/tenants/{id}/exchange/distribution-lists`, `DELETE …/{list}`,
 *   `GET|POST …/{list}/members`, `DELETE …/{list}/members/{member}`;
 * - `GET|POST /api/tenants/{id}/exchange/contacts`, `DELETE …/{contact}`.
 * Bulk writes answer a result per item (207 when some failed); a refusal names the field it concerns.
 */

export interface ExchangeRouteOptions {
  readonly downstream: DownstreamTokens
  /** Exchange Online's origin, `https://outlook.office365.com` unless said (the test world's in tests). */
  readonly exchangeOrigin?: string
  readonly retry?: RetryPolicy
}

/** The console's names for the five protocols, and the CAS property each is. */
const PROTOCOLS = {
  owa: 'OWAEnabled',
  mapi: 'MAPIEnabled',
  activeSync: 'ActiveSyncEnabled',
  pop: 'PopEnabled',
  imap: 'ImapEnabled',
} as const
type ProtocolName = keyof typeof PROTOCOLS

const QUOTAS = {
  prohibitSendReceiveQuota: 'ProhibitSendReceiveQuota',
  prohibitSendQuota: 'ProhibitSendQuota',
  issueWarningQuota: 'IssueWarningQuota',
} as const

const SENDER_LISTS = {
  allowed: { address: 'AllowedSenders', domain: 'AllowedSenderDomains' },
  blocked: { address: 'BlockedSenders', domain: 'BlockedSenderDomains' },
} as const
type SenderList = keyof typeof SENDER_LISTS

const TENANT = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})'
const SEGMENT = '([^/]+)'

function invalid(message: string, field: string): RelayError {
  return new RelayError(400, 'invalid', message, field)
}

function objectBody(request: RelayRequest): Record<string, unknown> {
  const body = request.body
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('The body must be an object.', '')
  return body as Record<string, unknown>
}

function textField(body: Record<string, unknown>, name: string, { optional = false } = {}): string | undefined {
  const value = body[name]
  if (value === undefined && optional) return undefined
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${name} must be a non-empty text.`, name)
  return value.trim()
}

function textList(body: Record<string, unknown>, name: string): string[] {
  const value = body[name] ?? []
  if (!Array.isArray(value) || value.some(entry => typeof entry !== 'string' || entry.trim() === ''))
    throw invalid(`${name} must be a list of texts.`, name)
  return (value as string[]).map(entry => entry.trim())
}

function protocolsOf(row: CmdletRow): Record<ProtocolName, boolean> {
  return Object.fromEntries(
    Object.entries(PROTOCOLS).map(([name, property]) => [name, row[property] === true]),
  ) as Record<ProtocolName, boolean>
}

/** The protocol switches a PATCH body gives, as CAS parameters; at least one. */
function protocolParameters(value: unknown, prefix: string): Record<string, boolean> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('Give the protocols to change, e.g. { "pop": false }.', prefix.replace(/\.$/, ''))
  const parameters: Record<string, boolean> = {}
  for (const [name, enabled] of Object.entries(value)) {
    const property = PROTOCOLS[name as ProtocolName]
    if (!property) throw invalid(`${name} is not a protocol (owa, mapi, activeSync, pop, imap).`, prefix + name)
    if (typeof enabled !== 'boolean') throw invalid(`${name} must be true or false.`, prefix + name)
    parameters[property] = enabled
  }
  if (Object.keys(parameters).length === 0) throw invalid('Give at least one protocol.', prefix.replace(/\.$/, ''))
  return parameters
}

/** A size as Set-Mailbox takes it: a whole number of bytes, or a number with its unit (`49 GB`). */
function sizeParameter(value: unknown, field: string): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value)
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB)?\s*$/i.test(value)) return value.trim()
  throw invalid('A size is a whole number of bytes, or a number with B, KB, MB, GB or TB.', field)
}

/** The quotas a PATCH body gives, as Set-Mailbox's or Set-MailboxPlan's parameters, with the field each came from. */
function quotaParameters(quotas: unknown): { parameters: Record<string, string>; fields: Record<string, string> } {
  if (typeof quotas !== 'object' || quotas === null || Array.isArray(quotas))
    throw invalid('Give the quotas to change.', 'quotas')
  const parameters: Record<string, string> = {}
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(quotas)) {
    const property = QUOTAS[name as keyof typeof QUOTAS]
    if (!property) throw invalid(`${name} is not a mailbox quota.`, `quotas.${name}`)
    parameters[property] = sizeParameter(value, `quotas.${name}`)
    fields[property] = `quotas.${name}`
  }
  if (Object.keys(parameters).length === 0) throw invalid('Give at least one quota.', 'quotas')
  return { parameters, fields }
}

/** A size as Exchange shows it (`50 GB (53,687,091,200 bytes)`), in bytes. */
function bytesOf(shown: unknown): number | null {
  const match = typeof shown === 'string' ? /\(([\d,]+) bytes\)/.exec(shown) : null
  return match ? Number(match[1]!.replace(/,/g, '')) : null
}

type ItemResult = { item: string; status: 'done' } | { item: string; status: 'failed'; error: Record<string, unknown> }

/** A bulk write's answer: a result per item, 207 when some failed (200 when none did). */
function bulk(results: ItemResult[], extra: Record<string, unknown> = {}, okStatus = 200): RelayResponse {
  return {
    status: results.some(result => result.status === 'failed') ? 207 : okStatus,
    body: { ...extra, results },
  }
}

async function eachItem(
  items: readonly string[],
  run: (item: string) => Promise<unknown>,
  field: string,
): Promise<ItemResult[]> {
  const results: ItemResult[] = []
  // One after the other: Exchange throttles a tenant's bursts, and each result must be the item's own.
  for (const [index, item] of items.entries()) {
    try {
      await run(item)
      results.push({ item, status: 'done' })
    } catch (error) {
      if (!(error instanceof RelayError)) throw error
      results.push({
        item,
        status: 'failed',
        error: { code: error.code, message: error.message, field: `${field}[${index}]` },
      })
    }
  }
  return results
}

export function exchangeRoutes({
  downstream,
  exchangeOrigin = DOWNSTREAM_RESOURCES.exchange,
  retry = DEFAULT_RETRY,
}: ExchangeRouteOptions): RelayRoute[] {
  /**
   * Runs cmdlets in the tenant with a token exchanged for the technician's, asked at the first
   * cmdlet: a request the relay refuses itself (a malformed body) costs no exchange.
   */
  function session(caller: Caller, tenantId: string, correlationId: string) {
    let token: Promise<string> | undefined
    return async (cmdlet: string, parameters: CmdletParameters = {}, fields?: Record<string, string>) => {
      token ??= downstream.onBehalfOf(caller.assertion, 'exchange', tenantId)
      const call: ExchangeCall = { origin: exchangeOrigin, token: await token, tenantId, correlationId, fields }
      return invokeCmdlet(call, cmdlet, parameters, retry)
    }
  }

  const route = (
    method: RelayRoute['method'],
    path: string,
    handle: (
      run: ReturnType<typeof session>,
      request: RelayRequest,
      params: readonly string[],
    ) => Promise<RelayResponse>,
  ): RelayRoute => ({
    method,
    pattern: new RegExp(`^/api/tenants/${TENANT}${path}$`),
    handle: async (request, caller, params, correlationId) => {
      const [tenantId, ...rest] = params
      const decoded = rest.map(value => decodeURIComponent(value))
      return handle(session(caller, tenantId!, correlationId), request, decoded)
    },
  })

  const readProtocols = async (run: ReturnType<typeof session>) => ({
    plans: (await run('Get-CASMailboxPlan')).map(plan => ({
      name: plan.Name,
      displayName: plan.DisplayName,
      protocols: protocolsOf(plan),
    })),
  })

  const quotasOf = (row: CmdletRow | undefined) =>
    Object.fromEntries(Object.entries(QUOTAS).map(([name, property]) => [name, bytesOf(row?.[property])]))

  /** The quotas each mailbox plan gives the mailboxes created or licensed under it. */
  const readMailboxPlans = async (run: ReturnType<typeof session>) => ({
    plans: (await run('Get-MailboxPlan')).map(plan => ({
      name: plan.Name,
      displayName: plan.DisplayName,
      quotas: quotasOf(plan),
    })),
  })

  const readMailbox = async (run: ReturnType<typeof session>, upn: string) => {
    const [cas] = await run('Get-CASMailbox', { Identity: upn })
    const [mailbox] = await run('Get-Mailbox', { Identity: upn })
    return {
      userPrincipalName: upn,
      protocols: protocolsOf(cas ?? {}),
      quotas: quotasOf(mailbox),
    }
  }

  const readSenders = async (run: ReturnType<typeof session>) => {
    const [policy] = await run('Get-HostedContentFilterPolicy', { Identity: 'Default' })
    const listOf = (property: string) => (Array.isArray(policy?.[property]) ? (policy[property] as string[]) : [])
    return {
      allowed: listOf('AllowedSenders'),
      allowedDomains: listOf('AllowedSenderDomains'),
      blocked: listOf('BlockedSenders'),
      blockedDomains: listOf('BlockedSenderDomains'),
    }
  }

  /** Adds or removes one address (`a@b.fr`) or domain (`b.fr`) on a sender list. */
  const changeSender = (run: ReturnType<typeof session>, list: SenderList, entry: string, change: 'Add' | 'Remove') => {
    const property = entry.includes('@') ? SENDER_LISTS[list].address : SENDER_LISTS[list].domain
    return run('Set-HostedContentFilterPolicy', {
      Identity: 'Default',
      [property]: { '@odata.type': '#Exchange.GenericHashTable', [change]: [entry] },
    })
  }

  const listRow = (row: CmdletRow) => ({
    id: row.Guid,
    name: row.Name,
    displayName: row.DisplayName,
    alias: row.Alias,
    primarySmtpAddress: row.PrimarySmtpAddress,
  })
  const contactRow = (row: CmdletRow) => ({
    id: row.Guid,
    name: row.Name,
    displayName: row.DisplayName,
    email: row.PrimarySmtpAddress,
  })

  return [
    route('GET', '/exchange/protocols', async run => ({ status: 200, body: await readProtocols(run) })),
    route('PATCH', '/exchange/protocols', async (run, request) => {
      const parameters = protocolParameters(objectBody(request).protocols, 'protocols.')
      const plans = await run('Get-CASMailboxPlan')
      const results = await eachItem(
        plans.map(plan => String(plan.Name)),
        name => run('Set-CASMailboxPlan', { Identity: name, ...parameters }),
        'plans',
      )
      return bulk(results, await readProtocols(run))
    }),
    route('GET', '/exchange/mailbox-plans', async run => ({ status: 200, body: await readMailboxPlans(run) })),
    // The plans named (all when none is): Exchange refuses a size above a plan's licence, plan by plan.
    route('PATCH', '/exchange/mailbox-plans', async (run, request) => {
      const body = objectBody(request)
      const { parameters, fields } = quotaParameters(body.quotas)
      const names =
        body.plans === undefined
          ? (await run('Get-MailboxPlan')).map(plan => String(plan.Name))
          : textList(body, 'plans')
      const results = await eachItem(
        names,
        name => run('Set-MailboxPlan', { Identity: name, ...parameters }, fields),
        'plans',
      )
      return bulk(results, await readMailboxPlans(run))
    }),
    route('GET', `/users/${SEGMENT}/exchange`, async (run, _request, [upn]) => ({
      status: 200,
      body: await readMailbox(run, upn!),
    })),
    route('PATCH', `/users/${SEGMENT}/exchange`, async (run, request, [upn]) => {
      const body = objectBody(request)
      if (body.protocols === undefined && body.quotas === undefined)
        throw invalid('Give protocols and/or quotas to change.', '')
      if (body.protocols !== undefined)
        await run('Set-CASMailbox', { Identity: upn, ...protocolParameters(body.protocols, 'protocols.') })
      if (body.quotas !== undefined) {
        const { parameters, fields } = quotaParameters(body.quotas)
        await run('Set-Mailbox', { Identity: upn!, ...parameters }, fields)
      }
      return { status: 200, body: await readMailbox(run, upn!) }
    }),
    route('GET', '/exchange/senders', async run => ({ status: 200, body: await readSenders(run) })),
    route('POST', '/exchange/senders', async (run, request) => {
      const body = objectBody(request)
      const list = body.list
      if (list !== 'allowed' && list !== 'blocked') throw invalid('list is allowed or blocked.', 'list')
      const entries = textList(body, 'entries')
      if (entries.length === 0) throw invalid('Give at least one address or domain.', 'entries')
      const results = await eachItem(entries, entry => changeSender(run, list, entry, 'Add'), 'entries')
      return bulk(results, await readSenders(run))
    }),
    route('DELETE', `/exchange/senders/(allowed|blocked)/${SEGMENT}`, async (run, _request, [list, entry]) => {
      await changeSender(run, list as SenderList, entry!, 'Remove')
      return { status: 200, body: await readSenders(run) }
    }),
    route('GET', '/exchange/distribution-lists', async run => ({
      status: 200,
      body: { value: (await run('Get-DistributionGroup')).map(listRow) },
    })),
    route('POST', '/exchange/distribution-lists', async (run, request) => {
      const body = objectBody(request)
      const name = textField(body, 'name')!
      const alias = textField(body, 'alias', { optional: true })
      const address = textField(body, 'primarySmtpAddress', { optional: true })
      const members = textList(body, 'members')
      const [created] = await run(
        'New-DistributionGroup',
        { Name: name, ...(alias ? { Alias: alias } : {}), ...(address ? { PrimarySmtpAddress: address } : {}) },
        { Name: 'name', Alias: 'alias', PrimarySmtpAddress: 'primarySmtpAddress' },
      )
      const identity = String(created?.Guid ?? name)
      const results = await eachItem(
        members,
        member => run('Add-DistributionGroupMember', { Identity: identity, Member: member }),
        'members',
      )
      return bulk(results, { list: created ? listRow(created) : { name } }, 201)
    }),
    route('DELETE', `/exchange/distribution-lists/${SEGMENT}`, async (run, _request, [list]) => {
      await run('Remove-DistributionGroup', { Identity: list, Confirm: false })
      return { status: 204 }
    }),
    route('GET', `/exchange/distribution-lists/${SEGMENT}/members`, async (run, _request, [list]) => ({
      status: 200,
      body: {
        value: (await run('Get-DistributionGroupMember', { Identity: list })).map(row => ({
          name: row.Name,
          primarySmtpAddress: row.PrimarySmtpAddress,
        })),
      },
    })),
    route('POST', `/exchange/distribution-lists/${SEGMENT}/members`, async (run, request, [list]) => {
      const members = textList(objectBody(request), 'members')
      if (members.length === 0) throw invalid('Give at least one member.', 'members')
      return bulk(
        await eachItem(
          members,
          member => run('Add-DistributionGroupMember', { Identity: list, Member: member }),
          'members',
        ),
      )
    }),
    route(
      'DELETE',
      `/exchange/distribution-lists/${SEGMENT}/members/${SEGMENT}`,
      async (run, _request, [list, member]) => {
        await run('Remove-DistributionGroupMember', { Identity: list, Member: member, Confirm: false })
        return { status: 204 }
      },
    ),
    route('GET', '/exchange/contacts', async run => ({
      status: 200,
      body: { value: (await run('Get-MailContact')).map(contactRow) },
    })),
    route('POST', '/exchange/contacts', async (run, request) => {
      const body = objectBody(request)
      const name = textField(body, 'name')!
      const email = textField(body, 'email')!
      const displayName = textField(body, 'displayName', { optional: true })
      const [created] = await run(
        'New-MailContact',
        { Name: name, ExternalEmailAddress: email, ...(displayName ? { DisplayName: displayName } : {}) },
        { Name: 'name', ExternalEmailAddress: 'email', DisplayName: 'displayName' },
      )
      return { status: 201, body: contactRow(created ?? {}) }
    }),
    route('DELETE', `/exchange/contacts/${SEGMENT}`, async (run, _request, [contact]) => {
      await run('Remove-MailContact', { Identity: contact, Confirm: false })
      return { status: 204 }
    }),
  ]
}
