import type { Microsoft365Config, Microsoft365Setup } from './auth/config'
import type { DataSource } from './auth/dataSource'
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
import { createLocalBackend } from './backends/local'
import ShellLanguageSelect from './components/shell/ShellLanguageSelect.vue'
import { i18n, loadAllMessages } from './i18n'

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Shows the start page until the person picks the demo (it resolves); Microsoft 365 leaves for its sign-in.
 * `problem` says why the last Microsoft 365 start failed, if it did.
 */
async function askOnStartPage(microsoft365: Microsoft365Setup, problem?: string): Promise<void> {
  const [{ default: StartView }] = await Promise.all([import('./views/start/StartView.vue'), loadAllMessages()])
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
      page.unmount()
      resolve()
    }
    const page = createApp({
      render: () => h(StartView, { microsoft365, problem, choose }, { language: () => h(ShellLanguageSelect) }),
    })
    page.use(i18n).mount('#app')
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
  setBackend(createLocalBackend({ seedLanguage: () => (i18n.global.locale.value === 'fr' ? 'fr' : 'en') }))
}
