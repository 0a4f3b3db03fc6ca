import type { ExchangeWorld, Mailbox, MailboxPlan, Quotas, SenderLists } from './world'
import { randomUUID } from 'node:crypto'
import { readJson } from '../graph/readJson'
import { exchangeTenant, graphUser, mailboxOf, parseSize, PROTOCOLS, showSize } from './world'

/**
 * The cmdlets the console runs, each as Exchange Online runs it for the admin API's `InvokeCommand`:
 * parameter names checked against Microsoft's reference (`cmdlets-subset.json`), then the cmdlet's
 * own rules. A failure is an `ExchangeError` naming the .NET exception Exchange would raise.
 */

interface CmdletReference {
  readonly commit: string
  readonly cmdlets: Record<string, Record<string, { readonly type: string; readonly required: boolean }>>
}

const reference = readJson<CmdletReference>(new URL('./cmdlets-subset.json', import.meta.url))

export class ExchangeError extends Error {
  constructor(
    readonly status: number,
    /** The .NET exception type, as Exchange prefixes its messages with it. */
    readonly exception: string,
    message: string,
  ) {
    super(message)
  }
}

export type Parameters = Readonly<Record<string, unknown>>
export type Row = Record<string, unknown>

function notFound(identity: string, kind = 'object'): ExchangeError {
  return new ExchangeError(
    404,
    'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
    `The operation couldn't be performed because ${kind} '${identity}' couldn't be found.`,
  )
}

function invalid(message: string): ExchangeError {
  return new ExchangeError(400, 'Microsoft.Exchange.Management.Tasks.ValidationException', message)
}

/**
 * PowerShell's parameter binding: a name the cmdlet doesn't have fails the whole call
 * ("A parameter cannot be found that matches parameter name", ParameterBindingException); names
 * match without regard to case. A `Boolean` parameter takes `true`/`false` only.
 */
export function bindParameters(cmdlet: string, parameters: Parameters): Parameters {
  const declared = reference.cmdlets[cmdlet]
  if (!declared)
    throw new ExchangeError(
      400,
      'System.Management.Automation.CommandNotFoundException',
      `The term '${cmdlet}' is not recognized as a name of a cmdlet.`,
    )
  const bound: Record<string, unknown> = {}
  for (const [given, value] of Object.entries(parameters)) {
    const name = Object.keys(declared).find(known => known.toLowerCase() === given.toLowerCase())
    if (!name)
      throw new ExchangeError(
        400,
        'System.Management.Automation.ParameterBindingException',
        `A parameter cannot be found that matches parameter name '${given}'.`,
      )
    if (declared[name]!.type === 'Boolean' && typeof value !== 'boolean')
      throw new ExchangeError(
        400,
        'System.Management.Automation.ParameterBindingException',
        `Cannot process argument transformation on parameter '${name}'. Cannot convert value "${String(value)}" to type "System.Boolean".`,
      )
    bound[name] = value
  }
  return bound
}

