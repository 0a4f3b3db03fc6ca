import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { m365TestBuild } from './e2e/m365/testBuild.ts'
import { fluentTokens } from './scripts/fluent-tokens-plugin.ts'

// `--mode m365` configures the build for the local Microsoft 365 test world (see e2e/m365/).
export default defineConfig(({ mode }) => {
  const m365 = mode === 'm365' ? m365TestBuild() : undefined
  return {
    plugins: [
      vue(),
      // The locale messages are compiled at build time, so the page ships vue-i18n's runtime-only build without its
      // message compiler; composition API only, no global components, no dev tools.
      VueI18nPlugin({
        include: [fileURLToPath(new URL('./src/locales/**/*.json', import.meta.url))],
        runtimeOnly: true,
        compositionOnly: true,
        fullInstall: false,
        dropMessageCompiler: true,
        // Messages are only ever text (lint forbids v-html), so a literal "<tenant id>" in one is safe as written.
        strictMessage: false,
      }),
      fluentTokens(),
    ],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    define: {
      ...m365?.define,
    },
    build: {
      target: 'es2022',
      // scripts/size.mjs reads the manifest to measure what the first page loads.
      manifest: true,
      // Every browser the console supports preloads modules natively; with two pages the polyfill would be a chunk of
      // its own.
      modulePreload: { polyfill: false },
      ...(m365 && { outDir: m365.outDir }),
      rolldownOptions: {
        // MSAL's redirect bridge is a page of its own: the sign-in provider sends its answers there.
        input: { main: 'index.html', redirect: 'redirect.html' },
        output: {
          // One cacheable vendor chunk with a name that says what it is.
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /node_modules[\\/](?:@vue|vue|vue-router|pinia|vue-i18n|@intlify|dexie)[\\/]/ },
            ],
          },
        },
      },
    },
  }
})
