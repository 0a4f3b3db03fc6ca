import { readStored, removeStored, writeStored } from '@/webStorage'

/** Where the console's data come from: this browser's demo data, or Microsoft 365 through Graph. */
export type DataSource = 'demo' | 'microsoft365'

const CHOICE_KEY = 'bpos.dataSource'
const ASK_KEY = 'bpos.askDataSource'

/** What start-up does: sign in to Microsoft 365 (resuming the tab's session), open the demo, or ask. */
export type StartStep = 'microsoft365' | 'demo' | 'ask'

/**
 * An unconfigured build keeps to the demo, as it always has, unless Settings asked for the start
 * page; a configured one asks until a choice is remembered.
 */
export function firstStartStep(
  microsoft365Available: boolean,
  remembered: DataSource | null,
  asked: boolean,
): StartStep {
  if (remembered === 'microsoft365' && microsoft365Available) return 'microsoft365'
  if (asked || (microsoft365Available && remembered === null)) return 'ask'
  return 'demo'
}

/** The choice made on the start page, remembered in this browser. */
export function rememberedDataSource(): DataSource | null {
  const value = readStored(CHOICE_KEY)
  return value === 'demo' || value === 'microsoft365' ? value : null
}

export function rememberDataSource(source: DataSource): void {
  writeStored(CHOICE_KEY, source)
}

export function forgetDataSource(): void {
  removeStored(CHOICE_KEY)
}

/**
 * Settings' "Change data source" asks for the start page once, even in a build where only the
 * demo is available; the choice takes effect on the reload that follows.
 */
export function askForDataSourceOnNextStart(): void {
  forgetDataSource()
  writeStored(ASK_KEY, '1', 'session')
}

/** True once after askForDataSourceOnNextStart(). */
export function takeDataSourceQuestion(): boolean {
  const asked = readStored(ASK_KEY, 'session') === '1'
  removeStored(ASK_KEY, 'session')
  return asked
}
