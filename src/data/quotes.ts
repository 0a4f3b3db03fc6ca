import type { MaybeRefOrGetter } from 'vue'
import type { QuoteConversion } from '@/backends/backend'
import type { Quote, QuoteInput } from '@/domain/quotes/quotes'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { toValue } from 'vue'
import { useBackend } from '@/backends/current'
import { ledgerKeys } from './ledger'
import { pendingProvision } from './provisionPending'
import { tenantKeys } from './tenants'

export type { QuoteConversion } from '@/backends/backend'

/** Cache keys of the partner's quotes: the list, and each quote on its own. */
export const quoteKeys = {
  all: ['quotes'] as const,
  list: ['quotes', 'list'] as const,
  one: (quoteId: string) => ['quotes', 'one', quoteId] as const,
}

/** Every quote, newest first. */
export function useQuotes() {
  return useQuery({ key: quoteKeys.list, query: () => useBackend().quotes.list() })
}

/** One quote: `null` once read when there is no such quote; nothing is read without an id (a new quote). */
export function useQuote(quoteId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    key: () => quoteKeys.one(toValue(quoteId) ?? ''),
    query: async () => (await useBackend().quotes.get(toValue(quoteId) ?? '')) ?? null,
    enabled: () => Boolean(toValue(quoteId)),
  })
}

/** Saves a new quote (`quoteId` null) or an edit, re-priced at today's price list; the saved one is cached as it is. */
export function useSaveQuote() {
  const cache = useQueryCache()
  return useMutation({
    mutation: ({ quoteId, input }: { quoteId: string | null; input: QuoteInput }) => {
      const { quotes } = useBackend()
      return quoteId === null ? quotes.create(input) : quotes.update(quoteId, input)
    },
    onSuccess: (saved: Quote) => {
      cache.setQueryData(quoteKeys.one(saved.id), saved)
      return cache.invalidateQueries({ key: quoteKeys.list })
    },
  })
}

/**
 * Deletes a quote not yet converted. The list is read again; so is the quote when refused (another
 * tab may have deleted or converted it), but not the one deleted while its page is still open.
 */
export function useRemoveQuote() {
  const cache = useQueryCache()
  return useMutation({
    mutation: (quoteId: string) => useBackend().quotes.remove(quoteId),
    onSettled: (_data, error, quoteId) =>
      Promise.all([
        cache.invalidateQueries({ key: quoteKeys.list }),
        cache.invalidateQueries({ key: quoteKeys.one(quoteId) }, error !== undefined),
      ]),
  })
}

/**
 * Provisions the quote's tenant: the quote (now converted), the tenant list and the ledger (the
 * quote's services, accepted) have all changed.
 */
export function useConvertQuote() {
  const cache = useQueryCache()
  return useMutation({
    mutation: ({ quoteId, details }: { quoteId: string; details: QuoteConversion }) =>
      useBackend().quotes.convert(quoteId, details),
    onSuccess: ({ quote }) => {
      cache.setQueryData(quoteKeys.one(quote.id), quote)
      return Promise.all([
        cache.invalidateQueries({ key: tenantKeys.all }),
        cache.invalidateQueries({ key: quoteKeys.list }),
        cache.invalidateQueries({ key: ledgerKeys.all }),
      ])
    },
    // Converted, but its tenant not shown yet (`pending`): the quote and its services changed all the same.
    onError: (error, { quoteId }) =>
      pendingProvision(error) &&
      Promise.all([
        cache.invalidateQueries({ key: quoteKeys.one(quoteId) }),
        cache.invalidateQueries({ key: quoteKeys.list }),
        cache.invalidateQueries({ key: ledgerKeys.all }),
      ]),
  })
}
