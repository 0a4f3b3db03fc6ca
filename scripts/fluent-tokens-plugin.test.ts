import { webDarkTheme, webLightTheme } from '@fluentui/tokens'
import { describe, expect, it } from 'vitest'
import { fluentTokensCss } from './fluent-tokens-plugin'

describe('Fluent tokens as CSS', () => {
  const css = fluentTokensCss()

  it('declares every web-light token on :root, light by default', () => {
    expect(css).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`)
    expect(css.match(/^:root \{[^}]*\}/m)?.[0]).toContain('color-scheme: light;')
  })

  it("gives web-dark's colours when the system asks for dark, unless light was chosen, and when dark was chosen", () => {
    const systemDark = /@media \(prefers-color-scheme: dark\) \{\n:root:not\(\[data-theme='light'\]\) \{([^}]*)\}/.exec(
      css,
    )
    const chosenDark = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)
    for (const block of [systemDark?.[1], chosenDark?.[1]]) {
      expect(block).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`)
      expect(block).toContain('color-scheme: dark;')
      // Only what differs: sizes, fonts and radii are the light block's.
      expect(block).not.toContain('--fontSizeBase300')
    }
  })
})
