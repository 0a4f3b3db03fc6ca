import { describe, expect, it } from 'vitest'
import { isBackendError } from '../backend'
import { SMB_SECURE_BASELINE_ID } from './seed/seedBaselines'
import { createLocalBackend } from './localBackend'
import { failure, freshDb, makeLocal, NOW } from './testing'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'

const secure = {
  name: 'Mobile first',
  description: 'ActiveSync on, desktop Outlook off.',
  settings: { 'exchange.activeSync': true, 'exchange.outlookAnywhere': false },
}

describe('local backend: baselines', () => {
  it("seeds the partner's house baseline, followed by two tenants", async () => {
    const backend = makeLocal()
    expect((await backend.baselines.list()).map(b => b.name)).toEqual(['SMB secure default'])
    expect((await backend.settings.get('tenant-rochat')).baselineId).toBe(SMB_SECURE_BASELINE_ID)
    expect((await backend.settings.get('tenant-tilleuls')).settings['exchange.pop3']).toBe(true)
  })

  it('writes the seeded baseline in the language the console speaks, and again on a reset', async () => {
    let language: 'en' | 'fr' = 'fr'
    const backend = createLocalBackend({ db: freshDb(), now: () => NOW, seedLanguage: () => language })
    expect((await backend.baselines.list()).map(b => b.name)).toEqual(['Socle sécurisé PME'])
    language = 'en'
    await backend.dataAdmin.resetToDemo()
    expect((await backend.baselines.list()).map(b => b.name)).toEqual(['SMB secure default'])
  })

  it('refuses a nameless, empty or duplicate baseline', async () => {
    const backend = makeLocal()
    const error = await failure(
      backend.baselines.create({ name: ' smb SECURE default ', description: '', settings: {} }),
    )
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: { field: string; code: string }[] }).issues.map(i => `${i.field}:${i.code}`)).toEqual([
      'baselineName:taken',
      'baselineSettings:required',
    ])
    expect(await backend.baselines.list()).toHaveLength(1)
  })

  it("previews per tenant what would change and what its offers can't carry, without changing anything", async () => {
    const backend = makeLocal()
    const [tilleuls, saintGilles] = await backend.baselines.preview(SMB_SECURE_BASELINE_ID, [
      'tenant-tilleuls',
      'tenant-saint-gilles',
    ])
    expect(tilleuls?.plan.changes).toEqual([{ key: 'exchange.pop3', before: true, after: false }])
    expect(saintGilles?.plan.changes.map(c => c.key)).toEqual([
      'exchange.pop3',
      'exchange.imap4',
      'sharepoint.externalSharing',
    ])
    expect((await backend.settings.get('tenant-tilleuls')).settings['exchange.pop3']).toBe(true)
  })

  it('applies tenant by tenant, skipping Deskless-only tenants with the reason, and logs before → after', async () => {
    const backend = makeLocal()
    const baseline = await backend.baselines.create(secure)
    const outcomes = await backend.baselines.apply(baseline.id, [
      'tenant-dupre',
      'tenant-ecrins',
      'tenant-saint-gilles',
      'no-such-tenant',
    ])
    expect(outcomes.map(o => o.status)).toEqual(['applied', 'skipped', 'applied', 'skipped'])
    expect(outcomes[1]).toMatchObject({ reason: 'noConsole' })
    expect(outcomes[3]).toMatchObject({ reason: 'notFound' })
    // Saint-Gilles (stand-alone Exchange Online) already had ActiveSync on: only desktop Outlook moves.
    expect(outcomes[2]).toMatchObject({ changes: [{ key: 'exchange.outlookAnywhere', before: true, after: false }] })
    expect((await backend.baselines.apply(baseline.id, ['tenant-dupre']))[0]).toMatchObject({
      status: 'unchanged',
      changes: [],
    })
    const dupre = await backend.settings.get('tenant-dupre')
    expect(dupre).toMatchObject({ baselineId: baseline.id, settings: { 'exchange.outlookAnywhere': false } })
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({
      area: 'baseline',
      action: 'baseline.applied',
      changes: [{ field: 'exchange.outlookAnywhere', before: true, after: false }],
    })
  })

  it('applies a chosen baseline when provisioning', async () => {
    const backend = makeLocal()
    const created = await backend.tenants.provision({
      companyName: 'Cabinet Vidal',
      contactName: 'Anne Vidal',
      contactEmail: 'anne@vidal.fr',
      contactPhone: '',
      country: 'FR',
      address: TEST_ADDRESS,
      agreement: TEST_AGREEMENT,
      language: 'fr',
      domainPrefix: 'cabinet-vidal',
      lines: [{ offerId: 'standard-suite', seats: 6 }],
      billing: 'paid',
      baselineId: SMB_SECURE_BASELINE_ID,
    })
    const { settings, baselineId } = await backend.settings.get(created.tenant.id)
    expect(baselineId).toBe(SMB_SECURE_BASELINE_ID)
    expect(settings).toMatchObject({
      'exchange.pop3': false,
      'exchange.imap4': false,
      'sharepoint.externalSharing': 'existingExternalUsers',
    })
  })

  it("removing a baseline leaves its tenants' settings as they are", async () => {
    const backend = makeLocal()
    await backend.baselines.remove(SMB_SECURE_BASELINE_ID)
    expect(await backend.settings.get('tenant-rochat')).toMatchObject({
      baselineId: null,
      settings: { 'exchange.pop3': false },
    })
  })
})
