import prettierOff from 'eslint-config-prettier/flat'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-m365/**', 'relay/dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  // Prettier owns layout (npm run lint checks it); this turns off the lint rules that would argue with it.
  prettierOff,
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
      // Prettier wraps code at 120; comments and long messages are wrapped by hand, so lint holds them to it too.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    // The domain is plain TypeScript: no Vue, no backend, no browser storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['vue', 'vue-*', 'pinia', '@/backends/*', '@/stores/*', 'dexie'] },
      ],
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
