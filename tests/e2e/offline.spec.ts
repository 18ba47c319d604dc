import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { APPROACH_INFO, parseAnswers, recommend } from '../../src/engine'
import { SPEC_QUERIES as CASES } from '../../src/engine/testing/spec-cases'
import { printToPdf } from './pages/printed-pdf'
import { WizardPage } from './pages/wizard-page'

const dist = process.env.E2E_DIST ?? 'dist'
/** Charts on a result page: four range charts and the cumulative cost chart. */
const CHARTS = 5

/** Answers for the walk: voice + facts at scale (spec case 8), every step answered. */
const WALK = parseAnswers(CASES[7]!).answers

/** Opens the app once online and waits until its service worker controls the page. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The worker takes the page once it is installed, i.e. once every file is precached.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
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
    test.setTimeout(60_000)
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
    const primary = recommend(WALK).stack[0]!
    await expect(page.getByTestId('stack').locator('[data-approach]').first()).toHaveAttribute(
      'data-approach',
      primary,
    )

    // Print: the charts (recharts is a lazy chunk of its own) draw from the cache too.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            window.dispatchEvent(new Event('beforeprint'))
            const boxes = [...document.querySelectorAll('figure [role="img"]')]
            return boxes.filter((el) => el.querySelector('svg.recharts-surface')).length
          }),
        { timeout: 15_000 },
      )
      .toBe(CHARTS)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Decision map' })).toBeHidden()
    const pdf = await printToPdf(page)
    const squeeze = (text: string) => text.replace(/[\s-]+/g, '')
    expect(squeeze(pdf.text)).toContain(squeeze(APPROACH_INFO[primary].name))
    for (const part of ['Your answers', 'How the four approaches rank', 'Cumulative cost by month'])
      expect(pdf.text).toContain(part)
    expect(errors).toEqual([])
  })

  test('every other page opens in a new tab with the network off', async ({ context }) => {
    test.setTimeout(60_000)
    await firstVisit(context)
    await context.setOffline(true)
    const compare = `a=${encodeURIComponent(CASES[1]!)}&an=Today&b=${encodeURIComponent(CASES[3]!)}&bn=Later`
    for (const [hash, heading] of [
      [`#/map?${CASES[7]!}`, 'The decision map'],
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
