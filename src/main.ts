import 'virtual:fluent-tokens.css'
import './styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { useMicrosoft365Session } from './auth/session'
import { installDataLayer } from './data/dataLayer'
import { i18n, loadAllMessages, preferredLocale, setLocale } from './i18n'
import { router } from './router'
import { startBackend } from './startup'
import { applyTheme } from './theme'

// Light, dark or the system's, as last chosen, before anything paints.
applyTheme()

// The first page shows with the messages it needs; the rest follow while the person reads it.
await setLocale(preferredLocale(), 'core')

// The demo data or Microsoft 365, chosen once before any view asks the backend for data.
await startBackend()

// Back from a refused client-tenant sign-in: not onto that tenant's page, which would ask again at
// once (a loop), but onto the list, which names it and says what happened. Back from a tenant's
// admin consent page: onto the list too, where it was asked for.
const session = useMicrosoft365Session()
if (session?.refusedTenant || session?.consentAnswer) await router.replace({ name: 'tenants' })

const app = createApp(App).use(createPinia())
installDataLayer(app, router)
app.use(i18n).use(router).mount('#app')

void loadAllMessages()
