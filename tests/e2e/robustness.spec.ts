import { expect, test, type Page } from '@playwright/test'

// What a user's browser may throw at the app: saved data from another version or mangled by
// hand, storage that refuses access, a page of the app that fails to download. None of it may
// end in a blank page.

const STORAGE_KEY = 'rag-or-tune:answers'
const RESULT_QUERY = 'problem=voice,knowledge&volume=high&examples=500to5k&team=some'

/** Uncaught errors of the page: a crash would show here first. */
function pageErrors(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

/** Puts `raw` into localStorage before the app's first script runs. */
async function seedStorage(page: Page, raw: string) {
  await page.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('seeded', 'yes')
      }
    },
    { key: STORAGE_KEY, value: raw },
  )
}

const storedAnswers = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key)
    return raw === null ? null : (JSON.parse(raw) as { state: { answers: unknown } }).state.answers
  }, STORAGE_KEY)

test.describe('a corrupted saved entry is reported and reset, not a blank page', () => {
  for (const [what, raw, notice, kept] of [
    ['text that is not JSON', '{"state":{"answers":', /could not be read/, {}],
    ['JSON of another shape', '[1,2,3]', /could not be read/, {}],
    [
      'answers of the wrong type',
      '{"state":{"answers":"volume=high"},"version":1}',
      /could not be read/,
      {},
    ],
    [
      'unknown keys and values',
      '{"state":{"answers":{"volume":"high","team":"everyone","colour":"blue","problem":["tone","magic"]}},"version":1}',
      /dropped/,
      { volume: 'high', problem: ['tone'] },
    ],
  ] as const) {
    test(what, async ({ page }) => {
      const errors = pageErrors(page)
      await seedStorage(page, raw)
      await page.goto('./')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible()
      // The broken entry is overwritten at once with what could be read.
      expect(await storedAnswers(page)).toEqual(kept)
      // The app goes on working: the questionnaire opens.
      await page.getByRole('link', { name: /(start|continue) the questionnaire/i }).click()
      await expect(page.getByRole('group').first()).toBeVisible()
      expect(errors).toEqual([])
    })
  }
})

test('a corrupted list of saved decisions does not break My decisions', async ({ page }) => {
  const errors = pageErrors(page)
  await page.addInitScript(() => {
    localStorage.setItem(
      'rag-or-tune:decisions',
      '{"state":{"decisions":[{"id":1},"x",{"name":"<b>bold</b>","query":"volume=huge"}]},"version":1}',
    )
  })
  await page.goto('./#/decisions')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('b')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('the app works when the browser refuses storage', async ({ page }) => {
  const errors = pageErrors(page)
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError')
      },
    })
  })
  await page.goto('./#/q/volume')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  // A pick moves on by itself (after a moment to see it): the answer is kept in the tab when the
  // next question shows, whether or not the radio was still there to be seen checked.
  await page.keyboard.press('3')
  await expect(page).not.toHaveURL(/#\/q\/volume$/)
  await page.getByRole('link', { name: 'Skip to the result' }).click()
  await expect(page.getByTestId('ranking')).toBeVisible()
  expect(page.url()).toContain('volume=high')
  expect(errors).toEqual([])
})

test('a page of the app that fails to download shows a recovery page, and Reload recovers', async ({
  page,
}) => {
  await page.route('**/assets/result-*.js', (route) => route.abort('connectionreset'))
  await page.goto(`./#/result?${RESULT_QUERY}`)
  const alert = page.getByRole('alert')
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('heading')).toHaveText('This page could not be loaded')
  await expect(alert).toContainText(/dynamically imported module|Importing a module/i)

  await page.unroute('**/assets/result-*.js')
  await alert.getByRole('button', { name: 'Reload' }).click()
  await expect(page.getByTestId('ranking')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the recovery page clears only the saved data and starts afresh', async ({ page }) => {
  await seedStorage(page, '{"state":{"answers":{"volume":"high"}},"version":1}')
  await page.route('**/assets/result-*.js', (route) => route.abort('connectionreset'))
  await page.goto(`./#/result?${RESULT_QUERY}`)
  // The page's chunk is fetched after the load event: the failure must have happened first.
  await expect(page.getByRole('alert')).toBeVisible()
  await page.unroute('**/assets/result-*.js')
  await page.getByRole('button', { name: 'Clear saved answers and decisions' }).click()
  await page.getByRole('button', { name: 'Delete them' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/prompt, retrieve or fine-tune/i)
  expect((await storedAnswers(page)) ?? {}).toEqual({})
})

test('a chart that fails to download leaves the rest of the result usable', async ({ page }) => {
  await page.route('**/assets/range-bar-chart-*.js', (route) => route.abort('connectionreset'))
  await page.goto(`./#/result?${RESULT_QUERY}`)
  await expect(page.getByTestId('ranking')).toBeVisible()
  await page.locator('details#costs > summary').click()
  const chart = page.locator('figure div[role="img"]').first()
  await chart.scrollIntoViewIfNeeded()
  await expect(chart).toContainText('The chart could not be drawn')
  // Only the chart gave way: the ranking and the plan stay on the page.
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByTestId('ranking')).toBeVisible()
  await expect(page.getByTestId('stack')).toBeVisible()
})
