import type { GraphUser, GraphWorld, SubscribedSku } from '../graph/world'
import { randomUUID } from 'node:crypto'

/**
 * What the Exchange admin test server keeps per customer tenant, beside the Graph world it is
 * seeded from: a licensed Graph user has a mailbox (found by UPN, alias or address), its mailbox
 * plan follows its licence, and its protocols start from that plan's CAS mailbox plan.
 */

export const PROTOCOLS = ['OWAEnabled', 'MAPIEnabled', 'ActiveSyncEnabled', 'PopEnabled', 'ImapEnabled'] as const
export type Protocol = (typeof PROTOCOLS)[number]
export type ProtocolSettings = Record<Protocol, boolean>

const GB = 1024 ** 3

/**
 * The mailbox plans a licence brings, by the Exchange service plan in its SKU, with the largest
 * mailbox it allows: 50 GB for Exchange Online Plan 1 (E1, Business), 100 GB for Plan 2 (E3/E5),
 * 2 GB for the Kiosk/F3 plan
 * (https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#mailbox-storage-limits).
 * A CAS mailbox plan is "tied to the corresponding mailbox plan that has the same name"
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailboxplan).
 */
const PLAN_BY_SERVICE_PLAN: Record<string, { readonly displayName: string; readonly maxBytes: number }> = {
  EXCHANGE_S_STANDARD: { displayName: 'ExchangeOnline', maxBytes: 50 * GB },
  EXCHANGE_S_ENTERPRISE: { displayName: 'ExchangeOnlineEnterprise', maxBytes: 100 * GB },
  EXCHANGE_S_DESKLESS: { displayName: 'ExchangeOnlineDeskless', maxBytes: 2 * GB },
}

export interface Quotas {
  ProhibitSendReceiveQuota: number
  ProhibitSendQuota: number
  IssueWarningQuota: number
}

export interface MailboxPlan {
  readonly guid: string
  /** `<DisplayName>-<GUID>`, as Exchange names plans. */
  readonly name: string
  readonly displayName: string
  readonly maxBytes: number
  readonly protocols: ProtocolSettings
  /**
   * The quotas new mailboxes get (`Set-MailboxPlan`): "a template that automatically configures
   * mailbox properties", which doesn't change mailboxes made before
   * (https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailboxplan).
   */
  readonly quotas: Quotas
}

/** The licence's largest mailbox, with the send and warning quotas below it. */
export function quotasUpTo(maxBytes: number): Quotas {
  return {
    ProhibitSendReceiveQuota: maxBytes,
    ProhibitSendQuota: maxBytes - maxBytes / 50,
    IssueWarningQuota: maxBytes - maxBytes / 10,
  }
}

export interface Mailbox {
  readonly guid: string
  readonly userId: string
  readonly plan: MailboxPlan
  readonly protocols: ProtocolSettings
  readonly quotas: Quotas
}

export interface DistributionGroup {
  readonly guid: string
  readonly name: string
  displayName: string
  readonly alias: string
  readonly primarySmtpAddress: string
  readonly members: string[]
}

export interface MailContact {
  readonly guid: string
  readonly name: string
  readonly displayName: string
  readonly alias: string
  readonly externalEmailAddress: string
}

export interface SenderLists {
  AllowedSenders: string[]
  BlockedSenders: string[]
  AllowedSenderDomains: string[]
  BlockedSenderDomains: string[]
}

export interface ExchangeTenant {
  readonly plans: MailboxPlan[]
  /** Per Graph user id, made on first use from the user's licence. */
  readonly mailboxes: Map<string, Mailbox>
  /** The tenant's one anti-spam policy, `Default`, whose sender lists the console edits. */
  readonly contentFilter: SenderLists
  readonly groups: DistributionGroup[]
  readonly contacts: MailContact[]
}

export interface ExchangeWorld {
  readonly graph: () => GraphWorld
  readonly tenants: Map<string, ExchangeTenant>
}

export function newExchangeWorld(graph: () => GraphWorld): ExchangeWorld {
  return { graph, tenants: new Map() }
}

function allOn(): ProtocolSettings {
  return { OWAEnabled: true, MAPIEnabled: true, ActiveSyncEnabled: true, PopEnabled: true, ImapEnabled: true }
}

