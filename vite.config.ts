import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { readFileSync } from 'node:fs'
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createServer, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { ASSET_CACHE_CONTROL, CSP_META, ROUTE_CHECK_SCRIPT, SECURITY_HEADERS } from './src/app/csp'
import { absoluteSiteUrls } from './deploy/site-url'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
  description: string
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
 * `vite preview` caches like the hosts do (public/_headers): a file under /assets/ is immutable.
 * Preview's own `no-cache` had the browser ask for every script again on every load, and the
 * end-to-end suite loads the app some 400 times: it took 10 % less CPU with this. Preview's file
 * server writes its headers in one `writeHead` call, overridden here.
 */
const immutableAssets = (): Plugin => ({
  name: 'immutable-assets',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/assets/')) {
        const writeHead = res.writeHead.bind(res) as (
          status: number,
          headers?: OutgoingHttpHeaders,
        ) => ServerResponse
        res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) =>
          writeHead(status, {
            ...headers,
            'Cache-Control': ASSET_CACHE_CONTROL,
          })) as typeof res.writeHead
      }
      next()
    })
  },
})

/**
 * The home page paints before its script arrives: its markup (layout and home page, from the
 * app's own components through react-dom/server) is rendered into the built page's root, in a
 * `.home-shell` wrapper. On the home page the app hydrates it (src/app/main.tsx): the same
 * elements stay, so nothing moves. On another page's URL the route check (the page's one inline
 * script, allowed by its hash in the CSP) hides the wrapper before the first paint, and the app
 * renders over it.
 */
const MAIN = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url))
const RESULT = fileURLToPath(new URL('./src/app/routes/result.tsx', import.meta.url))
const homeShell = (): Plugin => ({
  name: 'home-shell',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: async (html, ctx) => {
      // The app's script, fetched and started by src/app/boot.ts after the first paint.
      const main = Object.values(ctx.bundle ?? {}).find(
        (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId === MAIN,
      )
      if (!main) throw new Error('home-shell: no chunk for src/app/main.tsx')
      // The result page's chunk and what it imports: on a result's link boot.ts preloads them
      // beside the app's, instead of one hop after another once the app has run.
      const chunks = new Map(
        Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [[c.fileName, c]] : [],
        ),
      )
      const result = [...chunks.values()].find((c) => c.facadeModuleId === RESULT)
      if (!result) throw new Error('home-shell: no chunk for src/app/routes/result.tsx')
      const resultFiles = new Set<string>()
      const add = (file: string) => {
        if (file === main.fileName || resultFiles.has(file)) return
        resultFiles.add(file)
        for (const dep of chunks.get(file)?.imports ?? []) add(dep)
      }
      add(result.fileName)
      const server = await createServer({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify(pkg.version) },
      })
      try {
        const shell = (await server.ssrLoadModule('/src/app/home-shell.tsx')) as {
          renderHomeShell: () => string
        }
        const root = '<div id="root"></div>'
        if (!html.includes(root)) throw new Error('home-shell: index.html has no empty #root')
        // Ahead of the page's script and stylesheet, so the route check runs as soon as it is
        // parsed (a script after a stylesheet waits for it).
        const entry = '<script type="module" crossorigin'
        if (!html.includes(entry)) throw new Error('home-shell: index.html has no entry script')
        // The page's script names the app's file and the result page's files (src/app/boot.ts
        // fetches them once the page has painted).
        const app = `data-app="${main.fileName}" data-result="${[...resultFiles].join(' ')}"`
        return html
          .replace(entry, `<script>${ROUTE_CHECK_SCRIPT}</script>\n    ${entry} ${app}`)
          .replace(
            root,
            `<div id="root"><div class="home-shell">${shell.renderHomeShell()}</div></div>`,
          )
      } finally {
        await server.close()
      }
    },
  },
})

/**
 * Link previews want absolute URLs (og:image, og:url) but the host is only known where the site
 * is built for one: with SITE_URL set (the GitHub Pages workflow sets it) the preview tags get
 * absolute URLs; without it og:image stays relative and og:url is left out.
 */
const siteUrls = (): Plugin => ({
  name: 'site-urls',
  apply: 'build',
  transformIndexHtml: (html) => absoluteSiteUrls(html, process.env.SITE_URL),
})

