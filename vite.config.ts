import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { CSP_HEADER, CSP_META } from './src/app/csp'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}

/** Writes the CSP into the built page only: the dev server needs inline scripts for hot reload. */
const cspMeta = (): Plugin => ({
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
      injectTo: 'head-prepend',
    },
  ],
})

/**
 * react-router's package exports point every bundler at its development build (extra warnings
 * and checks, ~1.5 KB gzip more); production builds take its own production build instead.
 */
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
)

// `base: './'` keeps every asset URL relative, so the built `dist/` works under any path
// of any static host; hash routing does the rest.
export default defineConfig(({ command }) => ({
  base: './',
  resolve:
    command === 'build'
      ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] }
      : {},
  plugins: [react(), tailwindcss(), cspMeta()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  // The #/data page's worker loads pdf.js on demand: a module worker, split into chunks.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The preload polyfill is an inline-free module, but it is not needed by the browsers we target.
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: [
        'src/**/*.test.{ts,tsx}',
        'src/**/*.bench.ts',
        'src/test-setup.ts',
        'src/**/*.d.ts',
      ],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/engine/**': { lines: 95, statements: 95 },
      },
    },
  },
}))
