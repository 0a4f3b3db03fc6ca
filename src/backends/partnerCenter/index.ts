/** Partner Center beside Graph: new tenants and seats bought for the partner's customers. */
export { withPartnerCenter } from './capabilities'
export { MICROSOFT_INITIAL_DOMAIN_SUFFIX } from './customerMapping'
export { createPartnerCenterClient } from './partnerCenterClient'
export type { PartnerCenterClient, PartnerCenterClientOptions } from './partnerCenterClient'
export { partnerCenterProvisioning } from './provisionTenant'
export type { ReadBackPolicy } from './provisionTenant'
export { createPartnerCenterSubscriptions } from './subscriptionsRepository'
export type { PartnerCenterTokenSource } from './tokens'
