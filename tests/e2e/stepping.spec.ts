import type { Locator, Page } from '@playwright/test'
import { nextQuestion } from './pages/question-step'
import { expect, test } from './warm-page'

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 12; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('Tab did not reach the target')
}

/** The step shown now, from the URL. */
const stepOf = (page: Page) => /#\/q\/([a-z]+)/.exec(page.url())?.[1] ?? null

test('the questionnaire by keyboard alone: picks move on, arrows browse, 0 is “I don’t know”', async ({
  page,
}) => {
  await page.goto('./')
  await expect(page).toHaveTitle('RAG or Tune — how to adapt your LLM')
  await tabTo(page, page.getByRole('link', { name: /start the questionnaire/i }))
  await page.keyboard.press('Enter')
  const heading = page.getByRole('heading', { level: 1 })

  // The problem allows several answers: number keys toggle, Enter moves on.
  await expect(page).toHaveURL(/#\/q\/problem$/)
  const problem = await nextQuestion(page, '')
  await expect(page).toHaveTitle(
    /^What is wrong with the model’s answers today\? · question 1 of \d+ — RAG or Tune$/,
  )
  await page.keyboard.press('1')
  await expect(page.getByRole('checkbox').first()).toBeChecked()
  await page.keyboard.press('Enter')

  // A number key picks and moves on after a moment, with no Enter.
  await expect(page).toHaveURL(/#\/q\/baseline$/)
  await nextQuestion(page, problem)
  await page.keyboard.press('1')
  await expect(page).toHaveURL(/#\/q\/corpus$/)

  // Arrow keys browse the radios and do not move on.
  await expect(heading).toBeFocused()
  await tabTo(page, page.getByRole('radio').first())
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'A large collection' })).toBeChecked()
  // Far longer than the moment a pick waits: still here.
  await page.waitForTimeout(1200)
  await expect(page).toHaveURL(/#\/q\/corpus$/)

  // 0 leaves the question unknown (the browsed answer is dropped) and moves on.
  await page.keyboard.press('0')
  await expect(page).toHaveURL(/#\/q\/freshness$/)

  // The rest: 0 for each, to the review.
  for (let i = 0; i < 15 && stepOf(page) !== null; i++) {
    const step = stepOf(page)
    await expect(page.locator(`input[name="${step}"]`).first()).toBeVisible()
    await page.keyboard.press('0')
    await expect(page).not.toHaveURL(new RegExp(`#/q/${step}$`))
  }
  await expect(page).toHaveURL(/#\/review$/)
  await expect(page).toHaveTitle('Before the result — RAG or Tune')
  await expect(heading).toBeFocused()
  await expect(heading).toHaveText(/unanswered questions? could change the plan/)
  await expect(page.getByTestId('open-questions').getByRole('listitem').first()).toBeVisible()

  // From the review, a listed question and back: answering it returns to the review.
  const answer = page.getByRole('link', { name: /^Answer this question/ }).first()
  await tabTo(page, answer)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/q\/corpus\?review$/)
  await expect(page.getByRole('button', { name: 'Back to the review' })).toBeVisible()
  await page.keyboard.press('3')
  await expect(page).toHaveURL(/#\/(review|result)/)

  const review = page.getByTestId('open-questions')
  await expect(review.or(page.getByTestId('ranking'))).toBeVisible()
  if (await review.isVisible()) {
    await tabTo(page, page.getByRole('link', { name: 'See the result' }))
    await page.keyboard.press('Enter')
  }
  await expect(page.getByTestId('ranking')).toBeVisible()
  expect(page.url()).toContain('problem=knowledge')
  expect(page.url()).toContain('baseline=none')
  expect(page.url()).toContain('corpus=large')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const step of ['problem', 'examples', 'budget']) {
    test(`Next is in view without scrolling on the ${step} step`, async ({ page }) => {
      await page.goto(`./#/q/${step}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
      const next = page.getByRole('button', { name: /^(Next|See the result)$/ })
      await expect(next).toBeInViewport({ ratio: 1 })
      await expect(page.getByRole('button', { name: 'I don’t know' })).toBeInViewport({ ratio: 1 })
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      // The last option is below the bar, so the page still scrolls to it.
      const last = page.locator('main label.option-card').last()
      await last.scrollIntoViewIfNeeded()
      await expect(last).toBeInViewport()
      await expect(next).toBeInViewport({ ratio: 1 })
    })
  }
})

test('“Skip to the result” with nothing answered says it is a starting point', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('link', { name: 'Skip to the result' }).click()
  await expect(page.getByTestId('ranking')).toBeVisible()
  await expect(page.getByText('A starting point, not a verdict', { exact: true })).toBeVisible()
  await expect(page.getByTestId('confidence').locator('[data-level]')).toHaveAttribute(
    'data-level',
    'not-yet',
  )
  await expect(page).toHaveTitle('A starting point — RAG or Tune')
})

test('every page has its own title, and the map opened from a shared result shows its answers', async ({
  page,
}) => {
  // In the contract's key order, as the result page writes its link.
  const query = 'problem=knowledge&freshness=frequent&citations=yes&corpus=large'
  await page.goto(`./#/result?${query}`)
  const stack = page.getByTestId('stack').locator('[data-approach]')
  await expect(stack.first()).toBeVisible()
  const plan = await stack.evaluateAll((els) => els.map((el) => el.getAttribute('data-approach')))
  await expect(page).toHaveTitle(/ recommended — RAG or Tune$/)

  // The header's map link carries the result's answers: the map ends where the result does.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Decision map' })
    .click()
  await expect(page).toHaveURL(new RegExp(`#/map\\?${query}$`))
  await expect(page).toHaveTitle('The decision map — RAG or Tune')
  const end = page.getByTestId('map-result').locator('[data-approach]')
  await expect(end.first()).toBeVisible()
  expect(await end.evaluateAll((els) => els.map((el) => el.getAttribute('data-approach')))).toEqual(
    plan,
  )

  // And the result's own link to the map.
  await page.goBack()
  await page.getByRole('link', { name: 'See it on the map' }).click()
  await expect(page).toHaveURL(new RegExp(`#/map\\?${query}$`))

  for (const [hash, title] of [
    ['#/guide', 'The guide — RAG or Tune'],
    ['#/guide/lora', 'LoRA fine-tuning: the guide — RAG or Tune'],
    ['#/decisions', 'My decisions — RAG or Tune'],
    ['#/data', 'Check your own data — RAG or Tune'],
    ['#/compare?a=volume%3Dlow&b=volume%3Dhigh', 'Compare scenarios — RAG or Tune'],
    ['#/nowhere', 'Page not found — RAG or Tune'],
    ['#/', 'RAG or Tune — how to adapt your LLM'],
  ] as const) {
    await page.goto(`./${hash}`)
    await expect(page).toHaveTitle(title)
  }
})

test('a term in a question’s help opens the glossary at that term, and Back returns to the question', async ({
  page,
}) => {
  await page.goto('./#/q/depth')
  const term = page.locator('.step-why').getByRole('link', { name: 'LoRA' })
  await expect(term).toHaveAttribute('title', /adapter/)
  await term.click()
  await expect(page).toHaveURL(/#\/guide\/glossary\?term=lora$/)
  await expect(page).toHaveTitle(/^Glossary — RAG or Tune$/)
  const entry = page.locator('dt', { hasText: 'LoRA (low-rank adaptation)' })
  await expect(entry).toBeFocused()
  await expect(entry).toBeInViewport()

  await page.getByRole('button', { name: 'Back to where you were' }).click()
  await expect(page).toHaveURL(/#\/q\/depth$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('the guide links its terms once a page and leads to the glossary', async ({ page }) => {
  await page.goto('./#/guide/lora')
  const article = page.getByTestId('guide-page')
  await expect(article.getByRole('link', { name: 'base model', exact: true })).toHaveCount(1)
  await article.getByRole('link', { name: 'Glossary' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeFocused()
  await expect(page.locator('dt')).toHaveCount(14)
})
