import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { ExchangeServer } from '../../../test-world/exchange/server'
import type { DownstreamTokens } from '../downstream.js'
import type { RetryPolicy } from '../retry.js'
import { createLocalJWKSet } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, RESTRICTED_TENANTS, TECHNICIAN } from '../../../test-world/directory'
import { EXCHANGE_RESOURCE } from '../../../test-world/exchange/server'
import { startTestExchange } from '../../../test-world/exchange/testWorld'
import { startTestGraph } from '../../../test-world/graph/testWorld'
import { callerCheck } from '../auth.js'
import { readRelayConfig } from '../config.js'
import { RelayError } from '../http.js'
import { serveLocally } from '../local.js'
import { createRelay } from '../relay.js'
import { relayRoutes } from '../routes.js'
import { invokeCmdlet } from './invoke.js'

const AUDIENCE = 'api://9d4b6f2a-7c1e-4e3a-b5d8-0f2a4c6e8a10'
const [standard, deskless, mixed] = CLIENT_TENANTS

describe('Exchange Online through the relay', () => {
  let graph: TestGraph
  let exchange: ExchangeServer
  let served: Awaited<ReturnType<typeof serveLocally>>
  const waits: number[] = []
  const exchanged: string[] = []
  const retry: RetryPolicy = {
    attempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 5000,
    sleep: async ms => void waits.push(ms),
  }
  /** Tokens as MSAL's on-behalf-of exchange would give them: Exchange's, at the customer's authority. */
  const downstream: DownstreamTokens = {
    onBehalfOf: async (assertion, resource, tenantId) => {
      expect(assertion).not.toBe('')
      expect(resource).toBe('exchange')
      exchanged.push(tenantId)
      return graph.issuer.mint(tenantId, { aud: EXCHANGE_RESOURCE, scp: 'Exchange.Manage' })
    },
    appOnly: () => Promise.reject(new Error('no app-only token expected')),
  }

  beforeAll(async () => {
    graph = await startTestGraph()
    exchange = await startTestExchange(graph)
    const config = readRelayConfig({
      RELAY_TENANT_ID: PARTNER_TENANT.id,
      RELAY_AUDIENCE: AUDIENCE,
      RELAY_ISSUER: `${graph.issuer.authorityOrigin}/${PARTNER_TENANT.id}`,
      RELAY_JWKS_URI: 'https://unused.example/keys',
      RELAY_ALLOWED_ORIGIN: 'http://127.0.0.1:4174',
      RELAY_CLIENT_ID: '9d4b6f2a-7c1e-4e3a-b5d8-0f2a4c6e8a10',
      RELAY_CLIENT_SECRET: 'test-secret',
    })
    served = await serveLocally(
      createRelay({
        allowedOrigin: config.allowedOrigin,
        checkCaller: callerCheck(config, createLocalJWKSet(graph.issuer.keys)),
        routes: relayRoutes({ downstream, exchangeOrigin: exchange.baseUrl, retry }),
      }),
    )
  })
  afterAll(async () => {
    await Promise.all([served.close(), exchange.close(), graph.server.close()])
  })

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const token = await graph.issuer.mint(PARTNER_TENANT.id, {
      aud: AUDIENCE,
      scp: 'access_as_user',
      name: TECHNICIAN.name,
    })
    const response = await fetch(served.origin + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      body: (text === '' ? undefined : JSON.parse(text)) as any,
    }
  }
  const userOf = (tenantId: string, index = 0) =>
    graph.server.world().tenants.get(tenantId)!.users[index]!.userPrincipalName

  it("turns POP off for a tenant's defaults and reads it back", async () => {
    const changed = await call('PATCH', `/api/tenants/${standard.id}/exchange/protocols`, { protocols: { pop: false } })
    expect(changed.status).toBe(200)
    expect(changed.body.results).toEqual([{ item: expect.stringMatching(/^ExchangeOnline-/), status: 'done' }])
    const read = await call('GET', `/api/tenants/${standard.id}/exchange/protocols`)
    expect(read.body.plans).toEqual([
      {
        name: expect.stringMatching(/^ExchangeOnline-/),
        displayName: 'ExchangeOnline',
        protocols: { owa: true, mapi: true, activeSync: true, pop: false, imap: true },
      },
    ])
  })

  it('turns POP off for one user, leaving the others', async () => {
    const [first, second] = [userOf(deskless.id, 0), userOf(deskless.id, 1)]
    const changed = await call('PATCH', `/api/tenants/${deskless.id}/users/${encodeURIComponent(first)}/exchange`, {
      protocols: { pop: false },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.protocols).toEqual({ owa: true, mapi: true, activeSync: true, pop: false, imap: true })
    const again = await call('GET', `/api/tenants/${deskless.id}/users/${encodeURIComponent(first)}/exchange`)
    expect(again.body.protocols.pop).toBe(false)
    const other = await call('GET', `/api/tenants/${deskless.id}/users/${encodeURIComponent(second)}/exchange`)
    expect(other.body.protocols.pop).toBe(true)
  })

  it("refuses a mailbox size above the licence's maximum, naming the field, and keeps one within it", async () => {
    // The mixed tenant's first users have E3: Exchange Online Plan 2, 100 GB at most.
    const upn = encodeURIComponent(userOf(mixed.id, 0))
    const refused = await call('PATCH', `/api/tenants/${mixed.id}/users/${upn}/exchange`, {
      quotas: { prohibitSendReceiveQuota: '120 GB' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toEqual({
      code: 'invalid',
      message: expect.stringMatching(/100 GB/),
      correlationId: expect.any(String),
      field: 'quotas.prohibitSendReceiveQuota',
    })
    const kept = await call('PATCH', `/api/tenants/${mixed.id}/users/${upn}/exchange`, {
      quotas: { prohibitSendReceiveQuota: '80 GB', prohibitSendQuota: '79 GB', issueWarningQuota: '75 GB' },
    })
    expect(kept.status).toBe(200)
    expect(kept.body.quotas).toEqual({
      prohibitSendReceiveQuota: 80 * 1024 ** 3,
      prohibitSendQuota: 79 * 1024 ** 3,
      issueWarningQuota: 75 * 1024 ** 3,
    })
    // A Deskless (F3) user's mailbox is 2 GB at most.
    const f3 = encodeURIComponent(userOf(mixed.id, 3))
    const small = await call('PATCH', `/api/tenants/${mixed.id}/users/${f3}/exchange`, {
      quotas: { prohibitSendReceiveQuota: '3 GB' },
    })
    expect(small.body.error.field).toBe('quotas.prohibitSendReceiveQuota')
  })

  it('sets the size the mailbox plans give new mailboxes, plan by plan, leaving existing mailboxes alone', async () => {
    // The mixed tenant has E3 (Plan 2, 100 GB at most) and F3 (Kiosk, 2 GB at most).
    const before = await call('GET', `/api/tenants/${mixed.id}/exchange/mailbox-plans`)
    expect(before.body.plans.map((plan: { displayName: string }) => plan.displayName).sort()).toEqual([
      'ExchangeOnlineDeskless',
      'ExchangeOnlineEnterprise',
    ])
    const upn = encodeURIComponent(userOf(mixed.id, 1))
    const mailboxBefore = (await call('GET', `/api/tenants/${mixed.id}/users/${upn}/exchange`)).body.quotas
    expect(mailboxBefore.prohibitSendReceiveQuota).toBe(100 * 1024 ** 3)
    const changed = await call('PATCH', `/api/tenants/${mixed.id}/exchange/mailbox-plans`, {
      quotas: { prohibitSendReceiveQuota: '10 GB', prohibitSendQuota: '9 GB', issueWarningQuota: '8 GB' },
    })
    // Above the Kiosk plan's 2 GB: refused for that plan only, in Exchange's words.
    expect(changed.status).toBe(207)
    const byPlan = Object.fromEntries(
      changed.body.results.map((result: { item: string }) => [result.item.replace(/-.*$/, ''), result]),
    )
    expect(byPlan.ExchangeOnlineEnterprise).toMatchObject({ status: 'done' })
    expect(byPlan.ExchangeOnlineDeskless).toMatchObject({
      status: 'failed',
      error: { code: 'invalid', message: expect.stringMatching(/2 GB/) },
    })
    const enterprise = changed.body.plans.find(
      (plan: { displayName: string }) => plan.displayName === 'ExchangeOnlineEnterprise',
    )
    expect(enterprise.quotas).toEqual({
      prohibitSendReceiveQuota: 10 * 1024 ** 3,
      prohibitSendQuota: 9 * 1024 ** 3,
      issueWarningQuota: 8 * 1024 ** 3,
    })
    // "Modifying the settings in a mailbox plan doesn't affect existing mailboxes" (Set-MailboxPlan's page).
    expect((await call('GET', `/api/tenants/${mixed.id}/users/${upn}/exchange`)).body.quotas).toEqual(mailboxBefore)
    const named = await call('PATCH', `/api/tenants/${mixed.id}/exchange/mailbox-plans`, {
      plans: [enterprise.name],
      quotas: { prohibitSendReceiveQuota: 'lots' },
    })
    expect(named.status).toBe(400)
    expect(named.body.error.field).toBe('quotas.prohibitSendReceiveQuota')
  })

  it('adds blocked senders, with a result per entry', async () => {
    const added = await call('POST', `/api/tenants/${standard.id}/exchange/senders`, {
      list: 'blocked',
      entries: ['promo@spam.example', 'spam.example', 'not an address'],
    })
    expect(added.status).toBe(207)
    expect(added.body.results.map((r: { status: string }) => r.status)).toEqual(['done', 'done', 'failed'])
    expect(added.body.results[2].error).toMatchObject({ code: 'invalid', field: 'entries[2]' })
    const read = await call('GET', `/api/tenants/${standard.id}/exchange/senders`)
    expect(read.body).toEqual({
      allowed: [],
      allowedDomains: [],
      blocked: ['promo@spam.example'],
      blockedDomains: ['spam.example'],
    })
    const removed = await call('DELETE', `/api/tenants/${standard.id}/exchange/senders/blocked/spam.example`)
    expect(removed.body.blockedDomains).toEqual([])
  })

  it('creates a distribution list with a member, and says which member it could not add', async () => {
    const member = userOf(standard.id, 1)
    const created = await call('POST', `/api/tenants/${standard.id}/exchange/distribution-lists`, {
      name: 'Équipe ventes',
      alias: 'ventes',
      members: [member, `nobody@${standard.defaultDomain}`],
    })
    expect(created.status).toBe(207)
    expect(created.body.list).toMatchObject({
      name: 'Équipe ventes',
      primarySmtpAddress: `ventes@${standard.defaultDomain}`,
    })
    expect(created.body.results).toEqual([
      { item: member, status: 'done' },
      {
        item: `nobody@${standard.defaultDomain}`,
        status: 'failed',
        error: expect.objectContaining({ code: 'notFound', field: 'members[1]' }),
      },
    ])
    const members = await call('GET', `/api/tenants/${standard.id}/exchange/distribution-lists/ventes/members`)
    expect(members.body.value).toEqual([{ name: expect.any(String), primarySmtpAddress: member }])
    const again = await call('POST', `/api/tenants/${standard.id}/exchange/distribution-lists`, {
      name: 'Ventes',
      alias: 'ventes',
    })
    expect(again.status).toBe(409)
    expect(again.body.error.field).toBe('alias')
    expect((await call('DELETE', `/api/tenants/${standard.id}/exchange/distribution-lists/ventes`)).status).toBe(204)
    expect((await call('GET', `/api/tenants/${standard.id}/exchange/distribution-lists`)).body.value).toEqual([])
  })

  it('adds a mail contact and removes it', async () => {
    const added = await call('POST', `/api/tenants/${standard.id}/exchange/contacts`, {
      name: 'Comptable Fiducial',
      email: 'compta@fiducial.example',
    })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ name: 'Comptable Fiducial', email: 'compta@fiducial.example' })
    const listed = await call('GET', `/api/tenants/${standard.id}/exchange/contacts`)
    expect(listed.body.value.map((c: { email: string }) => c.email)).toEqual(['compta@fiducial.example'])
    expect((await call('DELETE', `/api/tenants/${standard.id}/exchange/contacts/${added.body.id}`)).status).toBe(204)
    expect((await call('GET', `/api/tenants/${standard.id}/exchange/contacts`)).body.value).toEqual([])
    const wrong = await call('POST', `/api/tenants/${standard.id}/exchange/contacts`, { name: 'X', email: 'nope' })
    expect(wrong.body.error).toMatchObject({ code: 'invalid', field: 'email' })
  })

  it('refuses a malformed change itself, naming the field, before asking for a token', async () => {
    exchanged.length = 0
    const refused = await call('PATCH', `/api/tenants/${standard.id}/exchange/protocols`, {
      protocols: { smtp: false },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'invalid', field: 'protocols.smtp' })
    const size = await call(
      'PATCH',
      `/api/tenants/${standard.id}/users/${encodeURIComponent(userOf(standard.id))}/exchange`,
      {
        quotas: { prohibitSendReceiveQuota: 'lots' },
      },
    )
    expect(size.body.error).toMatchObject({ code: 'invalid', field: 'quotas.prohibitSendReceiveQuota' })
    expect(exchanged).toEqual([])
  })

  it('is refused by Exchange for a parameter its reference does not have', async () => {
    const token = await graph.issuer.mint(standard.id, { aud: EXCHANGE_RESOURCE, scp: 'Exchange.Manage' })
    const refused = await invokeCmdlet(
      { origin: exchange.baseUrl, token, tenantId: standard.id, correlationId: 'c-1' },
      'Set-CASMailbox',
      { Identity: userOf(standard.id), PopEnable: false },
    ).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(RelayError)
    expect(refused).toMatchObject({ status: 400, code: 'invalid', field: 'PopEnable' })
    expect((refused as RelayError).message).toMatch(/cannot be found that matches parameter name 'PopEnable'/)
  })

  it('retries throttling with backoff and passes the correlation id on to Exchange', async () => {
    waits.length = 0
    exchange.requests.length = 0
    exchange.throttle(2, 'tooMany', 3)
    const read = await call('GET', `/api/tenants/${standard.id}/exchange/protocols`, undefined, {
      'x-correlation-id': 'page-42',
    })
    expect(read.status).toBe(200)
    expect(read.headers.get('x-correlation-id')).toBe('page-42')
    expect(waits).toEqual([3000, 3000])
    expect(exchange.requests.map(r => [r.status, r.clientRequestId])).toEqual([
      [429, 'page-42'],
      [429, 'page-42'],
      [200, 'page-42'],
    ])
    waits.length = 0
    exchange.throttle(5, 'busy')
    const busy = await call('GET', `/api/tenants/${standard.id}/exchange/protocols`)
    expect(waits).toEqual([100, 200, 400])
    expect(busy.status).toBe(503)
    expect(busy.body.error.code).toBe('throttled')
    exchange.throttle(0)
  })

  it('passes on a tenant where the technician holds no Exchange role as forbidden', async () => {
    const refused = await call('GET', `/api/tenants/${RESTRICTED_TENANTS.noRole.id}/exchange/protocols`)
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('forbidden')
  })

  it('serves no browser page, and no token for another tenant or resource', async () => {
    const token = await graph.issuer.mint(standard.id, { aud: EXCHANGE_RESOURCE, scp: 'Exchange.Manage' })
    const url = `${exchange.baseUrl}/adminapi/beta/${standard.id}/InvokeCommand`
    const body = JSON.stringify({ CmdletInput: { CmdletName: 'Get-CASMailboxPlan', Parameters: {} } })
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
    const fromPage = await fetch(url, {
      method: 'POST',
      body,
      headers: { ...headers, Origin: 'http://127.0.0.1:4174' },
    })
    expect(fromPage.status).toBe(403)
    expect(fromPage.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'http://127.0.0.1:4174' } })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const otherTenant = await fetch(`${exchange.baseUrl}/adminapi/beta/${deskless.id}/InvokeCommand`, {
      method: 'POST',
      body,
      headers,
    })
    expect(otherTenant.status).toBe(401)
    const graphToken = await graph.issuer.mint(standard.id)
    const forGraph = await fetch(url, {
      method: 'POST',
      body,
      headers: { ...headers, Authorization: `Bearer ${graphToken}` },
    })
    expect(forGraph.status).toBe(401)
    expect((await fetch(url, { method: 'POST', body, headers })).status).toBe(200)
  })
})
