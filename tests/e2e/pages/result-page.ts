import { expect, type Locator, type Page } from '@playwright/test'

/** The result page, `#/result?<answers>`, as a user and the contract's test ids see it. */
export class ResultPage {
  readonly heading: Locator
  readonly ranking: Locator
  readonly rankedApproaches: Locator
  readonly stack: Locator
  readonly notice: Locator
  readonly answers: Locator
  /** The four comparison charts (one-time cost, running cost, build time, maintenance). */
  readonly charts: Locator
  /** Console errors and uncaught exceptions since the page object was made. */
  readonly errors: string[] = []

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.ranking = page.getByTestId('ranking')
    this.rankedApproaches = page.locator('[data-testid="ranking"] [data-approach]')
    this.stack = page.locator('[data-testid="stack"] [data-approach]')
    this.notice = page.getByRole('status').filter({ hasText: 'could not be used' })
    this.answers = page.getByRole('region', { name: 'Your answers' })
    this.charts = page
      .getByRole('region', { name: 'The four approaches compared' })
      .getByRole('figure')
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text())
    })
    page.on('pageerror', (e) => this.errors.push(e.message))
  }

  /** Opens the result of a share-link query (without '?') and waits for the ranking. */
  async open(query: string) {
    await this.page.goto(`./#/result${query ? `?${query}` : ''}`)
    await expect(this.ranking).toBeVisible()
  }

  /** Opens the folded costs (the comparison charts and the cost section). */
  async openCosts() {
    await this.page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('button', { name: 'Costs' })
      .click()
    await expect(this.page.locator('details#costs')).toHaveAttribute('open', '')
  }

  /** The approaches of the ranking, best first. */
  async rankingOrder(): Promise<string[]> {
    return this.rankedApproaches.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-approach') ?? ''),
    )
  }

  /** The approaches of the plan, primary first. */
  async stackOrder(): Promise<string[]> {
    return this.stack.evaluateAll((els) => els.map((el) => el.getAttribute('data-approach') ?? ''))
  }

  /** The select for one answer in the "Your answers" panel, by its label. */
  answer(label: string): Locator {
    return this.answers.getByRole('combobox', { name: label })
  }

  /** The query of the current URL (after '#/result?'). */
  query(): string {
    const hash = new URL(this.page.url()).hash
    const at = hash.indexOf('?')
    return at === -1 ? '' : hash.slice(at + 1)
  }
}
