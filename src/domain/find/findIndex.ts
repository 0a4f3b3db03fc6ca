import { foldForSearch } from '../search'

/** What the console's search finds: a tenant, one of its domains, or one of its users. */
export type FindKind = 'tenant' | 'domain' | 'user'
export const FIND_KINDS: readonly FindKind[] = ['tenant', 'domain', 'user']

/** One thing the search can find, with what a result line shows and what it opens. */
export interface FindItem {
  readonly kind: FindKind
  /** The tenant it is, or belongs to. */
  readonly tenantId: string
  readonly tenantName: string
  /** The tenant's id, the domain's name or the user's id. */
  readonly key: string
  /** The line's title: a company, a domain, a person's name. */
  readonly label: string
  /** What tells two alike apart: a tenant's domain, a user's address. */
  readonly detail: string
  /** The text it is found by (its label, and for a user its names and address). */
  readonly text: string
}

/** One kind's part of the index: its distinct words sorted, the items holding each, each item's words. */
interface KindIndex {
  readonly items: readonly FindItem[]
  /** The distinct words, sorted by code unit. */
  readonly words: readonly string[]
  /** For each word (same position), the items that hold it. */
  readonly owners: readonly (readonly number[])[]
  /** Each item's words joined, each after a space: " jean dupont jean dupont dupre fr". */
  readonly spaced: readonly string[]
}

/**
 * A prepared index: every word of every item, accents and case dropped (`foldForSearch`, as the tenant list
 * searches), kept sorted once with the items each word belongs to, one part per kind. A query looks its words up
 * by prefix with a binary search and stops at each kind's limit, so a keystroke costs the matches it shows, not a
 * pass over 100,000 users.
 */
export interface FindIndex {
  readonly kinds: Readonly<Record<FindKind, KindIndex>>
  readonly size: number
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u

/** A text's words as the index keeps them: accent-free, lower case, split at anything not a letter or digit. */
export function findWords(text: string): string[] {
  return foldForSearch(text)
    .split(WORD_BREAK)
    .filter(word => word !== '')
}

function buildKind(items: readonly FindItem[]): KindIndex {
  const byWord = new Map<string, number[]>()
  const spaced: string[] = []
  items.forEach((item, index) => {
    const words = [...new Set(findWords(item.text))]
    spaced.push(` ${words.join(' ')}`)
    for (const word of words) {
      const owners = byWord.get(word)
      if (owners) owners.push(index)
      else byWord.set(word, [index])
    }
  })
  const words = [...byWord.keys()].sort()
  return { items, words, owners: words.map(word => byWord.get(word)!), spaced }
}

export function buildFindIndex(items: readonly FindItem[]): FindIndex {
  const kinds = Object.fromEntries(
    FIND_KINDS.map(kind => [kind, buildKind(items.filter(item => item.kind === kind))]),
  ) as Record<FindKind, KindIndex>
  return { kinds, size: items.length }
}

/** The first position whose word is not before `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]! < prefix) low = middle + 1
    else high = middle
  }
  return low
}

/** The positions of the words starting with `prefix`, and how many items hold them (an item may count twice). */
function prefixRange(index: KindIndex, prefix: string): { from: number; to: number; owners: number } {
  const from = lowerBound(index.words, prefix)
  const to = lowerBound(index.words, `${prefix}\uffff`)
  let owners = 0
  for (let at = from; at < to; at++) owners += index.owners[at]!.length
  return { from, to, owners }
}

function findInKind(index: KindIndex, queryWords: readonly string[], limit: number): FindItem[] {
  if (limit <= 0 || index.items.length === 0) return []
  // The word with the fewest items narrows most: its items are the candidates, the other words check them.
  const ranges = queryWords.map(word => ({ word, ...prefixRange(index, word) }))
  const driver = ranges.reduce((best, range) => (range.owners < best.owners ? range : best))
  if (driver.owners === 0) return []
  const others = ranges.filter(range => range !== driver).map(range => ` ${range.word}`)
  const found: FindItem[] = []
  const seen = new Set<number>()
  for (let at = driver.from; at < driver.to; at++) {
    for (const owner of index.owners[at]!) {
      if (seen.has(owner)) continue
      seen.add(owner)
      if (!others.every(word => index.spaced[owner]!.includes(word))) continue
      found.push(index.items[owner]!)
      if (found.length === limit) return found
    }
  }
  return found
}

export type FindLimits = Readonly<Record<FindKind, number>>
export const DEFAULT_FIND_LIMITS: FindLimits = { tenant: 5, domain: 5, user: 8 }

/**
 * The items each of whose query words starts one of their words ("dup jea" finds Jean Dupré), at most `limits`
 * of each kind, tenants first, then domains, then users; within a kind, in the order of the word matched.
 */
export function findInIndex(index: FindIndex, query: string, limits: FindLimits = DEFAULT_FIND_LIMITS): FindItem[] {
  const queryWords = [...new Set(findWords(query))]
  if (queryWords.length === 0) return []
  return FIND_KINDS.flatMap(kind => findInKind(index.kinds[kind], queryWords, limits[kind]))
}
