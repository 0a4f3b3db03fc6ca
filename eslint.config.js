import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-m365/**', 'relay/dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // The domain is plain TypeScript: no Vue, no backend, no browser storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'vue-*', 'pinia', '@/backends/*', '@/stores/*', 'dexie'] }],
    },
  },
  {
    // The relay is its own service: it ships alone to Azure Functions, so it takes nothing from the console.
    files: ['relay/src/**/*.ts'],
    ignores: ['relay/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/*', '**/src/*', 'vue', 'pinia', 'dexie'] }],
    },
  },
  {
    // Views, components and stores speak to the Backend interface, never to an adapter.
    files: ['src/views/**', 'src/components/**', 'src/stores/**', 'src/composables/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/backends/local/*', '@/backends/graph/*', 'dexie'] }],
    },
  },
)
