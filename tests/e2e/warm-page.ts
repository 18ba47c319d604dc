import { test as base, type ConsoleMessage, type Page } from '@playwright/test'

/**
 * One browser page a worker keeps for the checks that only open a URL and read it. A new
 * context per test makes Chromium download and compile every script again (about 2 s a test
 * here); a page kept across tests reuses its renderer's compiled code, so each load costs a
 * fraction of that. Every test still starts from a clean slate: `open` clears the site's
 * storage, drops the previous test's routes and loads the page afresh (not a same-document hash
 * change), and `errors` holds only what this test's loads reported.
 */
export interface WarmPage {
  readonly page: Page
  /** Uncaught exceptions since the last `open`. */
  readonly errors: string[]
  /** Console errors since the last `open` (a failed download logs one). */
  readonly consoleErrors: string[]
  /**
   * Leaves the app for a plain file of the same origin and empties the site's storage, writing
   * `stored` (key → raw value) to localStorage: the next `page.goto` of the app (a page object's
   * `open`) loads a new document that starts from that storage.
   */
  reset(stored?: Record<string, string>): Promise<void>
  /** `reset`, then loads `url`. */
  open(url: string, stored?: Record<string, string>): Promise<void>
}

/**
 * `test` with the worker's page: `page` is that page, reset before the test (so a test written
 * for a fresh page runs unchanged), and `warm` gives its storage and error helpers. For tests that
 * open the app in one tab; a test that needs its own context (permissions, init scripts, clock,
 * two tabs, offline) uses Playwright's own `test`.
 */
export const test = base.extend<{ warm: WarmPage }, { warmPage: Page }>({
  warmPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use
      const context = await browser.newContext({
        ...(baseURL !== undefined && { baseURL }),
        ...(viewport !== undefined && { viewport }),
        // As in playwright.config.ts: the service worker would answer before page.route.
        serviceWorkers: 'block',
      })
      const page = await context.newPage()
      await use(page)
      await context.close()
    },
    { scope: 'worker' },
  ],
  warm: async ({ warmPage: page }, use, testInfo) => {
    const errors: string[] = []
    const consoleErrors: string[] = []
    const onError = (e: Error) => errors.push(e.message)
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    }
    page.on('pageerror', onError)
    page.on('console', onConsole)
    const reset = async (stored: Record<string, string> = {}) => {
      await page.goto('./robots.txt')
      await page.evaluate((entries) => {
        localStorage.clear()
        sessionStorage.clear()
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
      }, stored)
      errors.length = 0
      consoleErrors.length = 0
    }
    await use({
      page,
      errors,
      consoleErrors,
      reset,
      async open(url, stored) {
        await reset(stored)
        await page.goto(url)
      },
    })
    // What a test may have changed on the page itself: its listeners, routes, emulated media
    // and size.
    page.removeAllListeners()
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null })
    const { viewport } = testInfo.project.use
    if (viewport) await page.setViewportSize(viewport)
  },
  // A test's `test.use({ viewport, colorScheme })` applies to the worker's page as well; other
  // context options (permissions, locale, offline) need a context of their own.
  page: async ({ warm, viewport, colorScheme }, use) => {
    if (viewport) await warm.page.setViewportSize(viewport)
    if (colorScheme) await warm.page.emulateMedia({ colorScheme })
    await warm.reset()
    await use(warm.page)
  },
})

export { expect } from '@playwright/test'
