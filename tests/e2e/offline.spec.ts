import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { SECURITY_HEADERS } from '../../src/app/csp'
import { APPROACH_INFO, parseAnswers, recommend } from '../../src/engine'
import { at } from '../../src/engine/must'
import { SPEC_QUERIES as CASES } from '../../src/engine/testing/spec-cases'
import { DOCS_FIXTURE } from '../../src/features/data/fixtures/docs-fixture'
import { DataPage, FIXTURES } from './pages/data-page'
import { printToPdf, readyToPrint } from './pages/printed-pdf'
import { WizardPage } from './pages/wizard-page'

const dist = process.env.E2E_DIST ?? 'dist'

/** Answers for the walk: voice + facts at scale (spec case 8), every step answered. */
const WALK = parseAnswers(at(CASES, 7)).answers

/** Opens the app once online and waits until its service worker controls the page. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The worker takes the page once it is installed, i.e. once every file is precached.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 90_000,
  })
  return page
}

/** Console errors and uncaught exceptions of a page. */
function errorsOf(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' })

  test('the questionnaire walks to a result that prints, with the network off', async ({
    context,
  }) => {
    test.setTimeout(270_000)
    const first = await firstVisit(context)
    await context.setOffline(true)

    // A cold start with no network: a new tab loads the app from the service worker alone.
    const page = await context.newPage()
    const errors = errorsOf(page)
    await first.close()
    const wizard = new WizardPage(page)
    await wizard.open()
    await wizard.walk(WALK)
    await expect(page).toHaveURL(/#\/result\?/)
    await expect(page.getByTestId('ranking')).toBeVisible()
    const primary = recommend(WALK).stack[0]
    await expect(page.getByTestId('stack').locator('[data-approach]').first()).toHaveAttribute(
      'data-approach',
      primary,
    )

    // Print: the brief, its QR code (a lazy chunk of its own) drawn from the cache too.
    await readyToPrint(page)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Decision map' })).toBeHidden()
    const pdf = await printToPdf(page)
    const squeeze = (text: string) => text.replace(/[\s-]+/g, '')
    expect(squeeze(pdf.text)).toContain(squeeze(APPROACH_INFO[primary].name))
    for (const part of ['The plan', 'Costs', 'What would change the plan', 'The answers'])
      expect(pdf.text).toContain(part)
    expect(errors).toEqual([])
  })

  test('every other page opens in a new tab with the network off', async ({ context }) => {
    test.setTimeout(270_000)
    await firstVisit(context)
    await context.setOffline(true)
    const compare = `a=${encodeURIComponent(at(CASES, 1))}&an=Today&b=${encodeURIComponent(at(CASES, 3))}&bn=Later`
    for (const [hash, heading] of [
      [`#/map?${at(CASES, 7)}`, 'The decision map'],
      ['#/guide/lora', 'LoRA fine-tuning'],
      ['#/decisions', 'My decisions'],
      [`#/compare?${compare}`, 'Compare scenarios'],
      ['#/no-such-page', /./],
    ] as const) {
      const page = await context.newPage()
      const errors = errorsOf(page)
      await page.goto(`./${hash}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByRole('alert')).toHaveCount(0)
      if (hash.startsWith('#/compare'))
        await expect(page.getByTestId('compare-chart').locator('svg').first()).toBeVisible()
      expect(errors, hash).toEqual([])
      await page.close()
    }
  })

  test('the data page counts exact tokens and reads a PDF with the network off', async ({
    context,
  }) => {
    // The tokenizer (~1 MB) and pdf.js load in a worker: seconds on a busy machine.
    test.setTimeout(450_000)
    await firstVisit(context)
    await context.setOffline(true)
    const page = await context.newPage()
    const data = new DataPage(page)
    await data.open()
    const docs = readdirSync(join(FIXTURES, 'docs')).map((f) => join(FIXTURES, 'docs', f))
    await data.docsFiles.setInputFiles(docs)
    // The exact count (not an estimate) of the five text files and the PDF's one line.
    await expect(data.docsReport.getByTestId('docs-total')).toContainText(
      `${DOCS_FIXTURE.reduce((n, d) => n + d.tokens, 0) + 7} tokens in 6 files`,
      { timeout: 270_000 },
    )
    await expect(data.docsReport.getByTestId('docs-total')).not.toContainText('estimate')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(data.errors).toEqual([])
  })

  test('the service worker precaches every file of the build', async ({ request }) => {
    const sw = await (await request.get('./sw.js')).text()
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))
    const built = [
      ...readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`),
      ...readdirSync(dist).filter((f) => /\.(html|svg|png|webmanifest|txt)$/.test(f)),
    ]
    expect(built.filter((f) => !precached.has(f))).toEqual([])
    expect(precached.size).toBeGreaterThanOrEqual(built.length)
  })
})

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
}

