import { long, table, describeDoor } from './testing'

export const DOMAIN_CASES = table([
  ['add', 'two dots', 'a..com', 'invalidDomain', 'domainName'],
  ['add', 'markup', '<img src=x onerror=alert(1)>', 'invalidCharacters', 'domainName'],
  ['add', 'an accent', 'café.fr', 'invalidCharacters', 'domainName'],
  ['add', 'a zero-width space', 'dupre\u200B.fr', 'invalidCharacters', 'domainName'],
  ['add', 'a javascript: URL', 'javascript:alert(1)', 'invalidCharacters', 'domainName'],
  ['add', '300 characters', `${long(60)}.${long(60)}.${long(60)}.${long(60)}.${long(55)}.fr`, 'tooLong', 'domainName'],
  ['add', 'a label of 64', `${long(64)}.fr`, 'tooLong', 'domainName'],
  ['add', 'a leading dot', '.dupre.fr', 'invalidDomain', 'domainName'],
  ['add', 'no top-level domain', 'dupre', 'invalidDomain', 'domainName'],
  ['add', "another tenant's", 'transports-lemoine.fr', 'taken', 'domainName'],
  ['add', 'its own already', 'dupre-boulangerie.fr', 'taken', 'domainName'],
  ['add', 'empty', '', 'required', 'domainName'],
  ['add', 'a number', 42, 'unknown', 'domainName'],
  ['add', 'null', null, 'unknown', 'domainName'],
  ['setDefault', 'an object', { name: 'dupre-boulangerie.fr' }, 'unknown', 'domainName'],
  ['setDefault', 'a number', 7, 'unknown', 'domainName'],
])

describeDoor('custom domains (local backend)', DOMAIN_CASES, {
  write: (backend, value, hostile) =>
    hostile.path === 'add'
      ? backend.domains.add('tenant-dupre', value as string)
      : backend.domains.setDefault('tenant-dupre', value as string),
  tables: ['meta', 'tenants', 'activity'],
})
