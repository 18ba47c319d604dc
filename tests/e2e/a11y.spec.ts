import type { Locator, Page } from '@playwright/test'
import { APPROACHES } from '../../src/engine/contract/approaches'
import { QUESTION_ORDER } from '../../src/questions/steps'
import { at } from '../../src/engine/must'
import { axeViolations } from './pages/axe'
import { readyToPrint } from './pages/printed-pdf'
import { nextQuestion } from './pages/question-step'
import { expect, test } from './warm-page'

// axe-core on every page of the app (all of its rules: WCAG 2.x A and AA, best practices), in
// the light and the dark theme and on paper; then the whole flow by keyboard alone.

/** Case 8 of the spec: voice + facts at scale, the result with the most on it. */
const RESULT_QUERY =
  'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large'
/** Two scenarios side by side: today, and with more examples and ten times the traffic. */
const COMPARE = `#/compare?a=${encodeURIComponent(RESULT_QUERY)}&an=Today&b=${encodeURIComponent(
  RESULT_QUERY.replace('examples=500to5k', 'examples=over5k').replace(
    'volume=high',
    'volume=medium',
  ),
)}&bn=Later`

/**
 * Opens a page of the app and waits until it has drawn everything, charts included. Within one
 * test the app stays loaded: only the hash changes, as when the user follows a link.
 */
async function open(page: Page, hash: string) {
  await page.goto(`./${hash}`)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.getByText('Loading…')).toHaveCount(0)
  // Charts draw when scrolled near: bring each into view and wait for its drawing.
  for (const chart of await page.locator('figure div[role="img"]').all()) {
    await chart.scrollIntoViewIfNeeded()
    await expect(chart.locator('svg').first()).toBeVisible()
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

/** Runs axe on each page in turn and reports every violation of every page at once. */
async function expectNoViolations(page: Page, pages: readonly (readonly [string, string])[]) {
  const found: Record<string, string[]> = {}
  for (const [name, hash] of pages) {
    await test.step(name, async () => {
      await open(page, hash)
      const list = await axeViolations(page)
      if (list.length > 0) found[name] = list
    })
  }
  expect(found).toEqual({})
}

const STEPS = QUESTION_ORDER.map((key) => [`question ${key}`, `#/q/${key}`] as const)
const RESULT = `#/result?${RESULT_QUERY}`
const RESULTS = [
  ['result', RESULT],
  ['result, nothing answered', '#/result'],
  ['result, bad link', '#/result?problem=tone,magic&volume=huge&colour=blue'],
] as const
const GUIDE = [
  ['guide', '#/guide'],
  ...APPROACHES.map((id) => [`guide ${id}`, `#/guide/${id}`] as const),
  ['glossary', '#/guide/glossary?term=lora'],
] as const
const OTHERS = [
  ['decision map', `#/map?${RESULT_QUERY}`],
  ['my decisions', '#/decisions'],
  ['compare', COMPARE],
  ['unknown question', '#/q/colour'],
  ['not found', '#/no-such-page'],
] as const

test('the check itself reports what it should: a picture with no text and faint text', async ({
  page,
}) => {
  await open(page, '#/')
  expect(await axeViolations(page)).toEqual([])
  await page.evaluate(() => {
    const main = document.querySelector('main')
    const faint = document.createElement('p')
    faint.textContent = 'faint words'
    // Set through the DOM: the page's CSP drops inline style attributes.
    faint.style.color = '#ddd'
    faint.style.background = '#fff'
    const picture = document.createElement('img')
    picture.src = '/favicon.svg'
    main?.prepend(faint, picture)
  })
  const found = await axeViolations(page)
  expect(found).toEqual([
    expect.stringMatching(/^color-contrast \(serious\): .*p\b/),
    expect.stringMatching(/^image-alt \(critical\): .*img\b/),
  ])
})

test.describe('axe finds no violation', () => {
  // Each test walks several pages in one tab: more time than one page needs, no timing asserted.
  test.describe.configure({ timeout: 810_000 })

  test('home and the first half of the question steps', async ({ page }) => {
    await expectNoViolations(page, [['home', '#/'], ...STEPS.slice(0, 7)])
  })

  test('the second half of the question steps', async ({ page }) => {
    await expectNoViolations(page, STEPS.slice(7))
  })

  test('home and question steps, dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoViolations(page, [['home', '#/'], at(STEPS, 0), at(STEPS, -1)])
  })

  test('result, light and dark', async ({ page }) => {
    await expectNoViolations(page, [RESULTS[0]])
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoViolations(page, [['result, dark', RESULT]])
  })

  test('result with nothing answered, and with a bad link', async ({ page }) => {
    await expectNoViolations(page, RESULTS.slice(1))
  })

  test('result, print view', async ({ page }) => {
    await open(page, RESULT)
    // The print media builds the brief, which only paper shows: axe reads it, QR code included.
    await readyToPrint(page)
    expect(await axeViolations(page)).toEqual([])
  })

  // One test a group of pages, so that each stays well inside its time on a busy machine.
  test('the guide, each approach and the glossary; light and dark', async ({ page }) => {
    await expectNoViolations(page, GUIDE)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoViolations(
      page,
      GUIDE.filter(([name]) => name === 'guide lora' || name === 'glossary'),
    )
  })

  test('map, decisions, compare, not found; light and dark', async ({ page, warm }) => {
    // My decisions with two saved results, not only its empty state.
    const saved = (id: string, name: string, primary: string) => ({
      id,
      name,
      query: RESULT_QUERY,
      savedAt: '2026-11-26T10:00:00.000Z',
      primary,
    })
    const decisions = [saved('a', 'Support bot', 'lora'), saved('b', 'Docs search', 'rag')]
    await warm.reset({
      'rag-or-tune:decisions': JSON.stringify({ state: { decisions }, version: 1 }),
    })
    await expectNoViolations(page, OTHERS)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoViolations(
      page,
      OTHERS.filter(([name]) => name === 'decision map'),
    )
  })
})

