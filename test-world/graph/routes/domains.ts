import type { GraphCall, Route } from '../router'
import type { TenantDirectory } from '../world'
import { createHash } from 'node:crypto'
import { badRequest, json, page } from '../http'
import { actionBody, bodyOf, context, directoryOf, found, route } from '../router'
import { newDomain } from '../world'

const DOMAIN_NAME = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

function domainOf(directory: TenantDirectory, key: string) {
  const name = decodeURIComponent(key).toLowerCase()
  return found(
    directory.domains.find(d => d.id === name),
    key,
  )
}

/** The TXT value Microsoft asks the owner to publish: stable for a tenant and domain. */
export function verificationText(tenantId: string, domain: string): string {
  const digits =
    Number.parseInt(createHash('sha256').update(`${tenantId}/${domain}`).digest('hex').slice(0, 8), 16) % 100_000_000
  return `MS=ms${String(digits).padStart(8, '0')}`
}

function addDomain(call: GraphCall) {
  const directory = directoryOf(call)
  const { id } = bodyOf<{ id?: string }>(call, 'domain')
  const name = id?.toLowerCase() ?? ''
  if (!DOMAIN_NAME.test(name)) throw badRequest(`The domain name '${id ?? ''}' is invalid.`)
  if (directory.domains.some(d => d.id === name))
    throw badRequest(`The domain '${name}' already exists in this tenant.`)
  const domain = newDomain(name)
  directory.domains.push(domain)
  return json({ '@odata.context': context(call, 'domains/$entity'), ...domain }, 201)
}

function verificationRecords(call: GraphCall, key: string) {
  const directory = directoryOf(call)
  const domain = domainOf(directory, key)
  const txt = {
    '@odata.type': '#microsoft.graph.domainDnsTxtRecord',
    id: `aceff52c-06a5-447f-ac5f-256ad243cc5c-${domain.id}`,
    isOptional: false,
    label: domain.id,
    recordType: 'Txt',
    supportedService: 'None',
    ttl: 3600,
    text: verificationText(call.caller.tenantId, domain.id),
  }
  return page([txt], call.url, context(call, `domains('${domain.id}')/verificationDnsRecords`))
}

function verify(call: GraphCall, key: string) {
  if (call.body !== undefined) actionBody(call, 'verify')
  const directory = directoryOf(call)
  const domain = domainOf(directory, key)
  if (!domain.isVerified && !directory.publishedTxt.has(domain.id))
    throw badRequest(
      `Domain verification failed: the TXT record ${verificationText(call.caller.tenantId, domain.id)} was not found in the DNS of ${domain.id}.`,
    )
  domain.isVerified = true
  domain.supportedServices = ['Email', 'OfficeCommunicationsOnline']
  return json({ '@odata.context': context(call, 'domains/$entity'), ...domain })
}

export const domainRoutes: Route[] = [
  route(
    'GET',
    '/domains',
    call => page(directoryOf(call).domains, call.url, context(call, 'domains')),
    'Collection(domain)',
  ),
  route('POST', '/domains', addDomain, 'domain'),
  route(
    'GET',
    '/domains/{id}',
    (call, [key]) => json({ '@odata.context': context(call, 'domains/$entity'), ...domainOf(directoryOf(call), key!) }),
    'domain',
  ),
  route(
    'GET',
    '/domains/{id}/verificationDnsRecords',
    (call, [key]) => verificationRecords(call, key!),
    'Collection(domainDnsRecord)',
  ),
  route('POST', '/domains/{id}/verify', (call, [key]) => verify(call, key!), 'domain'),
]
