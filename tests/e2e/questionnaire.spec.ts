import { expect, test } from './warm-page'
import { parseAnswers, serializeAnswers } from '../../src/engine/codec/codec'
import { WizardPage } from './pages/wizard-page'

/** Cases of the shared spec, walked with the keyboard from the first step to the result. */
const CASES = [
  {
    name: 'case 2: a tone problem, nothing measured',
    query: 'problem=tone&baseline=none',
    primary: 'prompt',
    steps: 14,
  },
  {
    name: 'case 4: strict format after prompting, with examples',
    query:
      'problem=format&baseline=prompt&reliability=strict&examples=500to5k&team=some&hosting=managed-ft&measured=95&target=99',
    primary: 'lora',
    steps: 15,
  },
]

for (const { name, query, primary, steps: count } of CASES) {
  test(`keyboard only, ${name}`, async ({ page }) => {
    const wizard = new WizardPage(page)
    await wizard.open()
    const { answers } = parseAnswers(query)
    const steps = await wizard.walk(answers)
    // The scores are asked only once something was measured.
    expect(steps).toHaveLength(count)
    // The same answers, written in the contract's key order.
    await expect(page).toHaveURL((url) => url.hash === `#/result?${serializeAnswers(answers)}`)
    const shown = new URL(page.url()).hash.replace(/^#\/result\?/, '')
    expect(parseAnswers(shown).answers).toEqual(answers)
    await expect(page.getByTestId('ranking').locator('[data-approach]').first()).toHaveAttribute(
      'data-approach',
      primary,
    )
  })
}

test('answers survive a reload mid-way; back and forward move between steps', async ({ page }) => {
  const wizard = new WizardPage(page)
  await wizard.open()
  await wizard.answer({ problem: ['knowledge', 'voice'] })
  await wizard.answer({ baseline: 'prompt-rag' })
  await expect(page).toHaveURL(/#\/q\/measured$/)
  await wizard.answer({})
  await wizard.answer({ corpus: 'none' })
  await expect(page).toHaveURL(/#\/q\/freshness$/)

  await page.reload()
  await expect(wizard.heading).toHaveText(/how often does that information change/i)
  await expect(wizard.summary).toContainText(
    'It doesn’t know our facts; It doesn’t sound like our brand',
  )
  await expect(wizard.summary).toContainText('Better prompts and retrieval')
  await expect(wizard.progress).toHaveText(/^Question 5 of 15/)

  await page.goBack()
  await expect(page).toHaveURL(/#\/q\/corpus$/)
  await expect(page.getByRole('radio', { name: 'None' })).toBeChecked()
  await expect(wizard.heading).toBeFocused()
  await page.goBack()
  await expect(page).toHaveURL(/#\/q\/measured$/)
  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(/#\/q\/freshness$/)

  // With no examples, hosting, budget and churn drop out and the count follows.
  await page.goto('./#/q/examples')
  await expect(wizard.progress).toHaveText(/^Question 11 of 15/)
  // A pick moves on to the team, now the last of 12.
  await page.keyboard.press('1')
  await expect(wizard.progress).toHaveText(/^Question 12 of 12/)
})
