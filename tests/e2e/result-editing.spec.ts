import { expect, test } from './warm-page'
import { parseAnswers, recommend } from '../../src/engine'
import { must } from '../../src/engine/must'
import { CostSection } from './pages/cost-section'
import { ResultPage } from './pages/result-page'

// Brand voice at high volume: LoRA leads, and without labelled examples it would not.
const VOICE =
  'problem=voice&examples=500to5k&baseline=prompt&volume=high&team=some&budget=10kto50k&hosting=managed-ft'
const planOf = (query: string) => recommend(parseAnswers(query).answers).stack

test('on a phone, a change beside a reason shows the new plan right there, and undo restores it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const result = new ResultPage(page)
  await result.open(VOICE)
  const primary = result.ranking.locator('[data-approach]').first()
  await expect(primary).toHaveAttribute('data-approach', 'lora')
  const reason = primary.locator('li', { hasText: 'Labelled examples' }).first()
  await reason.getByRole('button', { name: 'Change “Labelled examples”' }).click()
  await page.getByRole('combobox', { name: 'Labelled examples' }).first().selectOption('none')

  const changed = VOICE.replace('examples=500to5k', 'examples=none')
  await expect.poll(() => result.query()).toBe(changed)
  expect(planOf(changed)).toEqual(['prompt'])
  const note = page.getByTestId('plan-change')
  await expect(note).toHaveText(/Plan: LoRA fine-tuning → Prompt engineering/)
  await expect(note).toBeInViewport()
  // The control is still beside the note, and has the focus.
  await expect(page.getByRole('combobox', { name: 'Labelled examples' }).first()).toBeFocused()

  await note.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => result.query()).toBe(VOICE)
  await expect(result.stack.first()).toHaveAttribute('data-approach', 'lora')
  expect(result.errors).toEqual([])
})

test('Back and Forward step through every kind of change alike', async ({ page }) => {
  // Three changes, three steps back and one forward: allow for a busy machine.
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 900 })
  const result = new ResultPage(page)
  await result.open(VOICE)
  const steps = [VOICE]

  // 1. An answer in the panel.
  await result.answer('Queries a day').selectOption('medium')
  steps.push(VOICE.replace('volume=high', 'volume=medium'))
  await expect.poll(() => result.query()).toBe(steps[1])

  // 2. A "what would change this" link.
  const change = page.getByTestId('what-would-change').getByTestId('change').first()
  await change.getByRole('link').click()
  await expect.poll(() => result.query()).not.toBe(steps[1])
  steps.push(result.query())

  // 3. A cost assumption.
  await result.openCosts()
  const cost = new CostSection(page)
  await cost.set('Queries a day', '50000')
  await expect.poll(() => result.query()).toContain('a.qpd=50000')
  steps.push(result.query())

  for (const query of [steps[2], steps[1], steps[0]]) {
    await page.goBack()
    await expect.poll(() => result.query()).toBe(query)
    await expect.poll(() => result.stackOrder()).toEqual(planOf(must(query)))
  }
  await page.goForward()
  await expect.poll(() => result.query()).toBe(steps[1])
  expect(result.errors).toEqual([])
})
