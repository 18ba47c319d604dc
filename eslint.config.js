import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'User-controlled text is rendered as text only (see the CSP section of the README).',
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
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
)