function text(parameters: Parameters, name: string): string | undefined {
  const value = parameters[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function required(parameters: Parameters, name: string, cmdlet: string): string {
  const value = text(parameters, name)
  if (value === undefined)
    throw new ExchangeError(
      400,
      'System.Management.Automation.ParameterBindingException',
      `Cannot process command because of one or more missing mandatory parameters: ${name} (${cmdlet}).`,
    )
  return value
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return []
  return (Array.isArray(value) ? value : [value]).map(String)
}

/**
 * A multi-valued property's new value: a list replaces it; `@{Add=...; Remove=...}` (sent as
 * `{ "@odata.type": "#Exchange.GenericHashTable", "Add": [...] }`) changes it
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/set-hostedcontentfilterpolicy#-blockedsenders).
 */
function changed(current: readonly string[], value: unknown): string[] {
  if (Array.isArray(value) || typeof value === 'string') return [...new Set(list(value))]
  if (value && typeof value === 'object') {
    const table = Object.fromEntries(Object.entries(value).map(([key, v]) => [key.toLowerCase(), v]))
    const removed = new Set(list(table.remove).map(entry => entry.toLowerCase()))
    const kept = current.filter(entry => !removed.has(entry.toLowerCase()))
    for (const added of list(table.add))
      if (!kept.some(entry => entry.toLowerCase() === added.toLowerCase())) kept.push(added)
    return kept
  }
  return [...current]
}

function tenantOf(world: ExchangeWorld, tenantId: string) {
  const tenant = exchangeTenant(world, tenantId)
  if (!tenant) throw notFound(tenantId, 'organization')
  return tenant
}

function mailboxFor(world: ExchangeWorld, tenantId: string, identity: string): { mailbox: Mailbox; upn: string } {
  const user = graphUser(world, tenantId, identity)
  const mailbox = user && mailboxOf(world, tenantId, user)
  if (!user || !mailbox) throw notFound(identity)
  return { mailbox, upn: user.userPrincipalName }
}

function casRow(upn: string, mailbox: Mailbox): Row {
  return { Identity: upn, PrimarySmtpAddress: upn, Guid: mailbox.guid, ...mailbox.protocols }
}

function mailboxRow(world: ExchangeWorld, tenantId: string, upn: string, mailbox: Mailbox): Row {
  const user = graphUser(world, tenantId, upn)!
  return {
    Identity: upn,
    UserPrincipalName: upn,
    PrimarySmtpAddress: user.mail ?? upn,
    Alias: user.mailNickname,
    DisplayName: user.displayName,
    Guid: mailbox.guid,
    MailboxPlan: mailbox.plan.name,
    ...Object.fromEntries(Object.entries(mailbox.quotas).map(([name, bytes]) => [name, showSize(bytes)])),
  }
}

/**
 * Set-Mailbox's and Set-MailboxPlan's quotas (a mailbox's, or those a plan gives new mailboxes):
 * each a valid size, within the plan's maximum, and send/receive ≥ send ≥ warning.
 */
function setQuotas(quotas: Quotas, plan: MailboxPlan, parameters: Parameters): void {
  const next: Quotas = { ...quotas }
  for (const name of ['ProhibitSendReceiveQuota', 'ProhibitSendQuota', 'IssueWarningQuota'] as const) {
    if (parameters[name] === undefined) continue
    const bytes = parseSize(parameters[name])
    if (bytes === undefined)
      throw new ExchangeError(
        400,
        'System.Management.Automation.ParameterBindingException',
        `Cannot process argument transformation on parameter '${name}'. Cannot convert value "${String(parameters[name])}" to type "Microsoft.Exchange.Data.Unlimited".`,
      )
    // "You can lower the quota value, but you can't exceed the maximum value that's allowed by the subscription or
    // license" (https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox#-prohibitsendreceivequota;
    // Set-MailboxPlan's page says the same of a plan).
    if (bytes > plan.maxBytes)
      throw invalid(
        `The value of property '${name}' (${String(parameters[name])}) exceeds the maximum of ${showSize(plan.maxBytes)} that the mailbox plan '${plan.displayName}' allows.`,
      )
    next[name] = bytes
  }
  // "The value must be greater than or equal to the ProhibitSendQuota or IssueWarningQuota values" (same page).
  if (next.ProhibitSendQuota > next.ProhibitSendReceiveQuota)
    throw invalid("The value of property 'ProhibitSendQuota' must be less than or equal to 'ProhibitSendReceiveQuota'.")
  if (next.IssueWarningQuota > next.ProhibitSendQuota)
    throw invalid("The value of property 'IssueWarningQuota' must be less than or equal to 'ProhibitSendQuota'.")
  Object.assign(quotas, next)
}

function setProtocols(target: Record<string, boolean>, parameters: Parameters): void {
  for (const protocol of PROTOCOLS) {
    const value = parameters[protocol]
    if (typeof value === 'boolean') target[protocol] = value
  }
}

function aliasOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9.-]/g, '')
    .toLowerCase()
}

