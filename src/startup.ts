import type { Microsoft365Config, Microsoft365Setup } from './auth/config'
import type { DataSource } from './auth/dataSource'
import type { LocalStorageProblem } from './backends/local/openDatabase'
import type { App, Component } from 'vue'
import { createApp, h } from 'vue'
import { readMicrosoft365Setup } from './auth/config'
import {
  firstStartStep,
  forgetDataSource,
  rememberDataSource,
  rememberedDataSource,
  takeDataSourceQuestion,
} from './auth/dataSource'
import { setMicrosoft365Session } from './auth/session'
import { setBackend } from './backends/current'
import { ConsoleDatabase, createLocalBackend } from './backends/local'
import { openLocalDatabase } from './backends/local/openDatabase'
import ShellLanguageSelect from './components/shell/ShellLanguageSelect.vue'
import { i18n, loadAllMessages } from './i18n'

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Mounts one of the pages shown before the console (start, storage), with the language picker in its bar. */
async function mountBeforeConsole(page: Component, props: Record<string, unknown>): Promise<App> {
  await loadAllMessages()
  const app = createApp({ render: () => h(page, props, { language: () => h(ShellLanguageSelect) }) })
  app.use(i18n).mount('#app')
  return app
}

/**
 * Opens the demo's database, saying on a page of its own when the browser refuses it (the console
 * doesn't mount: there would be nothing to show), or while an older tab holds up its upgrade.
 */
async function openDemoDatabase(): Promise<ConsoleDatabase> {
  const db = new ConsoleDatabase()
  // The page is only fetched when it has something to say.
  const storagePage = async (props: Record<string, unknown>) =>
    mountBeforeConsole((await import('./views/start/StorageProblemView.vue')).default, props)
  let waiting: Promise<App> | undefined
  const problem: LocalStorageProblem | undefined = await openLocalDatabase(db, () => {
    waiting ??= storagePage({})
  })
  ;(await waiting)?.unmount()
  if (!problem) return db
  await storagePage({ ...problem })
  // The page stays: its "Try again" reloads.
  return new Promise<never>(() => {})
}

/**
 * Shows the start page until the person picks the demo (it resolves); Microsoft 365 leaves for its sign-in.
 * `problem` says why the last Microsoft 365 start failed, if it did.
 */
async function askOnStartPage(microsoft365: Microsoft365Setup, problem?: string): Promise<void> {
  const { default: StartView } = await import('./views/start/StartView.vue')
  return new Promise<void>(resolve => {
    async function choose(source: DataSource): Promise<void> {
      rememberDataSource(source)
      if (source === 'microsoft365' && microsoft365.available) {
        const { signInToMicrosoft365 } = await import('./auth/msalSession')
        await signInToMicrosoft365(microsoft365.config).catch((error: unknown) => {
          forgetDataSource()
          throw error
        })
      }
      ;(await page).unmount()
      resolve()
    }
    const page = mountBeforeConsole(StartView, { microsoft365, problem, choose })
  })
}

/** The signed-in Microsoft 365 backend, or false when no one is signed in in this tab. */
async function startMicrosoft365(config: Microsoft365Config): Promise<boolean> {
  const { resumeMicrosoft365Session } = await import('./auth/msalSession')
  const session = await resumeMicrosoft365Session(config)
  if (!session) return false
  setMicrosoft365Session(session)
  const { createGraphBackend } = await import('./backends/graph')
  setBackend(
    createGraphBackend({
      baseUrl: config.graphBaseUrl,
      tokens: session.tokens,
      actor: session.account.name,
      ...(session.relay && session.relay !== 'invalid' ? { relay: session.relay } : {}),
    }),
  )
  return true
}

/**
 * Chooses the backend once, before the console mounts: the demo in an unconfigured build (as
 * ever), else the remembered choice, else the start page's. Changing it later means a reload.
 */
export async function startBackend(): Promise<void> {
  const microsoft365 = readMicrosoft365Setup(import.meta.env)
  const step = firstStartStep(microsoft365.available, rememberedDataSource(), takeDataSourceQuestion())
  if (step === 'microsoft365' && microsoft365.available) {
    let problem: string | undefined
    try {
      if (await startMicrosoft365(microsoft365.config)) return
    } catch (error) {
      // A refused consent or an unreachable provider: say so on the start page, don't go blank.
      problem = reasonOf(error)
    }
    // Chosen, but nobody is signed in in this tab (a sign-in abandoned, or a new tab): ask again,
    // keeping the choice, which other tabs share and may still be signed in under.
    await askOnStartPage(microsoft365, problem)
  } else if (step === 'ask') {
    await askOnStartPage(microsoft365)
  }
  // The demo's records are written in the language the console speaks when they are seeded.
  const db = await openDemoDatabase()
  setBackend(createLocalBackend({ db, seedLanguage: () => (i18n.global.locale.value === 'fr' ? 'fr' : 'en') }))
}
