import { expect, type Locator, type Page } from '@playwright/test'
import {
  ANSWER_VALUES,
  SCORE_KEYS,
  answerValues,
  type Answers,
} from '../../../src/engine/contract/answers'
import type { StepKey } from '../../../src/questions/steps'
import { at } from '../../../src/engine/must'

const STEP_URL = /#\/q\/([a-z]+)$/

/** The questionnaire, driven by the keyboard only, as a keyboard user would. */
export class WizardPage {
  readonly heading: Locator
  readonly progress: Locator
  readonly summary: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.progress = page.getByText(/^Question \d+ of \d+/)
    this.summary = page.getByRole('complementary', { name: 'Your answers' })
  }

  async open(step: StepKey = 'problem') {
    await this.page.goto(`./#/q/${step}`)
    await expect(this.heading).toBeFocused()
  }

  /** The step shown now, from the URL, or null once the questionnaire is left. */
  currentStep(): StepKey | null {
    const match = STEP_URL.exec(this.page.url())
    return match ? (match[1] as StepKey) : null
  }

  /** Picks this step's answer with its number keys (none: left unknown) and presses Enter. */
  async answer(answers: Answers) {
    const step = this.currentStep()
    if (step === null) throw new Error(`not on a step: ${this.page.url()}`)
    if (step === 'measured') {
      // The scores are typed: Tab from the heading to each field, as a keyboard user would.
      await expect(this.page.getByRole('textbox').first()).toBeVisible()
      await expect(this.heading).toBeFocused()
      for (const key of SCORE_KEYS) {
        const field = this.page.locator(`#score-${key}`)
        while (!(await field.evaluate((el) => el === document.activeElement)))
          await this.page.keyboard.press('Tab')
        const value = answers[key]
        if (value !== undefined) await this.page.keyboard.type(String(value))
      }
      await this.page.keyboard.press('Enter')
      await expect(this.page).not.toHaveURL(/#\/q\/measured$/)
      return
    }
    // The URL moves first and the step renders in a transition: wait for this step's own options.
    await expect(this.page.locator(`input[name="${step}"]`).first()).toBeVisible()
    await expect(this.heading).toBeFocused()
    const values: readonly string[] = ANSWER_VALUES[step]
    const picks = answerValues(answers, step)
    const leaves = () => expect(this.page).not.toHaveURL(new RegExp(`#/q/${step}$`))
    if (step !== 'problem' && picks.length === 1) {
      // A pick on a single-choice step moves on by itself, a moment later.
      await this.page.keyboard.press(String(values.indexOf(at(picks, 0)) + 1))
      await leaves()
      return
    }
    for (const value of picks) {
      await this.page.keyboard.press(String(values.indexOf(value) + 1))
      await expect(this.page.getByRole('checkbox').nth(values.indexOf(value))).toBeChecked()
    }
    // Nothing to pick: the key for “I don’t know”.
    await this.page.keyboard.press(picks.length === 0 ? '0' : 'Enter')
    await leaves()
  }

  /** On the review before the result: goes on to the result, by the keyboard. */
  async finishReview() {
    const review = this.page.getByTestId('open-questions')
    await expect(review.or(this.page.getByTestId('ranking'))).toBeVisible()
    if (!(await review.isVisible())) return
    const link = this.page.getByRole('link', { name: 'See the result' })
    await link.focus()
    await this.page.keyboard.press('Enter')
  }

  /** Answers every step shown, then leaves the review for the result; returns the steps. */
  async walk(answers: Answers): Promise<StepKey[]> {
    const seen: StepKey[] = []
    for (let step = this.currentStep(); step !== null; step = this.currentStep()) {
      seen.push(step)
      await this.answer(answers)
    }
    await expect(this.page).not.toHaveURL(/#\/q\//)
    // The review, unless no unanswered question could change the plan.
    await expect(this.page).toHaveURL(/#\/(review|result)/)
    await this.finishReview()
    return seen
  }
}
