import { describe, expect, it } from 'vitest'
import { assertActionConforms, assertCollectionConforms, assertConforms, conformanceIssues } from './conformance'

const SKU_ID = '6fd2c87f-b296-42f0-b197-1e91e994b900'

describe('Graph schema conformance', () => {
  it('accepts a Graph user with annotations and nested licences', () => {
    expect(() =>
      assertConforms('user', {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
        id: 'a1',
        displayName: 'Élodie Dupré',
        accountEnabled: true,
        businessPhones: [],
        assignedLicenses: [{ skuId: SKU_ID, disabledPlans: [] }],
        passwordProfile: { password: 'x', forceChangePasswordNextSignIn: true },
      }),
    ).not.toThrow()
  })

  it('fails on a property Graph does not have, even nested', () => {
    expect(() => assertConforms('user', { id: 'a1', favouriteColour: 'blue' })).toThrow(/no property "favouriteColour"/)
    expect(
      conformanceIssues('user', { assignedLicenses: [{ skuId: SKU_ID, disabledPlans: [], enabledPlans: [] }] }),
    ).toEqual(['assignedLicenses[0].enabledPlans: assignedLicense has no property "enabledPlans"'])
  })

  it('fails on a wrong type, a bad guid, a bad date and a null where none is allowed', () => {
    expect(conformanceIssues('user', { accountEnabled: 'yes' })).toHaveLength(1)
    expect(conformanceIssues('assignedLicense', { skuId: 'not-a-guid', disabledPlans: [] })).toHaveLength(1)
    expect(conformanceIssues('user', { createdDateTime: '04/03/2024' })).toHaveLength(1)
    expect(conformanceIssues('user', { businessPhones: null })).toEqual([
      'businessPhones: null where Collection(Edm.String) is not nullable',
    ])
    expect(conformanceIssues('subscribedSku', { consumedUnits: 1.5 })).toHaveLength(1)
  })

  it('fails on an enum value Graph does not define', () => {
    expect(conformanceIssues('sharepointSettings', { sharingCapability: 'externalUserSharingOnly' })).toEqual([])
    expect(conformanceIssues('sharepointSettings', { sharingCapability: 'everyone' })).toEqual([
      'sharingCapability: "everyone" is not a sharingCapabilities value',
    ])
  })

  it('checks a derived type named by @odata.type, and refuses one that is not derived', () => {
    const txt = {
      '@odata.type': '#microsoft.graph.domainDnsTxtRecord',
      id: 'r',
      isOptional: false,
      label: 'a.fr',
      recordType: 'Txt',
      supportedService: 'None',
      ttl: 3600,
      text: 'MS=ms1',
    }
    expect(conformanceIssues('domainDnsRecord', txt)).toEqual([])
    expect(conformanceIssues('domainDnsRecord', { ...txt, '@odata.type': undefined })).toEqual([
      'text: domainDnsRecord has no property "text"',
    ])
    expect(conformanceIssues('domainDnsRecord', { ...txt, '@odata.type': '#microsoft.graph.user' })).toHaveLength(1)
  })

  it('checks collection responses and refuses anything beside value and annotations', () => {
    expect(() =>
      assertCollectionConforms('delegatedAdminCustomer', {
        '@odata.nextLink': 'x',
        value: [{ id: '1', tenantId: '1', displayName: 'A' }],
      }),
    ).not.toThrow()
    expect(() => assertCollectionConforms('delegatedAdminCustomer', { value: [], total: 3 })).toThrow(/no total/)
    expect(() =>
      assertCollectionConforms('delegatedAdminCustomer', { value: [{ id: '1', tenantId: '1', name: 'A' }] }),
    ).toThrow(/name/)
  })

  it("lets a list item carry its list's own columns in fields", () => {
    expect(conformanceIssues('listItem', { id: '1', fields: { Title: 'Installation', Amount: 12 } })).toEqual([])
  })

  it('checks action bodies: declared parameters only, required ones present', () => {
    expect(() =>
      assertActionConforms('assignLicense', {
        addLicenses: [{ skuId: SKU_ID, disabledPlans: [SKU_ID] }],
        removeLicenses: [],
      }),
    ).not.toThrow()
    expect(() => assertActionConforms('assignLicense', { addLicenses: [] })).toThrow(/removeLicenses: required/)
    expect(() =>
      assertActionConforms('assignLicense', { addLicenses: [], removeLicenses: [], enabledPlans: [] }),
    ).toThrow(/no parameter "enabledPlans"/)
    expect(() =>
      assertActionConforms('assignLicense', {
        addLicenses: [{ skuId: SKU_ID, disabledPlans: ['EXCHANGE'] }],
        removeLicenses: [],
      }),
    ).toThrow(/Edm.Guid/)
    expect(() => assertActionConforms('verify', {})).not.toThrow()
    expect(() => assertActionConforms('verify', { force: true })).toThrow(/force/)
  })
})
