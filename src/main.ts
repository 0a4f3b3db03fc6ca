import 'virtual:fluent-tokens.css'
import './styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n, loadAllMessages, preferredLocale, setLocale } from './i18n'
import { router } from './router'
import { startBackend } from './startup'

// The first page shows with the messages it needs; the rest follow while the person reads it.
await setLocale(preferredLocale(), 'core')

// The demo data or Microsoft 365, chosen once before any view asks the backend for data.
await startBackend()

createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(router)
  .mount('#app')

void loadAllMessages()
