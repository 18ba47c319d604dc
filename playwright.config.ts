import { defineConfig, devices } from '@playwright/test'

/**
 * Debian's Chromium headless shell (`apt-get install chromium-headless-shell`; Playwright's own
 * browser download does not work here): the same engine as `chromium --headless` without the
 * desktop browser around it, which ran the whole suite on 387 CPU-s against 636. Override with
 * E2E_CHROMIUM_PATH (a full Chromium or Chrome works too). Lighthouse and `npm run perf` measure
 * in the full browser a user runs: CHROMIUM_PATH, /usr/bin/chromium.
 */
const executablePath = process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'
const port = Number(process.env.E2E_PORT ?? 4174)
/** The built site to serve; helpers working side by side build to their own folders. */
const dist = process.env.E2E_DIST ?? 'dist'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three on two cores: a test waits now and then (a poll, a pick's moment, a download), and a
  // third worker fills those gaps (idle: 162 s against 180 s at two, for 6 % more CPU).
  workers: 3,
  retries: process.env.CI ? 1 : 0,
  // Limits stop a hung test; they do not measure speed. `npm test` must pass on a busy machine:
  // beside a build loop (load average 12 on two cores) an 11 s flow took 32 s. So every limit,
  // here and in the specs, is about three times what the test needs there when idle.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Playwright empties its output folder first: runs side by side (each on its own E2E_PORT)
  // must not wipe each other's artifacts.
  outputDir: `test-results/port-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    screenshot: 'only-on-failure',
    // A trace records every action's DOM and screenshots: on every test it cost a third of the
    // e2e's time (lazy-parts 84 s with it, 52-60 s without). CI retries a failed test once, and
    // that retry is traced.
    trace: 'on-first-retry',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // The built site installs a service worker, which would answer requests before page.route
    // sees them and keep pages from an earlier test. Only tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