/** Runs one cmdlet on the tenant's state and gives the objects it outputs. */
export function runCmdlet(world: ExchangeWorld, tenantId: string, cmdlet: string, given: Parameters): Row[] {
  const parameters = bindParameters(cmdlet, given)
  const tenant = tenantOf(world, tenantId)
  const domain = world
    .graph()
    .tenants.get(tenantId)!
    .domains.find(d => d.isDefault)!.id
  const identity = () => required(parameters, 'Identity', cmdlet)
  const planFor = (wanted: string) => {
    const plan = tenant.plans.find(p =>
      [p.name, p.displayName, p.guid].some(value => value.toLowerCase() === wanted.toLowerCase()),
    )
    if (!plan) throw notFound(wanted)
    return plan
  }
  const planRow = (plan: (typeof tenant.plans)[number]): Row => ({
    Identity: plan.name,
    Name: plan.name,
    DisplayName: plan.displayName,
    Guid: plan.guid,
    ...plan.protocols,
  })
  const groupFor = (wanted: string) => {
    const group = tenant.groups.find(g =>
      [g.name, g.displayName, g.alias, g.primarySmtpAddress, g.guid].some(
        v => v.toLowerCase() === wanted.toLowerCase(),
      ),
    )
    if (!group) throw notFound(wanted)
    return group
  }
  const groupRow = (group: (typeof tenant.groups)[number]): Row => ({
    Identity: group.name,
    Name: group.name,
    DisplayName: group.displayName,
    Alias: group.alias,
    PrimarySmtpAddress: group.primarySmtpAddress,
    Guid: group.guid,
    GroupType: 'Universal',
    RecipientTypeDetails: 'MailUniversalDistributionGroup',
  })
  const contactFor = (wanted: string) => {
    const contact = tenant.contacts.find(c =>
      [c.name, c.displayName, c.alias, c.externalEmailAddress, c.guid].some(
        v => v.toLowerCase() === wanted.toLowerCase() || `smtp:${v.toLowerCase()}` === wanted.toLowerCase(),
      ),
    )
    if (!contact) throw notFound(wanted)
    return contact
  }
  const contactRow = (contact: (typeof tenant.contacts)[number]): Row => ({
    Identity: contact.name,
    Name: contact.name,
    DisplayName: contact.displayName,
    Alias: contact.alias,
    ExternalEmailAddress: `SMTP:${contact.externalEmailAddress}`,
    PrimarySmtpAddress: contact.externalEmailAddress,
    Guid: contact.guid,
  })
  const recipientUnique = (alias: string, address: string) => {
    const directory = world.graph().tenants.get(tenantId)!
    const aliases = [...tenant.groups, ...tenant.contacts].map(r => r.alias)
    aliases.push(...directory.users.map(u => u.mailNickname))
    const addresses = [
      ...tenant.groups.map(g => g.primarySmtpAddress),
      ...tenant.contacts.map(c => c.externalEmailAddress),
      ...directory.users.flatMap(u => [u.mail ?? '', u.userPrincipalName]),
    ]
    const taken = (values: string[], value: string) => values.some(v => v.toLowerCase() === value.toLowerCase())
    if (taken(aliases, alias))
      throw new ExchangeError(
        409,
        'Microsoft.Exchange.Management.Tasks.ADObjectAlreadyExistsException',
        `The value "${alias}" of property "Alias" is used by another recipient object. Please specify a unique value.`,
      )
    if (taken(addresses, address))
      throw new ExchangeError(
        409,
        'Microsoft.Exchange.Management.Tasks.ADObjectAlreadyExistsException',
        `The proxy address "SMTP:${address}" is already being used by another recipient.`,
      )
  }

  switch (cmdlet) {
    case 'Get-CASMailboxPlan': {
      const wanted = text(parameters, 'Identity')
      return (wanted ? [planFor(wanted)] : tenant.plans).map(planRow)
    }
    case 'Set-CASMailboxPlan': {
      setProtocols(planFor(identity()).protocols, parameters)
      return []
    }
    case 'Get-CASMailbox': {
      const wanted = text(parameters, 'Identity')
      if (wanted) {
        const { mailbox, upn } = mailboxFor(world, tenantId, wanted)
        return [casRow(upn, mailbox)]
      }
      return world
        .graph()
        .tenants.get(tenantId)!
        .users.flatMap(user => {
          const mailbox = mailboxOf(world, tenantId, user)
          return mailbox ? [casRow(user.userPrincipalName, mailbox)] : []
        })
    }
    case 'Set-CASMailbox': {
      setProtocols(mailboxFor(world, tenantId, identity()).mailbox.protocols, parameters)
      return []
    }
    case 'Get-Mailbox': {
      const wanted = text(parameters, 'Identity')
      if (wanted) {
        const { mailbox, upn } = mailboxFor(world, tenantId, wanted)
        return [mailboxRow(world, tenantId, upn, mailbox)]
      }
      return world
        .graph()
        .tenants.get(tenantId)!
        .users.flatMap(user => {
          const mailbox = mailboxOf(world, tenantId, user)
          return mailbox ? [mailboxRow(world, tenantId, user.userPrincipalName, mailbox)] : []
        })
    }
    case 'Set-Mailbox': {
      const { mailbox } = mailboxFor(world, tenantId, identity())
      setQuotas(mailbox.quotas, mailbox.plan, parameters)
      return []
    }
    case 'Get-MailboxPlan': {
      const wanted = text(parameters, 'Identity')
      return (wanted ? [planFor(wanted)] : tenant.plans).map(plan => ({
        Identity: plan.name,
        Name: plan.name,
        DisplayName: plan.displayName,
        Guid: plan.guid,
        ...Object.fromEntries(Object.entries(plan.quotas).map(([name, bytes]) => [name, showSize(bytes)])),
      }))
    }
    case 'Set-MailboxPlan': {
      const plan = planFor(identity())
      setQuotas(plan.quotas, plan, parameters)
      return []
    }
    case 'Get-HostedContentFilterPolicy': {
      const wanted = text(parameters, 'Identity')
      if (wanted && wanted.toLowerCase() !== 'default') throw notFound(wanted)
      return [{ Identity: 'Default', Name: 'Default', IsDefault: true, ...tenant.contentFilter }]
    }
    case 'Set-HostedContentFilterPolicy': {
      const wanted = identity()
      if (wanted.toLowerCase() !== 'default') throw notFound(wanted)
      for (const name of Object.keys(tenant.contentFilter) as (keyof SenderLists)[]) {
        if (parameters[name] === undefined) continue
        const next = changed(tenant.contentFilter[name], parameters[name])
        const domains = name.endsWith('Domains')
        const wrong = next.find(entry =>
          domains ? !/^[^@\s]+\.[^@\s]+$/.test(entry) : !/^[^@\s]+@[^@\s]+$/.test(entry),
        )
        if (wrong !== undefined)
          throw invalid(
            `The value '${wrong}' of property '${name}' is not a valid ${domains ? 'domain' : 'SMTP address'}.`,
          )
        tenant.contentFilter[name] = next
      }
      return []
    }
    case 'Get-DistributionGroup': {
      const wanted = text(parameters, 'Identity')
      return (wanted ? [groupFor(wanted)] : tenant.groups).map(groupRow)
    }
    case 'New-DistributionGroup': {
      const name = required(parameters, 'Name', cmdlet)
      const alias = text(parameters, 'Alias') ?? aliasOf(name)
      const address = text(parameters, 'PrimarySmtpAddress') ?? `${alias}@${domain}`
      recipientUnique(alias, address)
      const members = list(parameters.Members).map(member => {
        const user = graphUser(world, tenantId, member)
        if (!user) throw notFound(member)
        return user.userPrincipalName
      })
      const group = {
        guid: randomUUID(),
        name,
        displayName: text(parameters, 'DisplayName') ?? name,
        alias,
        primarySmtpAddress: address,
        members,
      }
      tenant.groups.push(group)
      return [groupRow(group)]
    }
    case 'Remove-DistributionGroup': {
      const group = groupFor(identity())
      tenant.groups.splice(tenant.groups.indexOf(group), 1)
      return []
    }
    case 'Get-DistributionGroupMember':
      return groupFor(identity()).members.map(upn => {
        const user = graphUser(world, tenantId, upn)!
        return {
          Identity: upn,
          Name: user.displayName,
          PrimarySmtpAddress: user.mail ?? upn,
          RecipientType: 'UserMailbox',
        }
      })
    case 'Add-DistributionGroupMember': {
      const group = groupFor(identity())
      const member = required(parameters, 'Member', cmdlet)
      const user = graphUser(world, tenantId, member)
      if (!user) throw notFound(member)
      if (group.members.includes(user.userPrincipalName))
        throw new ExchangeError(
          409,
          'Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException',
          `The recipient "${user.userPrincipalName}" is already a member of the group "${group.name}".`,
        )
      group.members.push(user.userPrincipalName)
      return []
    }
    case 'Remove-DistributionGroupMember': {
      const group = groupFor(identity())
      const member = required(parameters, 'Member', cmdlet)
      const user = graphUser(world, tenantId, member)
      const index = user ? group.members.indexOf(user.userPrincipalName) : -1
      if (index < 0)
        throw new ExchangeError(
          404,
          'Microsoft.Exchange.Management.Tasks.MemberNotFoundException',
          `The recipient "${member}" isn't a member of the group "${group.name}".`,
        )
      group.members.splice(index, 1)
      return []
    }
    case 'Get-MailContact': {
      const wanted = text(parameters, 'Identity')
      return (wanted ? [contactFor(wanted)] : tenant.contacts).map(contactRow)
    }
    case 'New-MailContact': {
      const name = required(parameters, 'Name', cmdlet)
      const external = required(parameters, 'ExternalEmailAddress', cmdlet).replace(/^smtp:/i, '')
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(external))
        throw invalid(`The value '${external}' of property 'ExternalEmailAddress' is not a valid SMTP address.`)
      const alias = text(parameters, 'Alias') ?? aliasOf(name)
      recipientUnique(alias, external)
      const contact = {
        guid: randomUUID(),
        name,
        displayName: text(parameters, 'DisplayName') ?? name,
        alias,
        externalEmailAddress: external,
      }
      tenant.contacts.push(contact)
      return [contactRow(contact)]
    }
    case 'Remove-MailContact': {
      const contact = contactFor(identity())
      tenant.contacts.splice(tenant.contacts.indexOf(contact), 1)
      return []
    }
    default:
      throw new ExchangeError(
        400,
        'System.Management.Automation.CommandNotFoundException',
        `The test server doesn't run '${cmdlet}': add it with its reference page.`,
      )
  }
}

/** The reference commit the parameter names were copied at. */
export const REFERENCE_COMMIT = reference.commit
