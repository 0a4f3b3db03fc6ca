// Keys of the partner-wide records kept in the `meta` table beside the price list.

/** The partner's identity printed on proposals. */
export const PARTNER_IDENTITY_KEY = 'partnerIdentity'
/** The partner's quote counter, one series a year. */
export const QUOTE_COUNTER_KEY = 'quoteCounter'
