/** The parts of Graph's resources the adapter reads and writes (names as in Graph v1.0). */

export interface GraphServicePlan {
  readonly servicePlanId: string
  readonly servicePlanName: string
}
export interface GraphSubscribedSku {
  readonly skuId: string
  readonly skuPartNumber: string
  readonly capabilityStatus: string
  readonly consumedUnits: number
  readonly prepaidUnits: { readonly enabled: number; readonly suspended: number; readonly warning: number }
  readonly servicePlans: readonly GraphServicePlan[]
}
export interface GraphAssignedLicense {
  readonly skuId: string
  readonly disabledPlans: readonly string[]
}
export interface GraphUser {
  readonly id: string
  readonly displayName: string | null
  readonly givenName: string | null
  readonly surname: string | null
  readonly userPrincipalName: string
  readonly usageLocation: string | null
  readonly accountEnabled: boolean | null
  readonly assignedLicenses: readonly GraphAssignedLicense[]
  readonly createdDateTime: string | null
}
export interface GraphOrganization {
  readonly id: string
  readonly displayName: string | null
  readonly countryLetterCode: string | null
  readonly preferredLanguage: string | null
  readonly createdDateTime: string | null
  readonly businessPhones: readonly string[]
  readonly technicalNotificationMails: readonly string[]
}
export interface GraphDomain {
  readonly id: string
  readonly isDefault: boolean
  readonly isInitial: boolean
  readonly isVerified: boolean
}
export interface GraphDelegatedAdminCustomer {
  readonly id: string
  readonly displayName: string | null
  readonly tenantId: string
}
export type GraphSharingCapability =
  'disabled' | 'externalUserSharingOnly' | 'externalUserAndGuestSharing' | 'existingExternalUserSharingOnly'
export interface GraphSharepointSettings {
  readonly sharingCapability: GraphSharingCapability | 'unknownFutureValue' | null
  readonly isSiteCreationEnabled: boolean | null
}
export interface GraphCollection<T> {
  readonly value: T[]
  readonly '@odata.nextLink'?: string
}
export interface GraphList {
  readonly id: string
  readonly displayName: string | null
}
/** A list item with `expand=fields`: its column values, the ETag writes must match. */
export interface GraphListItem<Fields> {
  readonly id: string
  readonly eTag: string
  readonly lastModifiedDateTime: string
  readonly fields: Fields
}
