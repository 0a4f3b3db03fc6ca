/** Partner Center beside Graph, through the partner relay: new tenants, seats, and quotes converted to tenants. */
export { withPartnerCenter } from './capabilities'
export { createConfirmedSeats } from './confirmedSeats'
export type { ConfirmedSeats } from './confirmedSeats'
export type { ReadBackPolicy } from './readBack'
export { withPartnerCenterThroughRelay } from './relayBackend'
export { MICROSOFT_INITIAL_DOMAIN_SUFFIX } from './relayCustomer'