/** A copy of the build on a server of its own, so that a test can publish a new version. */
async function serveCopy(): Promise<{ root: string; origin: string; server: Server }> {
  const root = mkdtempSync(join(tmpdir(), 'offline-site-'))
  cpSync(dist, root, { recursive: true })
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
    try {
      const body = readFileSync(file)
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return { root, origin: `http://127.0.0.1:${port}/`, server }
}

test.describe('a new version', () => {
  test.use({ serviceWorkers: 'allow' })

  test('waits for the user: a prompt in every open tab, and only the tab that chose Reload reloads', async ({
    browser,
  }) => {
    test.setTimeout(270_000)
    const site = await serveCopy()
    const context = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'allow' })
    try {
      const first = await firstVisit(context)
      const other = await context.newPage()
      await other.goto('./#/guide')
      await expect(other.getByRole('heading', { level: 1 })).toBeVisible()
      // Something on each screen that a reload would lose.
      const mark = (page: Page) =>
        page.evaluate(() => Object.assign(window, { unsavedEdit: 'typed, not saved' }))
      const marked = (page: Page) =>
        page.evaluate(() => (window as { unsavedEdit?: string }).unsavedEdit ?? null)
      await mark(first)
      await mark(other)

      // Publish: any byte changed in sw.js is a new version to the browser.
      appendFileSync(join(site.root, 'sw.js'), '\n// the next version\n')
      await first.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        await registration?.update()
      })
      // The live region is a zero-size box around the (fixed) toast: look at the toast.
      const prompt = (page: Page) =>
        page.getByRole('status').locator('div').filter({ hasText: 'A new version is available.' })
      await expect(prompt(first)).toBeVisible({ timeout: 45_000 })
      await expect(prompt(other)).toBeVisible()
      // No silent reload while the user has not chosen one.
      await first.waitForTimeout(1500)
      expect(await marked(first)).toBe('typed, not saved')
      expect(await marked(other)).toBe('typed, not saved')

      await Promise.all([
        first.waitForEvent('load'),
        prompt(first).getByRole('button', { name: 'Reload' }).click(),
      ])
      expect(await marked(first)).toBeNull()
      await expect(prompt(first)).toHaveCount(0)
      await first.waitForFunction(() => navigator.serviceWorker.controller !== null)
      expect(
        await first.evaluate(async () => (await navigator.serviceWorker.ready).waiting),
      ).toBeNull()
      // The other tab now runs under the new worker but keeps its screen, and still offers Reload.
      await other.waitForTimeout(500)
      expect(await marked(other)).toBe('typed, not saved')
      await expect(prompt(other)).toBeVisible()
      await prompt(other).getByRole('button', { name: 'Later' }).click()
      await expect(prompt(other)).toHaveCount(0)
      expect(await marked(other)).toBe('typed, not saved')
    } finally {
      await context.close()
      site.server.close()
      rmSync(site.root, { recursive: true, force: true })
    }
  })
})

test('robots.txt and the manifest are served with their own types', async ({ request }) => {
  const robots = await request.get('./robots.txt')
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  expect(await robots.text()).toBe('User-agent: *\nAllow: /\n')
  const manifest = await request.get('./manifest.webmanifest')
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/)
  const json = (await manifest.json()) as { start_url: string; icons: { src: string }[] }
  expect(json.start_url).toBe('./')
  for (const icon of json.icons) expect((await request.get(`./${icon.src}`)).status()).toBe(200)
})

test('without the service worker, a lazy page fails offline (what the worker prevents)', async ({
  page,
  context,
}) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
  await context.setOffline(true)
  await page.getByRole('link', { name: 'Decision map' }).first().click()
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText(
    'This page could not be loaded',
  )
})
