import type { Plugin } from 'vite'
import { webDarkTheme, webLightTheme } from '@fluentui/tokens'

const VIRTUAL_ID = 'virtual:fluent-tokens.css'
// The `.css` suffix on the resolved id lets Vite's CSS pipeline bundle and minify it.
const RESOLVED_ID = `\0${VIRTUAL_ID}`

function declarations(tokens: Readonly<Record<string, string | number>>): string {
  return Object.entries(tokens)
    .map(([name, value]) => `  --${name}: ${value};`)
    .join('\n')
}

/**
 * Every Fluent 2 web-light token as a CSS custom property on :root, then web-dark's where they
 * differ (colours and shadows): when the system asks for dark (`prefers-color-scheme`) unless the
 * person chose light (`<html data-theme="light">`), and whenever they chose dark. `color-scheme`
 * follows, so the browser's own controls (scroll bars, date pickers, checkboxes) match.
 */
export function fluentTokensCss(): string {
  const dark = Object.fromEntries(
    Object.entries(webDarkTheme).filter(([name, value]) => webLightTheme[name as keyof typeof webLightTheme] !== value),
  )
  const darkBlock = `${declarations(dark)}\n  color-scheme: dark;`
  return [
    `:root {\n${declarations(webLightTheme)}\n  color-scheme: light;\n}`,
    `@media (prefers-color-scheme: dark) {\n:root:not([data-theme='light']) {\n${darkBlock}\n}\n}`,
    `:root[data-theme='dark'] {\n${darkBlock}\n}`,
  ].join('\n')
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
