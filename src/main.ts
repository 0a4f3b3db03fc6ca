import 'virtual:fluent-tokens.css'
import './styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { setBackend } from './backends/current'
import { createLocalBackend } from './backends/local'
import { i18n, loadAllMessages, preferredLocale, setLocale } from './i18n'
import { router } from './router'

// The embedded backend is the default; the Microsoft 365 one will be chosen here, once.
setBackend(createLocalBackend())

// The first page shows with the messages it needs; the rest follow while the person reads it.
await setLocale(preferredLocale(), 'core')

createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(router)
  .mount('#app')

void loadAllMessages()
