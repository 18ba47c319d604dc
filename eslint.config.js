import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import prettier from 'eslint-config-prettier'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'
import { readdirSync } from 'node:fs'

// The layers, lowest first: shared code (engine, questions, store, components, config) →
// features (one folder each, none importing another) → app (routes, layout, router).
const SHARED = ['engine', 'questions', 'store', 'components', 'config'].map((d) => `./src/${d}`)
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
// Codecs read and write links and files; they must run without a store (and its storage).
const CODECS = [
  './src/engine/codec',
  './src/features/compare/compare-link.ts',
  './src/features/result/read-result.ts',
  './src/features/data/documents.parse.ts',
  './src/features/data/training.parse.ts',
]

const NO_INNER_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User-controlled text is rendered as text only (see the CSP section of the README).',
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Numbers print the same everywhere; a boolean, an object or undefined in text is a bug.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(true)}` returns nothing on purpose; longer bodies are checked.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': ['error', NO_INNER_HTML],
    },
  },
  {
    // The app's code formats and sorts without ICU: a page's first Intl formatter or collator
    // loads locale data, a main-thread task of 40-60 ms (measured in this Chromium), so numbers and
    // dates come from src/engine/format. Tests use Intl as the reference those are checked against.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_INNER_HTML,
        {
          selector: "MemberExpression[object.name='Intl']",
          message: 'Format with src/engine/format (cost-format, date-format): no Intl on the page.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)$/]',
          message: 'Format with src/engine/format and sort by code unit: no ICU on the page.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: SHARED,
              from: ['./src/features', './src/app'],
              message: 'Shared code sits below the features and the app: it imports neither.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features sit below the app: a link target comes from src/config/paths.',
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature does not import another feature: move what both need down.',
            })),
            {
              target: CODECS,
              from: './src/store',
              message: 'A codec is free of stores: importing one would touch storage.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine is pure TypeScript: no UI framework, no store, no charts, no DOM, no storage
    // (src/engine/purity.test.ts checks the same at run time, in node).
    files: ['src/engine/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'react-dom/*'],
              message: 'The engine knows nothing of React.',
            },
            {
              group: ['react-router', 'react-router/*'],
              message: 'The engine knows nothing of routing.',
            },
            { group: ['zustand', 'zustand/*'], message: 'The engine knows nothing of the store.' },
            { group: ['recharts', 'recharts/*'], message: 'The engine knows nothing of charts.' },
            {
              group: [
                '**/app/**',
                '**/store/**',
                '**/components/**',
                '**/questions/**',
                '**/features/**',
              ],
              message: 'The engine imports only itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'self',
          'globalThis',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'location',
          'fetch',
          'XMLHttpRequest',
          'HTMLElement',
        ].map((name) => ({ name, message: 'The engine is pure: no DOM, storage or I/O.' })),
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', '*.config.ts', 'scripts/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
)
