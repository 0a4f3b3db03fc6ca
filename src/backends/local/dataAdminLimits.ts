/** More than this many generated tenants is a typo, not a test of scale. */
export const MAX_GENERATED_TENANTS = 50_000
