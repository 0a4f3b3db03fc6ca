import type { BackendAction } from '@/backends/backend'

/** The changes a subscription's card offers: those the backend can't make are absent, and one line says why. */
export const SUBSCRIPTION_CHANGES = [
  'subscriptions.changeSeats',
  'subscriptions.convertToPaid',
  'subscriptions.move',
  'subscriptions.cancel',
] as const satisfies readonly BackendAction[]
