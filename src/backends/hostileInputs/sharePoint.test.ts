import { SITE_TITLE_MAX } from '@/domain/console/sharePoint'
import { INERT_TEXT, long, table, textRows, describeDoor, withValue } from './testing'

const SITE = { title: 'Commandes des restaurants', path: 'commandes', template: 'team', quotaMb: 100 }

export const SITE_CASES = table([
  ...textRows('title', SITE_TITLE_MAX, { field: 'siteTitle' }),
  ...INERT_TEXT.map(([name, value]) => ['title', name, value, 'inert'] as const),
  ['path', 'a parent path', '../../admin', 'invalidCharacters', 'sitePath'],
  ['path', 'markup', '<img>', 'invalidCharacters', 'sitePath'],
  ['path', 'a zero-width space', 'com\u200Bmandes', 'invalidCharacters', 'sitePath'],
  ['path', '65 characters', long(65), 'tooLong', 'sitePath'],
  ['path', 'empty', '', 'required', 'sitePath'],
  ['template', 'an unknown template', 'evil', 'unknown', 'siteTemplate'],
  ['template', '__proto__', '__proto__', 'unknown', 'siteTemplate'],
  ['quotaMb', 'a trillion', 1e12, 'aboveStorageLeft', 'siteQuota'],
  ['quotaMb', 'NaN', Number.NaN, 'required', 'siteQuota'],
  ['quotaMb', 'Infinity', Number.POSITIVE_INFINITY, 'required', 'siteQuota'],
  ['quotaMb', 'negative', -1, 'belowMinimum', 'siteQuota'],
  ['quotaMb', 'fractional', 10.5, 'notWholeNumber', 'siteQuota'],
  ['quotaMb', 'a string', '100', 'notNumber', 'siteQuota'],
])

let next = 0
describeDoor('create a SharePoint site (local backend)', SITE_CASES, {
  // Each accepted site gets a path of its own, so the next one isn't refused as taken.
  write: (backend, value, hostile) =>
    backend.sharePoint.createSite(
      'tenant-dupre',
      withValue({ ...SITE, path: `hostile-${(next += 1)}` }, hostile.path, value) as typeof SITE & { template: 'team' },
    ),
  read: async (_backend, result, hostile) => (result as unknown as Record<string, unknown>)[hostile.path],
  tables: ['meta', 'sites', 'activity'],
})
