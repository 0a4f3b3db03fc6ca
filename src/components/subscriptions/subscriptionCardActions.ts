import type { BackendAction } from '@/data/capabilities'

/** The changes a subscription's card offers: those the backend can't make are absent, and one line says why. */
export const SUBSCRIPTION_CARD_ACTIONS = [
  'subscriptions.changeSeats',
  'subscriptions.convertToPaid',
  'subscriptions.move',
  'subscriptions.cancel',
] as const satisfies readonly BackendAction[]
