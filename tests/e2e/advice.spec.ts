import { expect, test } from './warm-page'
import { analyseSensitivity, parseAnswers, recommend } from '../../src/engine'
import { at, must } from '../../src/engine/must'
import { MapPage } from './pages/map-page'
import { printToPdf, readyToPrint } from './pages/printed-pdf'
import { ResultPage } from './pages/result-page'
import { ShareBar } from './pages/share-bar'

/**
 * Issue 10's own example: a task pattern LoRA would fit, with too few examples and no team to own
 * a model, and a small budget. The plan is what is possible now; what would unlock LoRA is said.
 */
const BLOCKED_BEST_FIT =
  'problem=task&corpus=none&examples=under500&baseline=prompt-rag&reliability=strict&volume=low&latency=tight&team=none&budget=under1k'
const answers = parseAnswers(BLOCKED_BEST_FIT).answers
const expected = recommend(answers)

test('a blocked best fit: how sure in words, the stages with their triggers, what would unlock it, the budget, five changes at most', async ({
  page,
}) => {
  const result = new ResultPage(page)
  await result.open(BLOCKED_BEST_FIT)
  expect(await result.stackOrder()).toEqual(expected.stack)
  expect(expected.stack).not.toContain('lora')

  const sure = page.getByTestId('confidence')
  await expect(sure.locator('[data-level]')).toHaveAttribute('data-level', 'not-yet')
  await expect(sure).toContainText('Not settled yet')
  await expect(sure).toContainText('LoRA fine-tuning fits your problem best')

  // What would unlock the best fit, without a click.
  const unlocks = page.getByTestId('unlocks')
  await expect(unlocks).toBeVisible()
  await expect(unlocks).toContainText('Collect at least 500 high-quality')
  await expect(unlocks).toContainText('Find someone with the time')

  await expect(page.getByTestId('budget-check')).toHaveAttribute(
    'data-state',
    must(expected.budget).state,
  )

  await page.getByText('The plan in stages, and what starts each').click()
  const stages = page.getByTestId('stages').locator('[data-stage]')
  await expect(stages).toHaveCount(expected.stages.length)
  await expect(stages.nth(0)).toContainText('Now')
  await expect(stages.nth(1)).toContainText('once you collect at least 500')

  // What would change it: five at most before "show all", problem toggles apart and folded.
  const sensitivity = analyseSensitivity(answers)
  const shown = page.getByTestId('answer-changes').getByTestId('change')
  await expect(shown.first()).toBeVisible()
  const count = await shown.count()
  expect(count).toBeLessThanOrEqual(5)
  const showAll = page.getByRole('button', { name: `Show all ${sensitivity.changes.length}` })
  if (sensitivity.changes.length > count) await expect(showAll.first()).toBeVisible()
  else expect(count).toBe(sensitivity.changes.length)
  await expect(page.getByTestId('problem-changes')).toBeHidden()

  // Each change opens that result.
  const first = at(sensitivity.changes, 0)
  await shown.first().getByRole('link').click()
  await expect.poll(() => result.query()).toBe(first.query)
  // The URL changes first; the plan follows in the same navigation's render.
  await expect.poll(() => result.stackOrder()).toEqual(first.stack)
  expect(result.errors).toEqual([])
})

test('the map ends at the result’s plan and names the same unlocks', async ({ page }) => {
  const map = new MapPage(page)
  await map.open(BLOCKED_BEST_FIT)
  const end = page.getByTestId('map-result').locator('[data-approach]')
  expect(await end.evaluateAll((els) => els.map((el) => el.getAttribute('data-approach')))).toEqual(
    expected.stack,
  )
  const unlocks = map.summary.getByTestId('unlocks')
  await expect(unlocks).toHaveAttribute('data-approach', 'lora')
  for (const b of expected.bestFitBlocked)
    await expect(unlocks).toContainText(b.unlock.replace(/^./, (c) => c.toUpperCase()))
})

test('the Markdown export and the printed brief carry what would unlock the best fit', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  const result = new ResultPage(page)
  await result.open(BLOCKED_BEST_FIT)
  const share = new ShareBar(page)
  await share.copyMarkdown.click()
  await expect(share.status).toHaveText('Markdown summary copied to the clipboard.')
  const markdown = await share.clipboardText()
  expect(markdown).toContain('LoRA fine-tuning fits the problem best but is not possible now.')
  for (const b of expected.bestFitBlocked) expect(markdown).toContain(`- ${b.unlock}`)

  await readyToPrint(page)
  const pdf = await printToPdf(page)
  const squeeze = (text: string) => text.replace(/[\s-]+/g, '')
  for (const b of expected.bestFitBlocked)
    expect(squeeze(pdf.text)).toContain(squeeze(`To unlock it: ${b.unlock}.`))
  await context.close()
})

test('a format problem with documents that change and must be cited is not solved by RAG', async ({
  page,
}) => {
  const query = 'problem=format&corpus=large&freshness=occasional&baseline=prompt&citations=yes'
  const result = new ResultPage(page)
  await result.open(query)
  expect(await result.stackOrder()).toEqual(['prompt'])
  expect(await result.rankingOrder()).toEqual(
    recommend(parseAnswers(query).answers).ranking.map((r) => r.approach),
  )
  expect((await result.rankingOrder()).at(-1)).toBe('rag')
})