test('the modal dialogs: axe finds no violation and focus is inside', async ({ page, warm }) => {
  // Two pages and three axe runs: room for a busy machine, no timing asserted.
  test.setTimeout(180_000)
  // Saved answers that differ from the result, so opening it in the questionnaire asks first.
  await warm.reset({
    'rag-or-tune:answers': JSON.stringify({
      state: { answers: { problem: ['tone'], volume: 'low' } },
      version: 1,
    }),
  })
  await open(page, '#/q/volume')
  await page.getByRole('button', { name: 'Start over' }).click()
  const startOver = page.getByRole('dialog', { name: 'Clear all your answers?' })
  await expect(startOver).toBeVisible()
  await expect(startOver.getByRole('button', { name: 'Keep them' })).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(startOver).toBeHidden()
  await page.emulateMedia({ colorScheme: 'light' })

  await open(page, RESULT)
  await page.getByRole('button', { name: 'Edit these answers in the questionnaire' }).click()
  const replace = page.getByRole('alertdialog', { name: 'Replace your saved answers?' })
  await expect(replace).toBeVisible()
  await expect(replace.locator(':focus')).toHaveCount(1)
  expect(await axeViolations(page)).toEqual([])
})

test('every chart has a text alternative', async ({ page }) => {
  await open(page, RESULT)
  // The charts sit in the folded costs.
  await page.locator('details#costs > summary').click()
  // Charts draw when scrolled near (or before printing): ask for them as a reader scrolling would.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          window.scrollTo(0, document.documentElement.scrollHeight)
          window.dispatchEvent(new Event('beforeprint'))
          return document.querySelectorAll('.recharts-wrapper').length
        }),
      { timeout: 45_000 },
    )
    .toBeGreaterThan(0)
  // The result's lower sections render a moment after its top, and a chart may be drawn again
  // meanwhile: ask until every drawing on the page sits inside an image whose name reads out
  // its figures.
  const labels = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.recharts-wrapper')].map(
        (chart) => chart.closest('[role="img"]')?.getAttribute('aria-label') ?? '',
      ),
    )
  await expect
    .poll(async () => (await labels()).filter((label) => !/\d/.test(label)), { timeout: 45_000 })
    .toEqual([])
  expect((await labels()).length).toBeGreaterThan(0)
})

