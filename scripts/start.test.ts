import { describe, expect, it } from 'vitest'
import { canOpenBrowser } from './start.mjs'

describe('npm start opens a browser', () => {
  it('on a desktop: macOS, Windows, or a Linux with an X11 or Wayland display', () => {
    expect(canOpenBrowser('darwin', {})).toBe(true)
    expect(canOpenBrowser('win32', {})).toBe(true)
    expect(canOpenBrowser('linux', { DISPLAY: ':0' })).toBe(true)
    expect(canOpenBrowser('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true)
  })

  it('not on a machine with no desktop, where the opener would only print an error stack', () => {
    expect(canOpenBrowser('linux', {})).toBe(false)
    expect(canOpenBrowser('linux', { DISPLAY: '' })).toBe(false)
    expect(canOpenBrowser('freebsd', {})).toBe(false)
  })
})
