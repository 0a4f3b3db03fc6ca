import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { fluentTokens } from './scripts/fluent-tokens-plugin.ts'

export default defineConfig({
  plugins: [vue(), fluentTokens()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n: messages are compiled at run time from our JSON files; keep its dev tools out of the build.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    target: 'es2022',
    // scripts/size.mjs reads the manifest to measure what the first page loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // One cacheable vendor chunk with a name that says what it is.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](?:@vue|vue|vue-router|pinia|vue-i18n|@intlify|dexie)[\\/]/ }] },
      },
    },
  },
})
