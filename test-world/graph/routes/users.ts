import type { GraphCall, Route } from '../router'
import type { AssignedLicense, GraphUser, TenantDirectory } from '../world'
import { badRequest, json, page, project, without } from '../http'
import { actionBody, bodyOf, context, directoryOf, found, route } from '../router'
import { newUser } from '../world'

/** What Graph v1.0 returns for a user when `$select` names nothing. */
const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
]
/** Properties this server lets a client write (the rest of `user` is Graph's to set, or unused here). */
const WRITABLE = new Set([
  'accountEnabled',
  'displayName',
  'givenName',
  'surname',
  'mailNickname',
  'userPrincipalName',
  'usageLocation',
  'passwordProfile',
  'jobTitle',
  'preferredLanguage',
  'businessPhones',
])

/** `/users/{id}` takes the object id or the user principal name, as Graph does. */
function userOf(directory: TenantDirectory, key: string): GraphUser {
  const wanted = decodeURIComponent(key).toLowerCase()
  return found(
    directory.users.find(user => user.id === wanted || user.userPrincipalName.toLowerCase() === wanted),
    key,
  )
}

function checkWritable(body: object): void {
  const refused = Object.keys(body).filter(key => !WRITABLE.has(key))
  if (refused.length > 0) throw badRequest(`Property '${refused[0]}' is read-only and cannot be set.`)
}

function checkPrincipalName(directory: TenantDirectory, upn: string, except?: GraphUser): void {
  const domain = upn.split('@')[1]?.toLowerCase()
  if (!directory.domains.some(d => d.isVerified && d.id === domain))
    throw badRequest(
      'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
    )
  if (directory.users.some(user => user !== except && user.userPrincipalName.toLowerCase() === upn.toLowerCase()))
    throw badRequest('Another object with the same value for property userPrincipalName already exists.')
}

function createUser(call: GraphCall) {
  const directory = directoryOf(call)
  const body = bodyOf<Partial<GraphUser> & { passwordProfile?: { password?: string } }>(call, 'user')
  checkWritable(body)
  for (const required of [
    'accountEnabled',
    'displayName',
    'mailNickname',
    'userPrincipalName',
    'passwordProfile',
  ] as const) {
    if (body[required] === undefined || body[required] === null)
      throw badRequest(`Property '${required}' is required when creating a user.`)
  }
  if (!body.passwordProfile?.password)
    throw badRequest('The specified password does not comply with password complexity requirements.')
  checkPrincipalName(directory, body.userPrincipalName!)
  const user = newUser({
    ...without(body, 'passwordProfile'),
    displayName: body.displayName!,
    userPrincipalName: body.userPrincipalName!,
    mailNickname: body.mailNickname!,
    mail: body.userPrincipalName!,
  })
  directory.users.push(user)
  return json({ '@odata.context': context(call, 'users/$entity'), ...user }, 201)
}

function updateUser(call: GraphCall, key: string) {
  const directory = directoryOf(call)
  const user = userOf(directory, key)
  const body = bodyOf<Partial<GraphUser>>(call, 'user')
  checkWritable(body)
  if (body.userPrincipalName !== undefined) checkPrincipalName(directory, body.userPrincipalName, user)
  Object.assign(user, Object.fromEntries(Object.entries(body).filter(([name]) => name !== 'passwordProfile')))
  return { status: 204 }
}

/** Free units of a SKU: what is bought and enabled, less what users consume. */
function unitsLeft(directory: TenantDirectory, skuId: string): number {
  const sku = directory.skus.find(s => s.skuId === skuId)!
  return sku.prepaidUnits.enabled - sku.consumedUnits
}

function assignLicense(call: GraphCall, key: string) {
  const directory = directoryOf(call)
  const user = userOf(directory, key)
  const { addLicenses, removeLicenses } = actionBody<{ addLicenses: AssignedLicense[]; removeLicenses: string[] }>(
    call,
    'assignLicense',
  )
  for (const licence of addLicenses) {
    const sku = directory.skus.find(s => s.skuId === licence.skuId)
    if (!sku) throw badRequest(`License ${licence.skuId} does not correspond to a valid company License.`)
    const unknownPlan = licence.disabledPlans.find(id => !sku.servicePlans.some(plan => plan.servicePlanId === id))
    if (unknownPlan) throw badRequest(`Service plan ${unknownPlan} is not part of license ${sku.skuPartNumber}.`)
    if (!user.usageLocation) throw badRequest('License assignment cannot be done for user with invalid usage location.')
    if (!user.assignedLicenses.some(a => a.skuId === licence.skuId) && unitsLeft(directory, licence.skuId) < 1)
      throw badRequest(`Subscription for ${sku.skuPartNumber} does not have any available licenses.`)
  }
  for (const skuId of removeLicenses) {
    if (!user.assignedLicenses.some(a => a.skuId === skuId))
      throw badRequest(`User does not have a corresponding license ${skuId}.`)
  }
  for (const licence of addLicenses) {
    const held = user.assignedLicenses.find(a => a.skuId === licence.skuId)
    if (held) {
      held.disabledPlans = [...licence.disabledPlans]
    } else {
      user.assignedLicenses.push({ skuId: licence.skuId, disabledPlans: [...licence.disabledPlans] })
      directory.skus.find(s => s.skuId === licence.skuId)!.consumedUnits++
    }
  }
  for (const skuId of removeLicenses) {
    user.assignedLicenses = user.assignedLicenses.filter(a => a.skuId !== skuId)
    directory.skus.find(s => s.skuId === skuId)!.consumedUnits--
  }
  return json({ '@odata.context': context(call, 'users/$entity'), ...project(user, call.url, DEFAULT_USER_PROPERTIES) })
}

export const userRoutes: Route[] = [
  route(
    'GET',
    '/users',
    call => page(directoryOf(call).users, call.url, context(call, 'users'), DEFAULT_USER_PROPERTIES),
    'Collection(user)',
  ),
  route('POST', '/users', createUser, 'user'),
  route(
    'GET',
    '/users/{id}',
    (call, [key]) =>
      json({
        '@odata.context': context(call, 'users/$entity'),
        ...project(userOf(directoryOf(call), key!), call.url, DEFAULT_USER_PROPERTIES),
      }),
    'user',
  ),
  route('PATCH', '/users/{id}', (call, [key]) => updateUser(call, key!)),
  route('POST', '/users/{id}/assignLicense', (call, [key]) => assignLicense(call, key!), 'user'),
]
