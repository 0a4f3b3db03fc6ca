import { readStored, writeStored } from './webStorage'

/** The look the person chose: the system's (light or dark, as `prefers-color-scheme` says), or one always. */
export type ThemeChoice = 'system' | 'light' | 'dark'
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

const STORAGE_KEY = 'bpos.theme'

export function storedTheme(): ThemeChoice {
  const stored = readStored(STORAGE_KEY)
  return THEME_CHOICES.includes(stored as ThemeChoice) ? (stored as ThemeChoice) : 'system'
}

/**
 * Puts the choice on `<html data-theme>`, which the token styles read: no attribute follows the
 * system. Called before the app mounts, so a reload in dark mode never flashes light.
 */
export function applyTheme(choice: ThemeChoice = storedTheme()): void {
  if (choice === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = choice
}

export function chooseTheme(choice: ThemeChoice): void {
  writeStored(STORAGE_KEY, choice)
  applyTheme(choice)
}

/** Whether the page shows dark now: chosen, or the system's while following it. */
export function isDark(choice: ThemeChoice = storedTheme()): boolean {
  if (choice !== 'system') return choice === 'dark'
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
}
