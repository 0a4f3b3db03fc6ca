import { describe, expect, it } from 'vitest'
import { firstStartStep } from './dataSource'

describe('firstStartStep', () => {
  it('keeps an unconfigured build on the demo, as before, whatever was remembered', () => {
    expect(firstStartStep(false, null, false)).toBe('demo')
    expect(firstStartStep(false, 'demo', false)).toBe('demo')
    expect(firstStartStep(false, 'microsoft365', false)).toBe('demo')
  })

  it('shows the start page when Settings asked for it, even where only the demo is available', () => {
    expect(firstStartStep(false, null, true)).toBe('ask')
    expect(firstStartStep(true, null, true)).toBe('ask')
  })

  it('asks in a configured build until a choice is remembered, then follows it', () => {
    expect(firstStartStep(true, null, false)).toBe('ask')
    expect(firstStartStep(true, 'demo', false)).toBe('demo')
    expect(firstStartStep(true, 'microsoft365', false)).toBe('microsoft365')
  })
})
