import type { Plugin } from 'vite'
import { webLightTheme } from '@fluentui/tokens'

const VIRTUAL_ID = 'virtual:fluent-tokens.css'
// The `.css` suffix on the resolved id lets Vite's CSS pipeline bundle and minify it.
const RESOLVED_ID = `\0${VIRTUAL_ID}`

/** Every Fluent 2 web-light token as a CSS custom property on :root. */
export function fluentTokensCss(): string {
  const declarations = Object.entries(webLightTheme)
    .map(([name, value]) => `  --${name}: ${value};`)
    .join('\n')
  return `:root {\n${declarations}\n}\n`
}

/**
 * Serves Microsoft's Fluent 2 design tokens as `virtual:fluent-tokens.css`, generated at build
 * time from `@fluentui/tokens`, so the app ships plain CSS variables and no token JavaScript.
 */
export function fluentTokens(): Plugin {
  return {
    name: 'fluent-tokens',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      return id === RESOLVED_ID ? fluentTokensCss() : undefined
    },
  }
}