function plansOf(skus: readonly SubscribedSku[]): MailboxPlan[] {
  const names = new Set(skus.flatMap(sku => sku.servicePlans.map(plan => plan.servicePlanName)))
  return Object.entries(PLAN_BY_SERVICE_PLAN)
    .filter(([servicePlan]) => names.has(servicePlan))
    .map(([, plan]) => {
      const guid = randomUUID()
      return {
        guid,
        name: `${plan.displayName}-${guid}`,
        ...plan,
        protocols: allOn(),
        quotas: quotasUpTo(plan.maxBytes),
      }
    })
}

/** The tenant's Exchange state, made on first use from its Graph directory; undefined for a tenant unknown to Graph. */
export function exchangeTenant(world: ExchangeWorld, tenantId: string): ExchangeTenant | undefined {
  const known = world.tenants.get(tenantId)
  if (known) return known
  const directory = world.graph().tenants.get(tenantId)
  if (!directory) return undefined
  const tenant: ExchangeTenant = {
    plans: plansOf(directory.skus),
    mailboxes: new Map(),
    contentFilter: { AllowedSenders: [], BlockedSenders: [], AllowedSenderDomains: [], BlockedSenderDomains: [] },
    groups: [],
    contacts: [],
  }
  world.tenants.set(tenantId, tenant)
  return tenant
}

/** The user a mailbox identity names: UPN, primary address, alias (mailNickname) or object id. */
export function graphUser(world: ExchangeWorld, tenantId: string, identity: string): GraphUser | undefined {
  const wanted = identity.toLowerCase()
  return world
    .graph()
    .tenants.get(tenantId)
    ?.users.find(user =>
      [user.userPrincipalName, user.mail, user.mailNickname, user.id].some(value => value?.toLowerCase() === wanted),
    )
}

/**
 * The user's mailbox: one exists once an Exchange licence is assigned
 * (https://learn.microsoft.com/exchange/recipients-in-exchange-online/create-user-mailboxes), with its plan's
 * protocols and quotas (Exchange Online sets the quota from the licence; warning and send quotas sit below it).
 */
export function mailboxOf(world: ExchangeWorld, tenantId: string, user: GraphUser): Mailbox | undefined {
  const tenant = exchangeTenant(world, tenantId)
  if (!tenant) return undefined
  const existing = tenant.mailboxes.get(user.id)
  if (existing) return existing
  const directory = world.graph().tenants.get(tenantId)!
  const licensed = directory.skus.filter(sku => user.assignedLicenses.some(licence => licence.skuId === sku.skuId))
  const names = new Set(licensed.flatMap(sku => sku.servicePlans.map(plan => plan.servicePlanName)))
  // The largest plan the user's licences bring decides the mailbox.
  const plan = tenant.plans
    .filter(candidate =>
      Object.entries(PLAN_BY_SERVICE_PLAN).some(
        ([servicePlan, p]) => names.has(servicePlan) && p.displayName === candidate.displayName,
      ),
    )
    .sort((a, b) => b.maxBytes - a.maxBytes)[0]
  if (!plan) return undefined
  const mailbox: Mailbox = {
    guid: randomUUID(),
    userId: user.id,
    plan,
    protocols: { ...plan.protocols },
    quotas: { ...plan.quotas },
  }
  tenant.mailboxes.set(user.id, mailbox)
  return mailbox
}

/** A size as Exchange shows it: `49 GB (52,613,349,376 bytes)`. */
export function showSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const
  let unit = 0
  let value = bytes
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1)
  return `${shown} ${units[unit]} (${bytes.toLocaleString('en-US')} bytes)`
}

/**
 * A size as Set-Mailbox takes it: "a number up to 1.999999999 terabytes ... qualified with B, KB, MB, GB or TB;
 * unqualified values are typically treated as bytes", or `unlimited`
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox#-prohibitsendreceivequota).
 * Undefined when the text is none of those.
 */
export function parseSize(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text : undefined
  if (typeof text !== 'string') return undefined
  if (text.trim().toLowerCase() === 'unlimited') return Number.POSITIVE_INFINITY
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?\s*$/i.exec(text)
  if (!match) return undefined
  const power = ['B', 'KB', 'MB', 'GB', 'TB'].indexOf((match[2] ?? 'B').toUpperCase())
  const bytes = Math.round(Number(match[1]) * 1024 ** power)
  return bytes <= 2199023254528 ? bytes : undefined
}
