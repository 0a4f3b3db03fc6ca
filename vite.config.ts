import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig, loadEnv } from 'vite'
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts'
import { firstPageChunk } from './scripts/first-page-chunk.ts'
import { fluentTokens } from './scripts/fluent-tokens-plugin.ts'

// The commerce dashboard at / with the shell's and the dashboard's messages (scripts/size.mjs measures the same).
const firstPage = firstPageChunk(new URL('./src/main.ts', import.meta.url), [
  new URL('./src/views/dashboard/DashboardView.vue', import.meta.url),
  new URL('./src/locales/en/core.ts', import.meta.url),
])

// `--mode m365` configures the build for the local Microsoft 365 test world (test-world/) from .env.m365: its VITE_*
// settings, and its own folder.
export default defineConfig(({ mode }) => {
  const { BUILD_OUT_DIR } = loadEnv(mode, process.cwd(), 'BUILD_')
  // What the page connects to, for its Content-Security-Policy (the environment wins over .env files, as for the app).
  const connections = loadEnv(mode, process.cwd(), 'VITE_')
  // The file holds the default ports: a side-by-side run (E2E_PORT) built from it would reach someone else's world.
  const sideBySide = ['E2E_PORT', 'E2E_OIDC_PORT', 'E2E_GRAPH_PORT', 'E2E_PARTNER_CENTER_PORT', 'E2E_RELAY_PORT'].some(
    v => process.env[v],
  )
  if (mode === 'm365' && sideBySide && !process.env.VITE_GRAPH_BASE_URL) {
    throw new Error('E2E_*PORT is set: build the m365 build with `node scripts/build-m365.mjs` so its ports follow it')
  }
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
      firstPage.plugin,
      contentSecurityPolicyPlugin(connections),
    ],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    build: {
      target: 'es2022',
      // scripts/size.mjs reads the manifest to measure what the first page loads.
      manifest: true,
      // Every browser the console supports preloads modules natively; with two pages the polyfill would be a chunk of
      // its own.
      modulePreload: { polyfill: false },
      ...(BUILD_OUT_DIR && { outDir: BUILD_OUT_DIR }),
      rolldownOptions: {
        // MSAL's redirect bridge is a page of its own: the sign-in provider sends its answers there.
        input: { main: 'index.html', redirect: 'redirect.html' },
        output: {
          // One cacheable vendor chunk with a name that says what it is.
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /node_modules[\\/](?:@vue|vue|vue-router|pinia|vue-i18n|@intlify|dexie)[\\/]/ },
              { name: 'app', test: firstPage.test },
            ],
          },
        },
      },
    },
  }
})