/** Where focus is, and whether it shows: an outline or ring on it or on the card it sits in. */
function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const shows = (e: Element) => {
      const s = getComputedStyle(e)
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
      return outline || /rgb.*\d+px \d+px \d+px [1-9]/.test(s.boxShadow)
    }
    const box = el.getBoundingClientRect()
    const visible =
      box.width > 0 &&
      box.height > 0 &&
      (shows(el) || [el.closest('label'), el.parentElement].some((e) => e && shows(e)))
    return { visible, inMain: el.closest('main') !== null, html: el.outerHTML.slice(0, 120) }
  })
}

/** Presses Tab until `target` has focus, checking every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, maxStops = 40) {
  const unseen: string[] = []
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab')
    const focus = await focusInfo(page)
    if (focus && !focus.visible) unseen.push(focus.html)
    if (await target.evaluate((el) => el === document.activeElement)) {
      expect(unseen, 'focused without a visible indicator').toEqual([])
      return
    }
  }
  throw new Error(`${maxStops} Tab presses did not reach ${target.toString()}`)
}

test('the whole flow works by keyboard alone, with visible focus', async ({ page }) => {
  // Some 14 steps and every control of the result, one key at a time.
  test.setTimeout(360_000)
  await page.goto('./')
  // The first stop is the skip link, and it shows itself.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  expect((await focusInfo(page))?.visible).toBe(true)

  await tabTo(page, page.getByRole('link', { name: /start the questionnaire/i }))
  await page.keyboard.press('Enter')

  // Each step: the question takes focus, Tab reaches the options, a number key picks (a pick on
  // a single-choice step moves on by itself; the problem list and the scores move on with Enter).
  const seen: string[] = []
  let asked = ''
  for (let i = 0; i < 20 && page.url().includes('#/q/'); i++) {
    asked = await nextQuestion(page, asked)
    const step = page.url().split('#/q/')[1] ?? ''
    seen.push(step)
    await tabTo(page, page.locator('main input').first(), 10)
    await page.keyboard.press('1')
    if (step === 'problem' || step === 'measured') {
      await expect(page.locator('main input:checked, main input[type=text]').first()).toBeAttached()
      await page.keyboard.press('Enter')
    }
    await expect(page).not.toHaveURL(new RegExp(`#/q/${step}$`))
  }
  // The review before the result, when an unanswered question could still change it.
  const review = page.getByTestId('open-questions')
  await expect(review.or(page.getByTestId('ranking'))).toBeVisible()
  if (await review.isVisible()) {
    await tabTo(page, page.getByRole('link', { name: 'See the result' }), 20)
    await page.keyboard.press('Enter')
  }
  expect(seen[0]).toBe('problem')
  expect(seen.length).toBeGreaterThanOrEqual(8)

  // The result: Tab through every control of the page; each one shows its focus.
  await expect(page.getByTestId('ranking')).toBeVisible()
  const unseen: string[] = []
  let stops = 0
  for (; stops < 250; stops++) {
    await page.keyboard.press('Tab')
    const focus = await focusInfo(page)
    if (!focus?.inMain) {
      if (stops > 0) break
      continue
    }
    if (!focus.visible) unseen.push(focus.html)
  }
  expect(unseen, 'focused without a visible indicator').toEqual([])
  expect(stops, 'Tab stops on the result page').toBeGreaterThan(10)
})