/**
 * The service worker (Workbox, generated at build time) precaches every file of the build, lazy
 * chunks and workers included, so after one visit every page works offline. It is registered by
 * `src/app/pwa/` after the first screen, never by an inline script; a new version waits until
 * the user chooses Reload (registerType 'prompt').
 */
const offline = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The glob below already takes the icons.
    includeManifestIcons: false,
    manifest: {
      name: 'RAG or Tune — how to adapt your LLM',
      short_name: 'RAG or Tune',
      description: pkg.description,
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fafaf9',
      theme_color: '#0f766e',
      lang: 'en',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,mjs,css,html,svg,png,webmanifest,json,wasm,txt}'],
      // A chunk over Workbox's 2 MiB default (a tokenizer's encoding) would silently be left
      // out, and that page would then break offline.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      navigateFallback: 'index.html',
      // A file that is not in the build is a 404, not the app.
      navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+$/],
      // The first version takes the open page at once, so its lazy pages work offline without
      // a reload; later versions wait for the user (see src/app/pwa/).
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  })

/**
 * Vite wraps every lazy `import()` in a helper that first fetches the chunk's CSS and module
 * preloads. This build has neither (one stylesheet, loaded by the page; `modulePreload: false`),
 * so the helper only adds 0.5 KB to the first screen, which is at its 90 KB budget: it is
 * replaced by a call of the import itself. (Its `vite:preloadError` event goes with it; the app
 * does not listen for it: a failed chunk reaches the nearest error boundary, as before.)
 */
const noPreloadHelper = (): Plugin => ({
  name: 'no-preload-helper',
  apply: 'build',
  enforce: 'pre',
  load: (id) =>
    id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load()' : null,
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
  plugins: [
    noPreloadHelper(),
    react(),
    tailwindcss(),
    cspMeta(),
    siteUrls(),
    homeShell(),
    offline(),
    immutableAssets(),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  // The #/data page's worker loads pdf.js on demand: a module worker, split into chunks.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // No preload helper: it cost 0.5 KB gzip on the first screen, which is at its 90 KB budget.
    // A lazy page then fetches its own imports after it arrives (one more round trip on a first
    // visit; after that the service worker serves them from the precache).
    modulePreload: false,
    cssCodeSplit: false,
    // dist/.vite/manifest.json: the chunk graph, which tests/e2e/lazy-parts.spec.ts walks to
    // make every lazily loaded chunk fail in turn. It is not served to the app.
    manifest: true,
    // Every module the first screen imports goes in one chunk. Left alone, rolldown splits a
    // module shared by the entry and a lazy chunk (zustand, the storage helpers, React's JSX
    // runtime) into chunks of their own, which the first screen then fetches as extra files:
    // 92,822 bytes gzip with the decisions store on zustand, 91,640 in one chunk.
    // Two entries: the page's (src/app/boot.ts, a few hundred bytes) and the app's, which the
    // page preloads and boot.ts starts after the first paint (see homeShell above).
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), main: MAIN },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'app',
              tags: ['$initial'],
              test: (id) => !/(\/boot(-files)?\.ts|\.html)$/.test(id),
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { ...SECURITY_HEADERS },
  },
  server: { port: 5173 },
  test: {
    // Two projects: tests of plain TypeScript run in node (no DOM to set up, and a DOM or storage
    // call in the engine fails there); components and the tests that need a browser's objects
    // (`*.test.tsx`, `*.dom.test.ts`) run in jsdom with the shared set-up. Neither isolates its
    // files: a worker imports each module and builds jsdom once, not once a file (the node
    // project took 83 s and the dom one 160 s on this machine; 22 s and 46 s without isolation).
    // The set-up empties storage and unmounts after every test, and the suite passes shuffled
    // (`npx vitest run --sequence.shuffle`).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts'],
          exclude: ['src/**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          isolate: false,
          include: ['src/**/*.test.tsx', 'src/**/*.dom.test.ts'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
    // Property tests run thousands of cases: on a busy machine they need more than 5 s of wall time.
    testTimeout: 30_000,
    // It imports its JSON schema without an import attribute, which Node 20 refuses: let
    // Vitest transform it instead (deploy/deploy-config.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
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
