import { describe, expect, it } from 'vitest'
import { BackendError } from '../backend'
import { unreachedOutcome } from './baselines'

describe('a tenant a baseline could not reach', () => {
  it('is skipped when it is gone or out of the technician’s reach, and failed otherwise', () => {
    expect(unreachedOutcome('t', new BackendError('notFound', ''))).toEqual({
      tenantId: 't',
      status: 'skipped',
      reason: 'notFound',
    })
    expect(unreachedOutcome('t', new BackendError('unauthorized', ''))).toMatchObject({ reason: 'noAccess' })
  })

  it('keeps the refusal itself, so the page says it in its own words rather than the adapter’s', () => {
    const refusal = new BackendError('remote', 'Graph answered 503 Service Unavailable')
    expect(unreachedOutcome('t', refusal)).toEqual({ tenantId: 't', status: 'failed', error: refusal })
  })
})
